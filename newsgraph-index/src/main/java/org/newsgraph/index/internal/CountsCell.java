package org.newsgraph.index.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A map of counts as one CSV cell, {@code ORGANIZATION:9;MISC:1} (the exports' lists are cells joined by ";" too):
 * CSV has no nested objects, and Jackson's CSV writer refuses a map ({@code KbEntity.alsoTyped}).
 */
@SuppressWarnings("rawtypes")
final class CountsCell extends StdSerializer<Map> {

    CountsCell() {
        super(Map.class);
    }

    @Override
    public void serialize(Map value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Map<?, ?> counts = value;
        gen.writeString(counts.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(";")));
    }
}
