package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts the tagger's mentions where they run over more than one name. The CRF tags token by token and CoreNLP joins
 * neighbouring tokens of one type into a mention, so lists ("Pearl / Hardrock / Mansion", "Paris, Lyon") and a name
 * owned by another ("New York City's Carnegie Hall") come out as one name, and a lower-case "the" before a name can
 * come out inside it. A free-standing separator ends a name; a possessive ends one only between two names of two
 * words or more (one-word owners are part of the name: "Howe's Brigade", "People's Republic"), and not where the
 * possessive is inside one name: the part after it ends in an organisation's head word ("Ben & Jerry's Homemade
 * Holdings", "Her Majesty's Prison Service") or the owner is a saint or a royal ("St. Mary's Medical Center"). An
 * "&" ends a name only after an organisation's head word and before another name (see {@link #twoBodies}). A
 * mention with a currency sign ("US$") is no name at all. A leading lower-case "the" is dropped, and so is a
 * sentence's first word that is no noun, unless the rest is no name alone or the article writes the whole name
 * mid-sentence. An outlet in capitals told something and the person after it ("told NPR Leila Nasser had left")
 * are two names. A line break ends a name ({@link MentionSpans#lineBreakBefore}). Each part keeps the type, but for a name after a personal title and before "of", which is a person
 * ("Dr. Ann Lee of Kent University").
 */
final class MentionSplits {
    private static final Set<String> SEPARATORS = Set.of("/", ",", ";", "|", "•", "·");
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s");
    /** Parts of speech of a word that is never a name alone: determiners, prepositions, conjunctions, pronouns. */
    private static final Set<String> FUNCTION_TAGS = Set.of("DT", "IN", "CC", "PRP", "PRP$", "WDT", "TO");
    /** First words of an owner whose possessive is part of the name. */
    private static final Set<String> NAMED_OWNERS = Set.of("St.", "St", "Saint", "Her", "His");
    private static final Set<String> FORMER = Set.of("Former", "Late", "Acting", "Outgoing", "Incoming", "Then");
    /** Titles that only stand before a person's name. */
    private static final Set<String> PERSONAL_TITLES = Set.of("Dr.", "Dr", "Prof.", "Prof", "Professor", "Mr.", "Mr",
            "Mrs.", "Mrs", "Ms.", "Ms");

    private MentionSplits() {
    }

    static List<Mention> apply(NlpDocument doc) {
        List<Mention> out = new ArrayList<>(doc.mentions().size());
        List<Token> tokens = doc.tokens();
        for (Mention m : doc.mentions()) {
            if (currency(tokens, m)) continue;
            int from = m.firstToken();
            if (tokens.get(from).word().equals("the")
                    || from + 1 < m.endToken() && sentenceInitialWord(doc, from) && !writtenWhole(doc, m)) {
                from++;
            }
            if (isOutletBeforePerson(tokens, m, from)) {
                out.add(MentionSpans.of(doc, from, from + 1, EntityType.ORGANIZATION));
                out.add(MentionSpans.of(doc, from + 1, m.endToken(), EntityType.PERSON));
                continue;
            }
            int office = officeInside(tokens, m, from);
            if (office > 0) {
                out.add(MentionSpans.of(doc, from, office, m.type()));
                out.add(MentionSpans.of(doc, office + 1, m.endToken(), EntityType.PERSON));
                continue;
            }
            boolean titled = from > 0 && PERSONAL_TITLES.contains(tokens.get(from - 1).word());
            for (int t = from; t < m.endToken(); t++) {
                String w = tokens.get(t).word();
                if (t > from && MentionSpans.lineBreakBefore(doc, t)) {
                    add(doc, out, m, from, t);
                    from = t;
                }
                if (SEPARATORS.contains(w) || POSSESSIVES.contains(w) && cutsAt(tokens, from, t, m.endToken())
                        || w.equals("&") && twoBodies(tokens, from, t, m.endToken())) {
                    add(doc, out, m, from, t);
                    from = t + 1;
                } else if (titled && w.equals("of") && t > from && m.type() != EntityType.PERSON) {
                    // "Dr. Ann Lee of Kent University": the title says the name before "of" is a person's
                    out.add(MentionSpans.of(doc, from, t, EntityType.PERSON));
                    from = t + 1;
                    titled = false;
                }
            }
            if (from == m.firstToken()) out.add(m);
            else add(doc, out, m, from, m.endToken());
        }
        return out;
    }

    /**
     * A word capitalised only because it opens the sentence, which the tagger took into the name after it ("Former
     * World Bank staff", "Remarked Acme Foundation scientist"): a verb or an adverb by its part of speech, or an
     * adjective that dates a role. Other adjectives there are often part of the name ("South American", "European
     * Space Agency", a band's "Faithless ...").
     */
    private static boolean sentenceInitialWord(NlpDocument doc, int t) {
        String pos = doc.tokens().get(t).pos();
        return t == MentionSpans.sentenceStart(doc, t) && pos != null && (pos.startsWith("VB") || pos.startsWith("RB")
                || pos.startsWith("JJ") && FORMER.contains(doc.tokens().get(t).word()));
    }

    /**
     * Whether the name as tagged is a name of its own with that first word: the words after it are no name by
     * themselves ("Save the Children"), or the article writes the whole name where no sentence begins ("shares in
     * Just Eat Takeaway").
     */
    private static boolean writtenWhole(NlpDocument doc, Mention m) {
        List<Token> tokens = doc.tokens();
        if (!Character.isUpperCase(tokens.get(m.firstToken() + 1).word().charAt(0))) return true;
        int length = m.endToken() - m.firstToken();
        for (int t = 0; t + length <= tokens.size(); t++) {
            int i = 0;
            while (i < length && tokens.get(t + i).word().equals(tokens.get(m.firstToken() + i).word())) i++;
            if (i == length && t != m.firstToken() && t != MentionSpans.sentenceStart(doc, t)) return true;
        }
        return false;
    }

    /**
     * "told NPR Leila Nasser had left": an outlet in capitals told something, run together with the person the
     * reported clause opens with. The tagger joins them when no comma or "that" stands between; the rest is a
     * person's full name where the tagger says so or it opens with a given name ({@link GivenNames}), and holds no
     * organisation's head word ("told UN Security Council members" stays whole).
     */
    private static boolean isOutletBeforePerson(List<Token> tokens, Mention m, int from) {
        if (from == 0 || !tokens.get(from - 1).word().equalsIgnoreCase("told") || m.endToken() - from < 3) {
            return false;
        }
        String outlet = tokens.get(from).word(), next = tokens.get(from + 1).word();
        if (outlet.length() < 2 || outlet.length() > 6 || !outlet.chars().allMatch(Character::isUpperCase)
                || !Character.isUpperCase(next.charAt(0)) || next.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        for (int t = from + 1; t < m.endToken(); t++) {
            if (OrganisationNames.isHeadWord(tokens.get(t).word())) return false;
        }
        return m.type() == EntityType.PERSON || GivenNames.contains(next);
    }

    /**
     * "South Korean President Moon Jae": the tagger ran a people's adjective, an office and the holder's name into one
     * MISC name. The office, capitalised between capitalised words, parts the adjective from the person, and belongs
     * to neither (titles are no part of names). Returns the office's token, or -1.
     */
    private static int officeInside(List<Token> tokens, Mention m, int from) {
        if (m.type() != EntityType.MISC) return -1;
        for (int t = from + 1; t + 1 < m.endToken(); t++) {
            String w = tokens.get(t).word();
            if (!Character.isUpperCase(w.charAt(0)) || !PersonRoles.isOffice(w)) continue;
            for (int k = from; k < m.endToken(); k++) {
                String x = tokens.get(k).word();
                if (!Character.isUpperCase(x.charAt(0)) || OrganisationNames.isHeadWord(x)) return -1;
            }
            return t;
        }
        return -1;
    }

    /** Whether the possessive at {@code t} ends the name [from, t) and starts another that ends before {@code end}. */
    private static boolean cutsAt(List<Token> tokens, int from, int t, int end) {
        return t - from >= 2 && end - t > 2 && !NAMED_OWNERS.contains(tokens.get(from).word())
                && !OrganisationNames.isHeadWord(tokens.get(end - 1).word());
    }

    /**
     * Whether the "&" at {@code t} stands between two bodies: the part before ends in an organisation's head word, so
     * it is a whole name ("the Eastvale Rugby League & Harbour City Sharks"), and the part after is a name of two
     * words or more that opens with no head word. One name holds its "&" between words that are no whole name
     * ("Marks & Spencer", "Procter & Gamble") or before a head word of the same body ("Citizens Bank & Trust
     * Company").
     */
    private static boolean twoBodies(List<Token> tokens, int from, int t, int end) {
        return t - from >= 2 && end - t > 2 && OrganisationNames.isHeadWord(tokens.get(t - 1).word())
                && Character.isUpperCase(tokens.get(t + 1).word().charAt(0))
                && !OrganisationNames.isHeadWord(tokens.get(t + 1).word());
    }

    /** A mention with a currency sign ("US$", "HK$") names the unit of an amount, not an entity. */
    private static boolean currency(List<Token> tokens, Mention m) {
        for (int t = m.firstToken(); t < m.endToken(); t++) {
            if (tokens.get(t).word().chars().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part [first, end) of {@code m}, if it holds a word with a letter and is more than one function word (the
     * "The" that opened the next line).
     */
    private static void add(NlpDocument doc, List<Mention> out, Mention m, int first, int end) {
        boolean letters = false;
        for (int t = first; t < end && !letters; t++) {
            letters = doc.tokens().get(t).word().chars().anyMatch(Character::isLetter);
        }
        if (letters && !(end - first == 1 && FUNCTION_TAGS.contains(doc.tokens().get(first).pos()))) {
            out.add(MentionSpans.of(doc, first, end, m.type()));
        }
    }
}
