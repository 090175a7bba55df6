package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.StructType;

/**
 * The tables' schemas, kept as Spark SQL DDL beside this class so a reader sees the columns without reading code.
 * Rows are parsed against them in FAILFAST mode: a field of the wrong type fails the job instead of turning into a
 * null.
 */
final class Schemas {

    static final StructType ARTICLES = load("articles.ddl");
    static final StructType PROBLEMS = load("problems.ddl");

    private Schemas() {
    }

    private static StructType load(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .collect(Collectors.joining(" "));
            return StructType.fromDDL(ddl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
