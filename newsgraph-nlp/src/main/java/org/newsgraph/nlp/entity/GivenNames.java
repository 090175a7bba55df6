package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.ModelLists;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * First names with their usual gender, from the name list CoreNLP's coreference ships in its models jar (about
 * 14,600 names), so a name can be told to open with a person's given name, and "she" need not point back at a man.
 */
public final class GivenNames {
    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    /** Names the list files under both genders ("Jordan", "Robin") map to this. */
    private static final String EITHER = "EITHER";
    private static final Map<String, String> NAMES = load();

    private GivenNames() {
    }

    static boolean contains(String word) {
        return NAMES.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** "MALE" or "FEMALE" for a given name that the list files under one gender only, else null. */
    public static String gender(String word) {
        String g = NAMES.get(word.toLowerCase(Locale.ROOT));
        return EITHER.equals(g) ? null : g;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        for (String line : ModelLists.lines(RESOURCE)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) continue;
            String gender = line.substring(tab + 1).strip();
            names.merge(line.substring(0, tab).toLowerCase(Locale.ROOT), gender, (a, b) -> a.equals(b) ? a : EITHER);
        }
        return Map.copyOf(names);
    }
}
