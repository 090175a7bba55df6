package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.ModelLists;

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
        Set<String> names = new HashSet<>();
        for (String line : ModelLists.lines(RESOURCE)) {
            int tab = line.indexOf('\t');
            if (tab > 0) names.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(names);
    }
}
