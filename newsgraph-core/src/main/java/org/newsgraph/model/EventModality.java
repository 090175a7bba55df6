package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How surely the text reports an event; only ASSERTED events happened according to the text, the rest are kept so
 * analysts can count threats, plans and demands apart from facts.
 */
public enum EventModality {
    /** the text says it happened or is happening */
    ASSERTED,
    /** the text says it did not happen ("did not meet", "failed to", "refused to", "the summit that never took place") */
    NEGATED,
    /** possible or conditional ("could", "might", "would", "if") */
    HYPOTHETICAL,
    /** announced, planned or promised for later ("will", "plans to", "is set to", "agreed to") */
    FUTURE,
    /** asked for or demanded by someone ("urged X to", "called for") */
    DEMANDED,
    /** tried, its success not reported ("tried to", "attempted to", "sought to") */
    ATTEMPTED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
