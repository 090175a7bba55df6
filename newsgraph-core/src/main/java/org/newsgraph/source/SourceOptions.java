package org.newsgraph.source;

/**
 * How sources read their inputs.
 *
 * @param maxPageBytes the largest page (a file, a JSON line, a WARC payload) read into memory; bigger ones are
 *                     reported as failures without being read whole
 */
public record SourceOptions(long maxPageBytes) {

    public static final long DEFAULT_MAX_PAGE_BYTES = 16L << 20;
    public static final SourceOptions DEFAULT = new SourceOptions(DEFAULT_MAX_PAGE_BYTES);

    public SourceOptions {
        if (maxPageBytes < 1 || maxPageBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxPageBytes must be between 1 and 2 GiB, got " + maxPageBytes);
        }
    }

    /** The cap as people read it: {@code 16 MiB}, {@code 512 KiB}. */
    public String describeCap() {
        return Sizes.describe(maxPageBytes);
    }
}
