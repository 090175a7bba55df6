package org.newsgraph.index;

/** How many requests a cache answered ({@code hits}) and how many it had to compute ({@code misses}). */
public record CacheStats(long hits, long misses) {
    public double hitRate() {
        return hits + misses == 0 ? 0 : (double) hits / (hits + misses);
    }
}
