package org.newsgraph.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON form of the records, as DESIGN.md names their fields: snake_case, absent values written as null or [] so
 * every record has the same fields. One mapper for every writer (the CLI's JSON Lines, the Spark job's tables), so
 * the two cannot drift apart.
 */
public final class RecordJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private RecordJson() {
    }
}
