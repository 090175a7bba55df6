package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;

/** Character offsets into an article's text, end exclusive; written as a two-element JSON array. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int start, int end) {

    @JsonCreator
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }
}
