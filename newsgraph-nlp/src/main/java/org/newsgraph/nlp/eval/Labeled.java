package org.newsgraph.nlp.eval;

import org.newsgraph.model.Span;

/** A span with a label: a gold or system mention ("PER", "ORG"...) or time expression (its TIMEX3 value). */
public record Labeled(Span span, String label) {
}
