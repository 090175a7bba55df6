package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.story.EntityRef;

/**
 * A cheap stand-in for named entities where no NER output exists (ECB+ has no entity gold and the NLP stage is not
 * part of core): maximal runs of capitalised words, joined by "of", "de", "van" and the like. A run of one word at
 * the start of a sentence is kept only when it is not a common sentence opener. Types are unknown.
 */
public final class CapitalisedNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*|[.!?]");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "van", "von", "der", "la", "del", "al", "bin");
    private static final Set<String> OPENERS = Set.of(("the a an he she it they we i in on at this that these "
            + "those but and or if when while after before as for with from by to there his her their its our "
            + "some many more most no not one two three what who how why where yes so").split(" "));

    private CapitalisedNames() {
    }

    public static List<EntityRef> extract(String text) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Matcher m = WORD.matcher(text);
        List<String> run = new ArrayList<>();
        boolean sentenceStart = true;
        boolean runAtStart = false;
        while (m.find()) {
            String w = m.group();
            boolean boundary = w.length() == 1 && ".!?".contains(w);
            boolean capital = !boundary && Character.isUpperCase(w.charAt(0));
            boolean connector = !run.isEmpty() && CONNECTORS.contains(w);
            if (capital || connector) {
                if (run.isEmpty()) runAtStart = sentenceStart || isLineStart(text, m.start());
                run.add(POSSESSIVE.matcher(w).replaceFirst(""));
            } else {
                flush(run, runAtStart, counts, names);
            }
            sentenceStart = boundary;
        }
        flush(run, runAtStart, counts, names);
        mergeShortForms(counts);
        List<EntityRef> out = new ArrayList<>(counts.size());
        counts.forEach((key, c) -> out.add(EntityRef.byName(names.get(key), null, c[0])));
        return out;
    }

    /**
     * Folds a short form into the fullest name of the same article that contains it as whole words ("Reid" into
     * "Tara Reid"), as the NLP stage's entities carry their fullest form; with several candidates, the most
     * mentioned wins.
     */
    private static void mergeShortForms(Map<String, int[]> counts) {
        List<String> keys = new ArrayList<>(counts.keySet());
        for (String shortKey : keys) {
            String target = null;
            for (String longKey : keys) {
                if (counts.containsKey(longKey) && longKey.length() > shortKey.length() && (" " + longKey + " ").contains(" " + shortKey + " ")
                        && (target == null || counts.get(longKey)[0] > counts.get(target)[0])) {
                    target = longKey;
                }
            }
            if (target != null) counts.get(target)[0] += counts.remove(shortKey)[0];
        }
    }

    private static boolean isLineStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i < 0 || text.charAt(i) == '\n';
    }

    private static void flush(List<String> run, boolean atStart, Map<String, int[]> counts,
                              Map<String, String> names) {
        while (!run.isEmpty() && CONNECTORS.contains(run.get(run.size() - 1))) run.remove(run.size() - 1);
        if (!run.isEmpty() && atStart && OPENERS.contains(run.get(0).toLowerCase(Locale.ROOT))) run.remove(0);
        if (!run.isEmpty()) {
            String name = String.join(" ", run);
            String key = name.toLowerCase(Locale.ROOT);
            if (!key.isEmpty()) {
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
                names.putIfAbsent(key, name);
            }
        }
        run.clear();
    }
}
