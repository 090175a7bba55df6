package org.newsgraph.nlp.entity;

import org.newsgraph.events.CountryPlaces;
import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A newspaper named after its town ("the Kyiv Ledger", "Lagos Herald", "the Halifax Chronicle Herald"): a place
 * followed by newspaper words is one organisation, where the tagger read it as a place, split it or missed it. The
 * words may also open a place's or a building's name ("New York Times Square", "Journal Square") or a noun phrase
 * ("the Washington Post office"), so a capitalised word, a noun or a hyphen after them leaves the tagger's reading,
 * and so does a sentence that opens with a preposition and the place ("In Kharkiv Today is a holiday": the
 * capitalised word may open the clause).
 */
final class OutletNames {
    private static final Set<String> NEWSPAPER_WORDS = Set.of("Post", "Times", "Herald", "Ledger", "Gazette",
            "Tribune", "Courier", "Chronicle", "Journal", "Observer", "Today", "News", "Express", "Mirror",
            "Telegraph", "Independent", "Standard", "Guardian", "Star", "Sun", "Dispatch", "Examiner", "Inquirer",
            "Sentinel", "Bulletin", "Register", "Advertiser", "Argus");

    private OutletNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions);
        for (int j = 1; j < tokens.size(); j++) {
            if (!NEWSPAPER_WORDS.contains(tokens.get(j).word()) || doc.sentenceOf(j - 1) != doc.sentenceOf(j)) continue;
            int end = j + 1;
            while (end < tokens.size() && NEWSPAPER_WORDS.contains(tokens.get(end).word())) end++;
            int first = placeEndingAt(doc, out, j, end);
            if (first >= 0 && !continues(tokens, end) && !openingPhrase(doc, first)) replace(doc, out, first, end);
            j = end - 1;
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    /** The first token of the place that ends right before token {@code j}, or -1. */
    private static int placeEndingAt(NlpDocument doc, List<Mention> mentions, int j, int end) {
        for (Mention m : mentions) {
            if (m.endToken() == j && m.type() == EntityType.LOCATION) return m.firstToken();
            // the tagger's one name over place and newspaper words, unless it already reads it as an organisation
            if (m.firstToken() < j && m.endToken() == end && m.type() != EntityType.ORGANIZATION
                    && isPlace(doc, m.firstToken(), j)) return m.firstToken();
        }
        boolean[] covered = MentionSpans.covered(doc.tokens().size(), mentions);
        int first = j;
        while (first > 0 && !covered[first - 1] && OrganisationNames.properNoun(doc.tokens().get(first - 1))
                && doc.sentenceOf(first - 1) == doc.sentenceOf(j)) first--;
        return first < j && isPlace(doc, first, j) ? first : -1;
    }

    private static boolean isPlace(NlpDocument doc, int first, int end) {
        String name = doc.text().substring(doc.tokens().get(first).start(), doc.tokens().get(end - 1).end());
        return CountryPlaces.contains(name) || CountryNames.isCountry(name);
    }

    /** Whether the name goes on past the newspaper words: a capitalised word, a noun or a hyphen after them. */
    private static boolean continues(List<Token> tokens, int end) {
        if (end >= tokens.size()) return false;
        Token next = tokens.get(end);
        return next.word().equals("-") || Character.isUpperCase(next.word().charAt(0))
                || next.pos() != null && next.pos().startsWith("NN");
    }

    private static boolean openingPhrase(NlpDocument doc, int first) {
        return first > 0 && MentionSpans.sentenceStart(doc, first) == first - 1
                && "IN".equals(doc.tokens().get(first - 1).pos());
    }

    /** Puts one organisation over tokens [first, end) unless a mention reaches past it (the tagger saw more). */
    private static void replace(NlpDocument doc, List<Mention> mentions, int first, int end) {
        for (Mention m : mentions) {
            boolean overlaps = m.firstToken() < end && m.endToken() > first;
            if (overlaps && (m.firstToken() < first || m.endToken() > end)) return;
        }
        mentions.removeIf(m -> m.firstToken() < end && m.endToken() > first);
        mentions.add(MentionSpans.of(doc, first, end, EntityType.ORGANIZATION));
    }
}
