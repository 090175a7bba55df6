package org.newsgraph.index;

import java.util.List;

/** One page of a listing and the size of the whole listing. */
public record Page<T>(long total, int offset, List<T> items) {
    public Page {
        items = List.copyOf(items);
    }
}
