package org.newsgraph.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PETRARCH-2 CAMEO verb dictionary (CAMEO.2.0.txt): verb blocks ({@code ---  MEET_PEOPLE   [040]  ---}), their
 * verbs with optional own codes and irregular forms ({@code MEET {MEETS MET MEETING}}, {@code +SHUT_DOWN {...}}),
 * patterns ({@code - * (FOR TALKS)  [036:036]  # MEET}) and synonym sets ({@code &MILITARY}). Indexed by verb base
 * form and by every listed form, so a verb is found by its lemma or, when a lemmatiser failed, by its form.
 *
 * <p>A pattern applies to the verb named in its provenance comment when that verb is in the block (TABARI wrote
 * patterns per verb; PETRARCH-2 pooled them per block, which lets "{PRIME MINISTER}" written for ACCUSE fire on
 * CONDEMN), otherwise to every verb of the block. A verb without a code of its own ("BEGIN" in the uncoded START
 * block) may still borrow its synonyms' patterns when none of its own matches: "began a hunger strike" is coded by
 * the pattern written for START. Verbs with a default code never borrow, so the per-verb split still holds there.
 */
final class VerbDictionary {

    private static final List<String> INSTRUMENTS = List.of("&WEAPON", "&AIRCRAFT", "&MILITARY");
    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)]\\s+---");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)]");

    private final Map<String, List<VerbSense>> byWord;
    private final Map<String, List<List<VerbPattern.Word>>> sets;
    private final int senses;

    private VerbDictionary(Map<String, List<VerbSense>> byWord, Map<String, List<List<VerbPattern.Word>>> sets,
                           int senses) {
        this.byWord = byWord;
        this.sets = sets;
        this.senses = senses;
    }

    static VerbDictionary load() {
        return parse(List.of(DictionaryResources.lines("CAMEO.2.0.txt.gz"),
                DictionaryResources.lines("verbs.supplement.txt")));
    }

    /** The senses of a verb, by lemma or inflected form (upper case); empty when it is not in the dictionary. */
    List<VerbSense> senses(String upperWord) {
        return byWord.getOrDefault(upperWord, List.of());
    }

    int size() {
        return senses;
    }

    /** Whether a one-word member of synonym set {@code set} ("&WEAPON") matches the word or its lemma (upper case). */
    boolean inSet(String set, String upperWord, String upperLemma) {
        for (List<VerbPattern.Word> member : sets.getOrDefault(set, List.of())) {
            if (member.size() == 1 && member.get(0).matches(upperWord, upperLemma)) return true;
        }
        return false;
    }

    /**
     * Whether the word is in the dictionary's sets of what does violence without being an actor (&WEAPON,
     * &AIRCRAFT, &MILITARY): "missiles hit", "a drone strike".
     */
    boolean instrument(String upperWord, String upperLemma) {
        for (String set : INSTRUMENTS) if (inSet(set, upperWord, upperLemma)) return true;
        return false;
    }

    /** Parses dictionary files in order; synonym sets of earlier files are visible to later ones. */
    static VerbDictionary parse(List<List<String>> files) {
        Map<String, List<List<VerbPattern.Word>>> sets = new HashMap<>();
        Map<String, List<VerbSense>> byWord = new HashMap<>();
        int count = 0;
        for (int f = 0; f < files.size(); f++) count += parseInto(files.get(f), sets, byWord, f > 0);
        Map<String, List<VerbSense>> frozen = new HashMap<>();
        byWord.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new VerbDictionary(Map.copyOf(frozen), Map.copyOf(sets), count);
    }

    /**
     * Reads one file's blocks into {@code byWord}. A {@code correction} file's senses go before the earlier files'
     * senses of the same verb, so its default code wins (all senses' patterns still apply).
     */
    private static int parseInto(List<String> lines, Map<String, List<List<VerbPattern.Word>>> sets,
                                 Map<String, List<VerbSense>> byWord, boolean correction) {
        int i = 0, count = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("&")) {
                i = readSet(lines, i, sets);
            } else if (line.startsWith("####### VERB PATTERNS") || line.startsWith("---")) {
                break;
            } else {
                i++;
            }
        }
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("######## TRANSFORMATIONS")) break;
            Matcher block = BLOCK.matcher(line);
            if (!block.find()) {
                i++;
                continue;
            }
            String[] blockCode = codes(block.group(2));
            List<String[]> verbs = new ArrayList<>();
            List<VerbPattern> patterns = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).startsWith("---") && !lines.get(i).startsWith("#####"); i++) {
                String l = lines.get(i);
                if (l.startsWith("- ")) {
                    VerbPattern p = PatternParser.parse(l, sets);
                    if (p != null) patterns.add(p);
                } else if (!l.isBlank() && !l.startsWith("#")) {
                    verbs.add(verbLine(l));
                }
            }
            for (String[] v : verbs) {
                String[] own = v[1] == null ? blockCode : codes(v[1]);
                String base = v[0];
                List<String> words = PhraseWords.of(base);
                if (words.isEmpty()) continue;
                List<VerbPattern> mine = new ArrayList<>(), borrowed = new ArrayList<>();
                for (VerbPattern p : patterns) {
                    if (p.verb() == null || p.verb().equals(base) || !blockHas(verbs, p.verb())) mine.add(p);
                    else borrowed.add(p);
                }
                // "DIE [---]" in our supplement: the verb's default, not only this block's, is no event
                boolean silent = correction && "---".equals(v[1] == null ? null : v[1].strip());
                VerbSense sense = new VerbSense(words.get(0), words.subList(1, words.size()), own[0], own[1], mine,
                        own[0] == null && own[1] == null ? borrowed : List.of(), silent);
                count++;
                put(byWord, words.get(0), sense, correction);
                for (String form : v[2].isEmpty() ? new String[0] : v[2].split("\\s+")) {
                    List<String> fw = PhraseWords.of(form);
                    if (!fw.isEmpty() && !fw.get(0).equals(words.get(0))) put(byWord, fw.get(0), sense, correction);
                }
            }
        }
        return count;
    }

    private static void put(Map<String, List<VerbSense>> byWord, String word, VerbSense sense, boolean first) {
        List<VerbSense> list = byWord.computeIfAbsent(word, k -> new ArrayList<>());
        if (first) list.add(0, sense);
        else list.add(sense);
    }

    private static boolean blockHas(List<String[]> verbs, String verb) {
        for (String[] v : verbs) if (v[0].equals(verb)) return true;
        return false;
    }

    /** {base, code or null, irregular forms} of a verb line such as "+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]". */
    private static String[] verbLine(String l) {
        String s = l.contains("#") ? l.substring(0, l.indexOf('#')) : l;
        String code = null;
        Matcher m = CODE.matcher(s);
        if (m.find()) {
            code = m.group(1);
            s = s.substring(0, m.start());
        }
        String forms = "";
        int brace = s.indexOf('{');
        if (brace >= 0) {
            int close = s.indexOf('}', brace);
            forms = s.substring(brace + 1, close < 0 ? s.length() : close).replace("+", "").strip();
            s = s.substring(0, brace);
        }
        return new String[] {s.strip().replace("+", ""), code, forms};
    }

    /** {source->target, target->source} codes of "[040]", "[043:042]", "[:020]" or "[---]" (both null). */
    static String[] codes(String raw) {
        String s = raw.strip();
        String[] parts = s.split(":", -1);
        return new String[] {code(parts[0]), parts.length > 1 ? code(parts[1]) : null};
    }

    private static String code(String s) {
        String t = s.strip();
        return t.isEmpty() || t.startsWith("-") ? null : t;
    }

    private static int readSet(List<String> lines, int at, Map<String, List<List<VerbPattern.Word>>> sets) {
        String name = lines.get(at).strip().replaceAll("_$", "");
        List<List<VerbPattern.Word>> members = new ArrayList<>();
        int i = at + 1;
        for (; i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("&"); i++) {
            String l = lines.get(i).strip();
            if (!l.startsWith("+")) continue;
            List<VerbPattern.Word> words = PatternParser.words(l.substring(1).split("#")[0].strip());
            if (!words.isEmpty()) members.add(words);
        }
        sets.put(name, List.copyOf(members));
        return i;
    }
}
