package org.newsgraph.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The word lists CoreNLP ships in its models jar (first names, animate nouns, demonyms), read once by the classes that
 * use them; the models jar is a dependency anyway, so we ship no copies of our own.
 */
public final class ModelLists {

    private ModelLists() {
    }

    /** Every line of a list in the models jar, as written. */
    public static List<String> lines(String resource) {
        return read(resource, Stream::toList);
    }

    /**
     * What {@code reader} makes of the lines of a list in the models jar, streamed: some lists are large (the KBP
     * gazetteer, 18 MB) and their user keeps only a few of their lines.
     */
    public static <T> T read(String resource, Function<Stream<String>, T> reader) {
        InputStream in = ModelLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("the CoreNLP models jar is not on the classpath: " + resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.apply(r.lines());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
