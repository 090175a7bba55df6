package org.newsgraph.nlp.entity;

import org.newsgraph.events.CountryPlaces;
import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A country, city or region under its current name ("Kyiv", "Odesa", "Eswatini", "Czechia", "Türkiye"), which the
 * tagger, trained on news of the 1990s, reads as a person or misses ({@link CountryPlaces}): a proper noun it left
 * untagged, or a name it typed PERSON, whose whole text is a listed place, is a place. Not where the name could be a
 * person's after all: a given name ("Jordan", "Austin", "Charlotte"), a word of a person's full name in the article
 * ("Denzel Washington ... Washington"), a name after an honorific or hyphened to another ("the Berg-Lund
 * summit", two negotiators); nor a name the tagger typed an organisation
 * or a miscellaneous name ("Chennai Super Kings", a team or a film), nor part of a longer run of proper nouns.
 */
final class ListedPlaces {

    private ListedPlaces() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = MentionSpans.covered(tokens.size(), mentions);
        List<Mention> fullNames = mentions.stream()
                .filter(m -> m.type() == EntityType.PERSON && m.endToken() - m.firstToken() > 1).toList();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean place = m.type() == EntityType.PERSON && isPlace(doc, m.firstToken(), m.endToken(), fullNames);
            out.add(place ? MentionSpans.of(doc, m.firstToken(), m.endToken(), EntityType.LOCATION) : m);
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (covered[t] || !OrganisationNames.properNoun(tokens.get(t))) continue;
            int end = t + 1;
            while (end < tokens.size() && !covered[end] && OrganisationNames.properNoun(tokens.get(end))
                    && doc.sentenceOf(end) == doc.sentenceOf(t)) end++;
            boolean alone = (t == 0 || !covered[t - 1]) && (end == tokens.size() || !covered[end]);
            if (alone && isPlace(doc, t, end, fullNames)) {
                out.add(MentionSpans.of(doc, t, end, EntityType.LOCATION));
            }
            t = end - 1;
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    private static boolean isPlace(NlpDocument doc, int first, int end, List<Mention> fullNames) {
        List<Token> tokens = doc.tokens();
        if (hyphen(tokens, first - 1) || hyphen(tokens, end) || GivenNames.contains(tokens.get(first).word())
                || PersonEvidence.honorificGender(tokens, first) != null) return false;
        for (Mention m : fullNames) {
            if (m.firstToken() == first && m.endToken() == end) continue;
            for (int p = m.firstToken(); p < m.endToken(); p++) {
                for (int t = first; t < end; t++) if (tokens.get(p).word().equals(tokens.get(t).word())) return false;
            }
        }
        return CountryPlaces.contains(doc.text().substring(tokens.get(first).start(), tokens.get(end - 1).end()));
    }

    private static boolean hyphen(List<Token> tokens, int t) {
        return t >= 0 && t < tokens.size() && tokens.get(t).word().equals("-");
    }
}
