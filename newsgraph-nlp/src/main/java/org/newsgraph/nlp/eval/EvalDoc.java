package org.newsgraph.nlp.eval;

import java.util.List;

/**
 * One gold document.
 *
 * @param date     publication date (ISO) to resolve relative times against, or null
 * @param scopeEnd offset after which gold annotation is not exhaustive; system spans starting there are ignored
 */
public record EvalDoc(String id, String text, String date, int scopeEnd, List<Labeled> entities,
                      List<GoldTimex> times) {

    /** A gold TIMEX3. */
    public record GoldTimex(org.newsgraph.model.Span span, String type, String value) {
    }
}
