package org.newsgraph.nlp.time;

import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.List;

/** The tokens just outside an expression, which often decide what its words mean. */
final class Neighbours {
    private Neighbours() {
    }

    /** The first token starting at or after {@code offset}, or null. */
    static Token after(NlpDocument doc, int offset) {
        List<Token> tokens = doc.tokens();
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo < tokens.size() ? tokens.get(lo) : null;
    }

    /** The last token ending at or before {@code offset}, or null. */
    static Token before(NlpDocument doc, int offset) {
        List<Token> tokens = doc.tokens();
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 ? tokens.get(lo - 1) : null;
    }

    /** The start and end offsets of the sentence holding {@code offset}, or null. */
    static org.newsgraph.model.Span sentence(NlpDocument doc, int offset) {
        var sentences = doc.sentences();
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            var span = sentences.get(mid).span();
            if (offset < span.start()) hi = mid - 1;
            else if (offset >= span.end()) lo = mid + 1;
            else return span;
        }
        return null;
    }
}
