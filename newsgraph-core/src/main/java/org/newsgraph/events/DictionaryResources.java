package org.newsgraph.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the dictionary files shipped in this package (plain or gzipped) as lines. */
final class DictionaryResources {

    private DictionaryResources() {
    }

    /**
     * Lines of a resource in this package; a name ending in ".gz" is decompressed. Malformed UTF-8 (the 2014 actor
     * dictionaries mix encodings in a few personal names) becomes U+FFFD rather than an error.
     */
    static List<String> lines(String name) {
        InputStream raw = DictionaryResources.class.getResourceAsStream(name);
        if (raw == null) throw new IllegalStateException("event dictionary missing from the classpath: " + name);
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event dictionary " + name, e);
        }
    }
}
