package org.newsgraph.nlp.eval;

import java.util.List;

/**
 * One gold document.
 *
 * @param date     publication date (ISO) to resolve relative times against, or null
 * @param scopeEnd offset after which gold annotation is not exhaustive; system spans starting there are ignored
 * @param topic    the corpus part the document belongs to (MEANTIME: airbus, apple, gm, stock), or null
 */
public record EvalDoc(String id, String text, String date, int scopeEnd, List<Labeled> entities,
                      List<GoldTimex> times, String topic) {

    /** A gold TIMEX3. */
    public record GoldTimex(org.newsgraph.model.Span span, String type, String value) {
    }
}
