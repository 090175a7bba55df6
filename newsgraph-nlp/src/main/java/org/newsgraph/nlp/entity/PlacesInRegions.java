package org.newsgraph.nlp.entity;

import org.newsgraph.events.CountryPlaces;
import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A name the tagger read as a person's, written with its country, state or province after a comma ("Debden,
 * England", "Sandy Hook, Maryland, from where"), is a place: that is how places are qualified, and towns named like
 * people ("Harrison", "Saffron Walden") are what the tagger reads as people. The qualifier must close its phrase
 * ({@link QualifiedPlaces#endsItsPhrase}), so a person's apposition stays ("Ann Lee, Ohio's governor", "Ann Lee,
 * Texas officials said"); a name after an honorific, or of two words or more opening with a given name, is a
 * person's whatever follows it: lists of people give their home states so ("Maria Lopez, Texas, and Tom Berg, Ohio").
 */
final class PlacesInRegions {

    private PlacesInRegions() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            boolean place = m.type() == EntityType.PERSON && next != null && next.type() == EntityType.LOCATION
                    && next.firstToken() == m.endToken() + 1 && tokens.get(m.endToken()).word().equals(",")
                    && isRegion(next.text()) && QualifiedPlaces.endsItsPhrase(tokens, next)
                    && PersonEvidence.honorificGender(tokens, m.firstToken()) == null
                    && !(m.endToken() - m.firstToken() > 1 && GivenNames.contains(tokens.get(m.firstToken()).word()));
            out.add(place ? MentionSpans.of(doc, m.firstToken(), m.endToken(), EntityType.LOCATION) : m);
        }
        return out;
    }

    /** A country, a state or province, or a place of the country lists ("England", "Maryland", "Bavaria"). */
    private static boolean isRegion(String name) {
        return CountryNames.isCountry(name) || QualifiedPlaces.isRegion(name) || CountryPlaces.contains(name);
    }
}
