package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newsgraph.index.Snippet;
import org.newsgraph.model.Span;

/**
 * Lucene's UnifiedHighlighter, returning passages as {@link Snippet} records (text plus match offsets) instead of
 * HTML, so each front end escapes and marks them up its own way.
 */
public final class SnippetHighlighter extends UnifiedHighlighter {

    private final Map<Integer, String> texts;

    /** @param texts the highlighted field's text of every document to highlight, by doc id, read by the caller */
    public SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> texts) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter())
                .withScorer(new PassageScoring()));
        this.texts = texts;
    }

    /** The texts the caller read already, cut to the highlighter's limit as its own stored-field reading does. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        if (fields.length != 1) throw new IllegalArgumentException("highlights one field, not " + fields.length);
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            String text = texts.get(doc);
            if (text == null) throw new IllegalStateException("no text given for document " + doc);
            values.add(new CharSequence[] {text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text});
        }
        return values;
    }

    /**
     * The field's schema from the first segment that has it: every segment indexes a field alike. Lucene's default
     * merges the field infos of every segment, for every highlighter, so once per search: a quarter of the
     * highlighting cost over a hundred thousand articles.
     */
    @Override
    protected FieldInfo getFieldInfo(String field) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null) return info;
        }
        return null;
    }

    /** Up to {@code passages} snippets of {@code field} for each document, in the order given. */
    @SuppressWarnings("unchecked")
    public List<List<Snippet>> snippets(String field, Query query, int[] docIds, int passages) throws IOException {
        Object[] perDoc = highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {passages})
                .get(field);
        List<List<Snippet>> out = new ArrayList<>(docIds.length);
        for (Object o : perDoc) out.add(o == null ? List.of() : (List<Snippet>) o);
        return out;
    }

    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> snippets = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                int start = p.getStartOffset();
                String text = content.substring(start, p.getEndOffset()).strip();
                int lead = content.indexOf(text, start) - start;
                List<Span> marks = new ArrayList<>(p.getNumMatches());
                int lastEnd = -1;
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int s = Math.max(p.getMatchStarts()[i] - start - lead, 0);
                    int e = Math.min(p.getMatchEnds()[i] - start - lead, text.length());
                    if (s < lastEnd || e <= s) continue; // overlapping matches (e.g. phrase parts) are marked once
                    marks.add(new Span(s, e));
                    lastEnd = e;
                }
                snippets.add(new Snippet(text, start + lead, marks));
            }
            return snippets;
        }
    }
}
