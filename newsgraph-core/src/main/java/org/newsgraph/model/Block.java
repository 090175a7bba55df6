package org.newsgraph.model;

/** A structural span of {@link Article#text()}: character offsets, end exclusive. */
public record Block(BlockType type, int start, int end) {

    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block span [" + start + ", " + end + ")");
        }
    }
}
