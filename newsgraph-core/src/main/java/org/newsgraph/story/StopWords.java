package org.newsgraph.story;

import java.util.function.Predicate;

/**
 * The function words of an article's language, which say nothing about a story's subject ("de", "la" in French).
 * {@link Terms} always leaves out English's own; the lists of other languages come from a module allowed a library
 * that ships them (the index's Lucene analyzers), as core depends on small libraries only.
 */
@FunctionalInterface
public interface StopWords {

    /** Leaves nothing out beyond English's list. */
    Predicate<String> NONE = term -> false;

    /** Only English's function words are left out: for English data sets and callers without other languages' lists. */
    StopWords ENGLISH_ONLY = language -> NONE;

    /**
     * The test for lower-cased terms that are function words of {@code language} (ISO 639-1, may be null);
     * {@link #NONE} when no list is known for it.
     */
    Predicate<String> of(String language);
}
