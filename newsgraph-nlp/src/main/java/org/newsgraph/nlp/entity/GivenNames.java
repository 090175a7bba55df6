package org.newsgraph.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * First names, from the name list CoreNLP's coreference ships in its models jar (about 14,600 names with their
 * usual gender; we read the names only), so a name can be told to open with a person's given name.
 */
final class GivenNames {
    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Set<String> NAMES = load();

    private GivenNames() {
    }

    static boolean contains(String word) {
        return NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("the CoreNLP models jar is not on the classpath: " + RESOURCE);
        Set<String> names = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) names.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        return Set.copyOf(names);
    }
}
