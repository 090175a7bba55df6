package org.newsgraph.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses one PETRARCH pattern line, {@code - $ TROOP * (TOWARD RETREAT)  [0874]  # MOVE}: "*" is the verb, words
 * before and after it must occur in that order, "{...}" is a contiguous phrase, "(...)" one phrase (a preposition
 * and what it governs: "(IN &DISPUTE)" is "in a dispute", not "met in Geneva over the dispute"), "A/B" are
 * alternatives, "&SET" any member of a synonym set. The actor markers ($ source, + target, % compound, ^ skip) are
 * dropped: actors come from the dependency parse, not from word positions. A pattern naming a set the dictionary
 * never defines (&FIGHT_GAMES, &WEATHER, &DEMONSTRATION, &FIGHT_CRIM) matches nothing: read without the set,
 * "- * &FIGHT_GAMES IN + [062]" (START, lent to LAUNCH) made every "launched X in Y", an invasion too, military
 * cooperation, and "- * (IN &WEATHER) [---]" vetoed every "injured in ...".
 */
final class PatternParser {

    private PatternParser() {
    }

    /** The pattern, or null when the line is none or names an undefined set. */
    static VerbPattern parse(String line, Map<String, List<List<VerbPattern.Word>>> sets) {
        int open = line.lastIndexOf('[', line.contains("#") ? line.indexOf('#') : line.length());
        int close = open < 0 ? -1 : line.indexOf(']', open);
        if (open < 0 || close < 0) return null;
        String body = line.substring(1, open);
        String[] codes = VerbDictionary.codes(line.substring(open + 1, close));
        String comment = line.indexOf('#', close) < 0 ? null : line.substring(line.indexOf('#', close) + 1).strip();
        String verb = comment == null || comment.isEmpty() ? null : comment.split("\\s+")[0];

        List<VerbPattern.Slot> before = new ArrayList<>(), after = new ArrayList<>();
        List<VerbPattern.Slot> current = before;
        List<List<List<VerbPattern.Word>>> phrase = null;
        int groups = 0, group = 0;
        for (String raw : body.replace("{", " { ").replace("}", " } ").replace("(", " ( ").replace(")", " ) ")
                .strip().split("\\s+")) {
            if (raw.isEmpty()) continue;
            switch (raw) {
                case "(" -> group = ++groups;
                case ")" -> group = 0;
                case "*" -> current = after;
                case "$", "+", "%", "^" -> { }
                case "{" -> phrase = new ArrayList<>();
                case "}" -> {
                    if (phrase != null && !phrase.isEmpty()) current.add(new VerbPattern.Slot(product(phrase), group));
                    phrase = null;
                }
                default -> {
                    if (raw.startsWith("&") && !sets.containsKey(raw.replaceAll("_$", ""))) return null;
                    List<List<VerbPattern.Word>> alts = alternatives(raw, sets);
                    if (alts.isEmpty()) continue;
                    if (phrase != null) phrase.add(alts);
                    else current.add(new VerbPattern.Slot(alts, group));
                }
            }
        }
        boolean nullEvent = codes[0] == null && codes[1] == null;
        return new VerbPattern(before, after, codes[0], codes[1], nullEvent, verb);
    }

    /** Dictionary words of one token: "_" joins words, a trailing "_" makes the last one exact. */
    static List<VerbPattern.Word> words(String token) {
        boolean exact = token.endsWith("_");
        List<String> parts = PhraseWords.of(token);
        List<VerbPattern.Word> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            out.add(new VerbPattern.Word(parts.get(i), exact || i < parts.size() - 1));
        }
        return out;
    }

    private static List<List<VerbPattern.Word>> alternatives(String token, Map<String, List<List<VerbPattern.Word>>> sets) {
        if (token.startsWith("&")) return sets.getOrDefault(token.replaceAll("_$", ""), List.of());
        List<List<VerbPattern.Word>> alts = new ArrayList<>();
        for (String alt : token.split("/")) {
            List<VerbPattern.Word> w = words(alt);
            if (w.isEmpty()) continue;
            alts.add(w);
            String same = w.size() == 1 ? SAME.get(w.get(0).text()) : null;
            if (same != null) alts.add(List.of(new VerbPattern.Word(same, w.get(0).exact())));
        }
        return alts;
    }

    /**
     * Words the dictionary uses interchangeably but not consistently: "RESTORE * TIES" and "RESTORE * RELATIONS"
     * are both there, "UPGRADE * {DIPLOMATIC RELATIONS}" has no "ties" twin. Either stands for the other.
     */
    private static final Map<String, String> SAME = Map.of("RELATIONS", "TIES", "TIES", "RELATIONS",
            "RELATION", "TIE", "TIE", "RELATION");

    /** Every concatenation of one alternative per phrase element ({&MILITARY OPERATION}). */
    private static List<List<VerbPattern.Word>> product(List<List<List<VerbPattern.Word>>> elements) {
        List<List<VerbPattern.Word>> acc = List.of(List.of());
        for (List<List<VerbPattern.Word>> element : elements) {
            List<List<VerbPattern.Word>> next = new ArrayList<>(acc.size() * element.size());
            for (List<VerbPattern.Word> prefix : acc) {
                for (List<VerbPattern.Word> alt : element) {
                    List<VerbPattern.Word> joined = new ArrayList<>(prefix);
                    joined.addAll(alt);
                    next.add(List.copyOf(joined));
                }
            }
            acc = next;
        }
        return acc;
    }
}
