package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two names the tagger ran into one mention because nothing stands between them: a place used as a modifier and a
 * person after it ("the Geneva Macron-Putin talks", "a Texas Abbott rally"). CoreNLP joins neighbouring tokens of
 * one label, so the CRF's label for the pair names neither. The article is the evidence: a mention that is no person,
 * whose first words are a place the article names alone elsewhere and whose remaining words are a person it names in
 * full (or that person's surname, when the article also uses it alone for a person), is cut in two. Names that merely
 * end in a surname ("Trump Tower", "Washington Post") stay whole: their first part is no place of the article or
 * their last part is no person of it. A mention read as a person is cut only before a given name (see
 * {@link #personCut}).
 */
final class RunTogetherNames {

    private RunTogetherNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        Set<String> places = new HashSet<>(), people = new HashSet<>(), surnames = new HashSet<>();
        Set<String> alone = new HashSet<>();
        for (Mention m : mentions) {
            List<String> w = words(doc, m.firstToken(), m.endToken());
            if (m.type() == EntityType.LOCATION) places.add(String.join(" ", w));
            if (m.type() != EntityType.PERSON) continue;
            if (w.size() == 1) {
                alone.add(w.get(0));
            } else {
                people.add(String.join(" ", w));
                surnames.add(w.get(w.size() - 1));
            }
        }
        surnames.retainAll(alone);
        people.addAll(surnames);
        if (people.isEmpty() || places.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int cut = m.type() == EntityType.PERSON ? personCut(doc, m, places) : cut(doc, m, people, places);
            if (cut < 0) {
                out.add(m);
                continue;
            }
            out.add(MentionSpans.of(doc, m.firstToken(), cut, EntityType.LOCATION));
            out.add(MentionSpans.of(doc, cut, m.endToken(), EntityType.PERSON));
        }
        return out;
    }

    /** The token where the person starts inside {@code m}, or -1. */
    private static int cut(NlpDocument doc, Mention m, Set<String> people, Set<String> places) {
        for (int k = m.firstToken() + 1; k < m.endToken(); k++) {
            if (places.contains(String.join(" ", words(doc, m.firstToken(), k)))
                    && people.contains(String.join(" ", words(doc, k, m.endToken())))) return k;
        }
        return -1;
    }

    /**
     * The token where the person starts inside a mention the tagger read as one person ("Mayor of London Sadiq
     * Khan"), or -1: its first words are a place the article names alone and the rest is a full name opening with a
     * listed given name. A one-word rest ("Paris Hilton") or one opening with no given name stays whole.
     */
    private static int personCut(NlpDocument doc, Mention m, Set<String> places) {
        for (int k = m.firstToken() + 1; k < m.endToken() - 1; k++) {
            if (places.contains(String.join(" ", words(doc, m.firstToken(), k)))
                    && GivenNames.contains(doc.tokens().get(k).word())) return k;
        }
        return -1;
    }

    private static List<String> words(NlpDocument doc, int first, int end) {
        List<String> out = new ArrayList<>(end - first);
        for (int t = first; t < end; t++) out.add(doc.tokens().get(t).word());
        return out;
    }
}
