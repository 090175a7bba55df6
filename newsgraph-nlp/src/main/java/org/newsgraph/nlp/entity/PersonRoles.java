package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The office an article gives a person's mention: the role word before it ("North Korean leader Kim", "Vice Chairman
 * Kim Yong Chol", "the foreign minister, Cho Hyun,") or, for a full name, heading an apposition after it ("Kim Yong
 * Chol, a senior official"; "Kim, the former spy chief," may be a second office of the same man). A family name written first and alone whose office is none the full name is given ("Chairman Kim"
 * beside "Vice Chairman Kim Yong Chol", "leader Kim" beside "Kim Yong Chol, a senior official") is another person of
 * that family name, which news leaves unnamed when the reader knows who holds the office: East Asian family names
 * are shared by many, so "Kim" alone is not always the one Kim named in full. A name given no office on either side
 * joins as before ("Kim Jong Un ... Chairman Kim").
 */
final class PersonRoles {

    /**
     * Words naming an office or a role a person is referred to by; a title word of {@link NameForm} not here only
     * qualifies one ("former", "North Korean", "Defense", "acting"). "Candidate" and "nominee" are left out: they
     * name the step before an office ("candidate Joe Biden ... President Biden").
     */
    private static final Set<String> OFFICES = Set.of("president", "minister", "secretary", "senator",
            "representative", "congressman", "governor", "mayor", "judge", "justice", "chancellor",
            "king", "queen", "prince", "princess", "pope", "emperor", "general", "admiral", "colonel", "captain",
            "lieutenant", "sergeant", "major", "officer", "chief", "ceo", "chairman", "director", "leader",
            "spokesman", "ambassador", "commissioner", "sheikh", "ayatollah", "reverend", "bishop", "archbishop",
            "cardinal", "rabbi", "imam", "pastor", "coach", "premier", "dictator", "founder", "official", "speaker",
            "professor", "aide", "adviser", "envoy");
    /** The same office written short or for a woman: "Gen. Milley" and "General Milley" are one title. */
    private static final Map<String, String> SAME_OFFICE = Map.ofEntries(Map.entry("gen", "general"),
            Map.entry("sen", "senator"), Map.entry("rep", "representative"), Map.entry("gov", "governor"),
            Map.entry("col", "colonel"), Map.entry("capt", "captain"), Map.entry("lt", "lieutenant"),
            Map.entry("sgt", "sergeant"), Map.entry("rev", "reverend"), Map.entry("prof", "professor"),
            Map.entry("chairwoman", "chairman"), Map.entry("chair", "chairman"),
            Map.entry("spokeswoman", "spokesman"), Map.entry("spokesperson", "spokesman"),
            Map.entry("congresswoman", "congressman"));
    /** Words that make another office of the one after them: the vice chairman is not the chairman. */
    private static final Set<String> SECOND = Set.of("vice", "deputy", "assistant");
    /** A word that makes another office of the one after it and heads it: the prime minister is no minister. */
    private static final String PRIME = "prime";
    /**
     * "Leader" describes whoever heads something, whatever the office is called ("Senate Majority Leader Mitch
     * McConnell ... Senator McConnell", "leader Kim Jong Un ... Chairman Kim"): it is another office only than one
     * that serves a leader.
     */
    private static final String LEADER = "leader";
    private static final Set<String> SERVING = Set.of("official", "officer", "spokesman", "aide", "adviser", "envoy",
            "ambassador", "deputy");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    /** Tokens of the longest title or apposition read: "the country's senior foreign policy official". */
    private static final int REACH = 6;

    private PersonRoles() {
    }

    /**
     * The offices of a mention whose name runs from token {@code first} to {@code end} (exclusive): the title before
     * it, and with {@code apposition} the office heading an apposition after it.
     */
    static Set<String> of(List<Token> tokens, int first, int end, boolean apposition) {
        Set<String> out = new HashSet<>();
        String before = before(tokens, first, end);
        if (before != null) out.add(before);
        String after = apposition ? apposition(tokens, end) : null;
        if (after != null) out.add(after);
        return out;
    }

    /** Whether {@code word} names an office, in any case or short form ("President", "Gen."). */
    static boolean isOffice(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return OFFICES.contains(w) || SAME_OFFICE.containsKey(w);
    }

    /**
     * Whether a short name given some office is another person than the full name given others: both have one, and
     * the short name's are none of the full name's.
     */
    static boolean anotherOffice(Set<String> shortOffices, Set<String> fullOffices) {
        if (shortOffices.isEmpty() || fullOffices.isEmpty()) return false;
        for (String o : shortOffices) {
            for (String f : fullOffices) if (oneHolder(o, f)) return false;
        }
        return true;
    }

    /** Whether one person can be given both offices: the same office, or a leader's and one that serves none. */
    private static boolean oneHolder(String office, String other) {
        if (office.equals(other)) return true;
        if (office.equals(LEADER)) return !serves(other);
        return other.equals(LEADER) && !serves(office);
    }

    private static boolean serves(String office) {
        return SERVING.contains(office) || SECOND.contains(office.split(" ")[0]);
    }

    /**
     * The office in the title right before the name: the first office word walking back over title words, the one
     * before "of" where there is one ("Secretary of Justice Ann Roe": secretary), with "vice" or "deputy" before it; a title before a comma only
     * when a comma or the sentence's end follows the name too ("the foreign minister, Cho Hyun, said").
     */
    private static String before(List<Token> tokens, int first, int end) {
        int t = first - 1;
        if (t >= 0 && tokens.get(t).word().equals(",")) {
            String next = end < tokens.size() ? tokens.get(end).word() : ".";
            if (!next.equals(",") && !next.equals(".")) return null;
            t--;
        }
        String office = null;
        for (int k = 0; t >= 0 && k < REACH; t--, k++) {
            String w = word(tokens.get(t));
            if (office != null && SECOND.contains(w)) return w + " " + office;
            if (office != null && w.equals(PRIME)) office = w + " " + office;
            if (w.equals("of")) {
                // the office is named before "of": "Secretary of Justice" is a secretary
                office = null;
                continue;
            }
            if (!NameForm.isTitle(w) && !OFFICES.contains(w)) break;
            // "his deputy, Kim": the word that makes a second office names one alone
            if (office == null && (OFFICES.contains(w) || k == 0 && SECOND.contains(w))) office = w;
        }
        return office;
    }

    /**
     * The office heading an apposition right after the name: ", a senior official", ", the vice chairman of ...",
     * ", the North's envoy"; not one that only owns another noun (", the leader's sister").
     */
    private static String apposition(List<Token> tokens, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).word().equals(",")
                || !DETERMINERS.contains(word(tokens.get(end + 1)))) return null;
        int head = -1;
        for (int t = end + 2; t < tokens.size() && t < end + 2 + REACH; t++) {
            String pos = tokens.get(t).pos();
            if ("POS".equals(pos)) {
                head = -1;
                continue;
            }
            if (pos == null || !(pos.startsWith("NN") || pos.startsWith("JJ"))) break;
            head = t;
        }
        if (head < 0 || !OFFICES.contains(word(tokens.get(head)))) return null;
        String office = word(tokens.get(head));
        String before = head > end + 2 ? word(tokens.get(head - 1)) : "";
        return SECOND.contains(before) || before.equals(PRIME) ? before + " " + office : office;
    }

    private static String word(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return SAME_OFFICE.getOrDefault(w, w);
    }
}
