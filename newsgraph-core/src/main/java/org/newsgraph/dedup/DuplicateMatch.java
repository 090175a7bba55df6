package org.newsgraph.dedup;

/**
 * An earlier record found to share its text with a new one.
 *
 * @param id          the earlier record's id
 * @param containment share of the shorter text's shingles found in the longer
 * @param jaccard     shingle-set Jaccard similarity (low when one text is embedded in a larger page)
 */
public record DuplicateMatch(String id, double containment, double jaccard) {
}
