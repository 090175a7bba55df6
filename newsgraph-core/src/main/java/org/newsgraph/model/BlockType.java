package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The structural role of a span of article text. */
public enum BlockType {
    HEADING, PARAGRAPH, QUOTE, LIST;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
