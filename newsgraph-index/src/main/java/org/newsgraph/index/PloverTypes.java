package org.newsgraph.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The 16 PLOVER event types, read from the coder's own table so a filter cannot name a type the coder lacks. */
public final class PloverTypes {
    private static final String RESOURCE = "/org/newsgraph/events/plover_event_types.tsv";
    private static final List<String> ALL = load();

    private PloverTypes() {
    }

    /** Every type in the table's order, cooperation first (AGREE ... ASSAULT). */
    public static List<String> all() {
        return ALL;
    }

    /** The type named (any case), or a {@link BadQueryException} listing the types. */
    static String canonical(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        if (ALL.contains(upper)) return upper;
        throw new BadQueryException("type must be one of " + ALL + ", not '" + name + "'");
    }

    private static List<String> load() {
        try (InputStream in = PloverTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> types = new ArrayList<>();
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) types.add(line.substring(0, line.indexOf('\t')));
            }
            return List.copyOf(types);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }
}
