package org.newsgraph.dedup;

import java.io.Serializable;
import java.util.Arrays;
import org.newsgraph.story.Terms;

/**
 * Who a document's headline names, and every name the document uses, to tell two articles cut from one template from
 * an article and its copy.
 *
 * <p>A copy carries its original's text, so the people, places and organisations the original's headline names are
 * in the copy too, under whatever headline the copy was given, with whatever paragraph it added or cut. Two interviews
 * from one questionnaire, two results from one match-report template or two notices from one form share most of their
 * words, yet each headline names its own subject (a candidate, a club, a town) that the other text never mentions.
 * That is evidence no share of common shingles outweighs: a copy in which neither headline's subject appears is not a
 * copy of the story it names.
 *
 * <p>A headline's names are its words that its own text writes with a capital away from a sentence's start
 * ({@link Terms#split(String, Terms.Sink, Terms.Sink)}): a headline capitalises every word, so only the text says which
 * are names. A document's names are those of its text and every word of its headline. Held as sorted 64-bit hashes.
 */
public record HeadlineNames(long[] headline, long[] all) implements Serializable {

    private static final long serialVersionUID = 1L;

    static final HeadlineNames NONE = new HeadlineNames(new long[0], new long[0]);

    /** The names of a document; a missing or blank headline names nothing, so the document never differs by it. */
    public static HeadlineNames of(String title, String text) {
        if (title == null || title.isBlank()) return NONE;
        long[] textNames = hashes(sink -> Terms.split(text, null, sink));
        long[] titleWords = hashes(sink -> Terms.split(title, sink, null));
        long[] headline = new long[titleWords.length];
        int n = 0;
        for (long h : titleWords) if (Arrays.binarySearch(textNames, h) >= 0) headline[n++] = h;
        long[] all = concat(textNames, titleWords);
        Arrays.sort(all);
        return new HeadlineNames(Arrays.copyOf(headline, n), Shingler.distinct(all));
    }

    /**
     * Whether each of the two headlines names someone or something the other document never names: two subjects,
     * not an article and its copy. Both must: a reprint's new headline may name a person of a paragraph it added.
     */
    public boolean differentSubjects(HeadlineNames other) {
        return namesAbsentFrom(other) && other.namesAbsentFrom(this);
    }

    private boolean namesAbsentFrom(HeadlineNames other) {
        for (long h : headline) if (Arrays.binarySearch(other.all, h) < 0) return true;
        return false;
    }

    private interface Source {
        void emit(Terms.Sink sink);
    }

    private static long[] hashes(Source source) {
        long[][] out = {new long[16]};
        int[] n = {0};
        source.emit(term -> {
            if (n[0] == out[0].length) out[0] = Arrays.copyOf(out[0], n[0] * 2);
            out[0][n[0]++] = hash(term);
        });
        long[] sorted = Arrays.copyOf(out[0], n[0]);
        Arrays.sort(sorted);
        return Shingler.distinct(sorted);
    }


    private static long hash(String term) {
        long h = Hashing.FNV_OFFSET;
        for (int i = 0; i < term.length(); i++) h = (h ^ term.charAt(i)) * Hashing.FNV_PRIME;
        return Hashing.mix(h);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
