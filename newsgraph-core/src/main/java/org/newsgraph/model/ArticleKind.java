package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a record is a whole article or a truncated teaser of another article found on the same page. */
public enum ArticleKind {
    ARTICLE, SNIPPET;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
