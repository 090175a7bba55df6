package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.ScoreDoc;

/**
 * Folds copies out of a ranking before anything is read of the hits: each group of copies keeps its best-ranked
 * member, at that member's rank. Only the {@code copy_of} doc value of each ranked document is read (a few bytes),
 * so stored fields and snippets are left to the page's own hits.
 */
public final class CopyFolding {

    /**
     * @param page     the page's hits, copies folded
     * @param folded   ranked hits folded into a better-ranked copy, among the ranks up to the page's last hit (all
     *                 the ranks given, when they did not fill the page)
     * @param groups   distinct groups (an article without copies is one) among the ranks read, at most the page's end
     */
    public record Folded(ScoreDoc[] page, int folded, int groups) {
    }

    private CopyFolding() {
    }

    public static Folded fold(IndexReader reader, CopyGroups copies, ScoreDoc[] ranked, int offset, int limit)
            throws IOException {
        int end = offset + limit;
        if (!copies.any()) {
            return new Folded(Arrays.copyOfRange(ranked, Math.min(offset, ranked.length),
                    Math.min(end, ranked.length)), 0, Math.min(end, ranked.length));
        }
        int[] docs = new int[ranked.length];
        for (int i = 0; i < docs.length; i++) docs[i] = ranked[i].doc;
        long[] groups = CopyGroups.of(reader, docs);
        Set<Long> seen = new HashSet<>();
        List<ScoreDoc> kept = new ArrayList<>(Math.min(end, ranked.length));
        int folded = 0;
        for (int i = 0; i < ranked.length && kept.size() < end; i++) {
            if (copies.shared(groups[i]) && !seen.add(groups[i])) {
                folded++;
            } else {
                kept.add(ranked[i]);
            }
        }
        ScoreDoc[] page = kept.subList(Math.min(offset, kept.size()), kept.size()).toArray(new ScoreDoc[0]);
        return new Folded(page, folded, kept.size());
    }
}
