package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the article itself says an acronym stands for. An acronym it introduces for a name ("Air Products (AP)",
 * "the Australian Federal Police, or AFP,", "..., known as the ACT", "the ICC (International Criminal Court)") is
 * that name's, whatever other name of the article it also spells; the first introduction holds. An acronym it names as the source of a wire story (the credit line "HOUSTON (AP) —") or
 * calls a news agency ("the AFP news agency"), whose reporters or photographers it mentions ("an AP photographer"),
 * or a wire service it names as the one told ("told AP"), is a news agency: it is the short form of no name of the article
 * but one that calls itself news ("Associated Press", "Agence France-Presse"), as a company or a police force that
 * happens to share its letters does not. The keys are {@link NameForm#key()}s.
 *
 * @param introduced per acronym, the name it is introduced for
 * @param agencies   acronyms and names the article calls a news agency
 */
record AcronymSenses(Map<String, String> introduced, Set<String> agencies) {

    static final AcronymSenses NONE = new AcronymSenses(Map.of(), Set.of());

    /**
     * Words by which an organisation's own name says it gathers or broadcasts news, in the languages agencies are
     * named in ("Associated Press", "Agence France-Presse", "British Broadcasting Corporation", "National Public
     * Radio", "The New York Times").
     */
    private static final Set<String> NEWS_WORDS = Set.of("press", "presse", "news", "media", "agency", "agence",
            "agentur", "agenzia", "agencia", "wire", "newswire", "broadcasting", "broadcast", "broadcaster", "radio",
            "television", "tv", "times", "post", "journal", "herald", "tribune", "telegraph", "gazette",
            "newspaper", "newspapers");
    /**
     * The people of a newsroom: an acronym right before one ("an AP photographer", "a BBC reporter") names the
     * outlet they work for.
     */
    private static final Set<String> NEWSROOM = Set.of("reporter", "reporters", "photographer", "photographers",
            "correspondent", "correspondents", "journalist", "journalists", "cameraman", "cameramen",
            "videographer", "videographers");

    /** The wire services news quotes by name alone, as each writes its own name. */
    private static final Set<String> WIRE_SERVICES = Set.of("AP", "AFP", "Reuters", "UPI", "dpa", "DPA", "Xinhua",
            "Kyodo", "Yonhap", "TASS", "EFE", "ANSA", "Bloomberg", "PTI", "IANS", "Bernama", "Interfax", "Anadolu");

    static AcronymSenses find(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Map<String, String> introduced = new HashMap<>();
        Set<String> agencies = new HashSet<>();
        for (Mention m : mentions) {
            List<String> words = new ArrayList<>();
            for (int t = m.firstToken(); t < m.endToken(); t++) words.add(tokens.get(t).word());
            if (isToldWireService(tokens, m.firstToken(), words)) agencies.add(NameForm.keyOf(words.get(0)));
            if (m.type() == EntityType.PERSON) continue;
            int acronym = introducedAt(tokens, m.endToken());
            if (acronym < 0) acronym = spelledOutAfter(tokens, m.firstToken(), m.endToken());
            // the first introduction holds: "The ICC (International Criminal Court) ... the International Cricket
            // Council (ICC)" has the court as what ICC stands for
            if (words.size() > 1 && acronym >= 0 && EntityResolver.isAcronymOf(tokens.get(acronym).word(), words)) {
                introduced.putIfAbsent(NameForm.keyOf(tokens.get(acronym).word()),
                        NameForm.keyOf(String.join(" ", words)));
            }
            if (isNewsAgency(tokens, m.endToken()) || isNewsAgencyBefore(tokens, m.firstToken())
                    || words.size() == 1 && isCapitals(words.get(0)) && m.endToken() < tokens.size()
                    && NEWSROOM.contains(tokens.get(m.endToken()).word().toLowerCase(Locale.ROOT))) {
                agencies.add(NameForm.keyOf(String.join(" ", words)));
            }
        }
        for (int t = 1; t + 2 < tokens.size() && t < DatelinePlaces.LONGEST; t++) {
            if (tokens.get(t).word().equals("(") && tokens.get(t + 2).word().equals(")")
                    && DatelinePlaces.dashAfter(doc.text(), tokens, t + 2)
                    && isCapitals(tokens.get(t + 1).word()) && !introduced.containsKey(
                    NameForm.keyOf(tokens.get(t + 1).word()))) {
                agencies.add(NameForm.keyOf(tokens.get(t + 1).word()));
            }
        }
        return introduced.isEmpty() && agencies.isEmpty() ? NONE : new AcronymSenses(introduced, agencies);
    }

    /**
     * "told AP", "told the AP", "told Reuters": a wire service, spelled as it spells itself, as the one told is the
     * agency, whatever the tagger made of it and whatever else its letters spell in the article ("Air Products").
     * "told Ap Dijkstra" is a person of that name.
     */
    private static boolean isToldWireService(List<Token> tokens, int first, List<String> words) {
        if (words.size() != 1 || !WIRE_SERVICES.contains(words.get(0))) return false;
        int before = first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("the") ? first - 1 : first;
        return before > 0 && tokens.get(before - 1).word().equalsIgnoreCase("told");
    }

    /** Whether a name says it gathers news: a word such as "Press", "News" or "Agence" in it. */
    static boolean soundsLikeNews(List<String> words) {
        for (String w : words) {
            for (String part : w.toLowerCase(Locale.ROOT).split("-")) if (NEWS_WORDS.contains(part)) return true;
        }
        return false;
    }

    /** The token of an acronym introduced right after a name: "(AP)", ", or AP", ", known as (the) AP". */
    private static int introducedAt(List<Token> tokens, int after) {
        if (after + 2 < tokens.size() && tokens.get(after).word().equals("(")
                && tokens.get(after + 2).word().equals(")")) return after + 1;
        if (after + 2 < tokens.size() && tokens.get(after).word().equals(",")
                && tokens.get(after + 1).word().equals("or")) return after + 2;
        if (after + 3 < tokens.size() && tokens.get(after).word().equals(",")
                && tokens.get(after + 1).word().equals("known") && tokens.get(after + 2).word().equals("as")) {
            return tokens.get(after + 3).word().equals("the") && after + 4 < tokens.size() ? after + 4 : after + 3;
        }
        return -1;
    }

    /** The token of an acronym a name spells out right after it in brackets: "the ICC (International Criminal Court)". */
    private static int spelledOutAfter(List<Token> tokens, int first, int end) {
        return first >= 2 && end < tokens.size() && tokens.get(first - 1).word().equals("(")
                && tokens.get(end).word().equals(")") && isCapitals(tokens.get(first - 2).word()) ? first - 2 : -1;
    }

    /** "AFP news agency", "AP wire service" right after the name. */
    private static boolean isNewsAgency(List<Token> tokens, int after) {
        return after + 1 < tokens.size() && agencyNoun(tokens.get(after).word(), tokens.get(after + 1).word());
    }

    /** "the news agency AFP" right before the name. */
    private static boolean isNewsAgencyBefore(List<Token> tokens, int first) {
        return first >= 2 && agencyNoun(tokens.get(first - 2).word(), tokens.get(first - 1).word());
    }

    private static boolean agencyNoun(String modifier, String noun) {
        String m = modifier.toLowerCase(Locale.ROOT), n = noun.toLowerCase(Locale.ROOT);
        return (m.equals("news") || m.equals("wire")) && (n.equals("agency") || n.equals("service"));
    }

    private static boolean isCapitals(String w) {
        String letters = w.replace(".", "");
        return letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase);
    }
}
