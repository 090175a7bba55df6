package org.newsgraph.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generic agent nouns and their sector codes, read from Phoenix.agents.txt format: {@code POLICE_OFFICER [~COP]},
 * optional plural forms in braces, and {@code !NAME! = A, B} substitution sets ("SPOKES!PERSON!" stands for
 * SPOKESMAN, SPOKESWOMAN...). A code "~GOV" is a sector to attach to a country found elsewhere; "IGO~" names the
 * actor's country slot itself. A phrase written in lower case ({@code union [~LAB]}) is a common noun only: the
 * capitalised word of a name ("the Zimbabwe African National Union", "the Homeland Union") is no such agent; its
 * code is stored marked ({@link #commonNounOnly}).
 */
final class AgentDictionary {

    private static final Pattern MACRO_DEF = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
    private static final Pattern ENTRY = Pattern.compile("^([^\\[{#]+?)\\s*(\\{[^}]*})?\\s*\\[([^\\]]*)]");

    private static final String COMMON_NOUN_ONLY = "common:";

    private AgentDictionary() {
    }

    /** Whether a stored code belongs to a phrase that names an agent only as a common noun. */
    static boolean commonNounOnly(String stored) {
        return stored.startsWith(COMMON_NOUN_ONLY);
    }

    /** The code itself, without the common-noun mark. */
    static String code(String stored) {
        return commonNounOnly(stored) ? stored.substring(COMMON_NOUN_ONLY.length()) : stored;
    }

    static void parseInto(List<String> lines, PhraseIndex<String> index) {
        Map<String, List<String>> macros = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher def = MACRO_DEF.matcher(line);
            if (def.matches()) {
                List<String> words = new ArrayList<>();
                for (String w : def.group(2).split(",")) words.add(w.strip());
                macros.put(def.group(1), words);
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.find()) continue;
            String code = m.group(3).strip();
            if (code.isEmpty() || code.startsWith("-")) continue;
            String head = m.group(1).strip();
            if (head.equals(head.toLowerCase(Locale.ROOT))) code = COMMON_NOUN_ONLY + code;
            List<String> phrases = new ArrayList<>(expand(head, macros));
            if (m.group(2) != null) {
                for (String form : m.group(2).replaceAll("[{}]", " ").strip().split("\\s+")) {
                    if (!form.isEmpty()) phrases.addAll(expand(form, macros));
                }
            }
            for (String p : phrases) index.put(PhraseWords.of(p), code, (a, b) -> a);
        }
    }

    private static List<String> expand(String phrase, Map<String, List<String>> macros) {
        int open = phrase.indexOf('!');
        int close = open < 0 ? -1 : phrase.indexOf('!', open + 1);
        if (close < 0) return List.of(phrase);
        List<String> words = macros.get(phrase.substring(open, close + 1));
        if (words == null) return List.of(phrase.replace("!", ""));
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.addAll(expand(phrase.substring(0, open) + w + phrase.substring(close + 1), macros));
        }
        return out;
    }
}
