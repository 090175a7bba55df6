package org.newsgraph.story;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A day kept as days since 1970-01-01 written in JSON as an ISO date, as every other date of the API and exports is
 * ("day": 20731 stood beside "date": "2026-10-05"). Read back from either form: a story view written before session
 * 27 holds the number.
 */
public final class IsoDayJson {
    private IsoDayJson() {
    }

    public static final class Writer extends JsonSerializer<Integer> {
        @Override
        public void serialize(Integer day, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(LocalDate.ofEpochDay(day).toString());
        }
    }

    public static final class Reader extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (in.currentToken() == JsonToken.VALUE_NUMBER_INT) return in.getIntValue();
            String text = in.getValueAsString();
            try {
                return Math.toIntExact(LocalDate.parse(text).toEpochDay());
            } catch (DateTimeParseException | NullPointerException e) {
                return (Integer) context.handleWeirdStringValue(Integer.class, text, "not an ISO date");
            }
        }
    }
}
