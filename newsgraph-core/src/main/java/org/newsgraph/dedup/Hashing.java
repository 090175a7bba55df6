package org.newsgraph.dedup;

/** 64-bit hashing primitives shared by shingling and MinHash; both need well-mixed, allocation-free hashes. */
final class Hashing {

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit, so FNV's weak high bits mix in. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
