package org.newsgraph.events;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.pipeline.ModelLists;

/**
 * What people die of, as CoreNLP's KBP gazetteer names it (type CAUSE_OF_DEATH, 792 lines in its models jar:
 * "cancer", "malaria", "fever", "traffic accident", "dog attack", "heart attack", "earthquake", but also "attack",
 * "shooting", "assassination"), less what the same gazetteer also files as a crime (CRIMINAL_CHARGE: "homicide",
 * "assault", "terrorism"). The list says how a death came about, not whether somebody did it: the verb dictionary
 * decides that ({@link Victims}). Read once, when the first death is coded.
 */
final class CausesOfDeath {

    private static final String GAZETTEER = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    private static final String CAUSE = "CAUSE_OF_DEATH\t", CRIME = "CRIMINAL_CHARGE\t";

    private CausesOfDeath() {
    }

    /** Whether the gazetteer names {@code words} (lower case, single spaces: "traffic accident") a cause of death. */
    static boolean contains(String words) {
        return Holder.CAUSES.contains(words.toLowerCase(Locale.ROOT));
    }

    private static final class Holder {
        static final Set<String> CAUSES = read();

        private static Set<String> read() {
            return ModelLists.read(GAZETTEER, lines -> {
                Set<String> causes = new HashSet<>(), crimes = new HashSet<>();
                lines.forEach(line -> {
                    int tab = line.indexOf('\t');
                    if (line.startsWith(CAUSE, tab + 1)) causes.add(line.substring(0, tab));
                    else if (line.startsWith(CRIME, tab + 1)) crimes.add(line.substring(0, tab));
                });
                return causes.stream().filter(c -> !crimes.contains(c)).collect(Collectors.toUnmodifiableSet());
            });
        }
    }
}
