package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Storms are named like people ("Hurricane Dorian", "Typhoon Phanfone", "Tropical Storm Barry"), and the tagger reads
 * the name after the storm's kind as a person, or as a miscellaneous name or nothing there and as a person in its
 * bare mentions ("Dorian reached the Bahamas"). The kind and the name are one miscellaneous name, and the article's
 * one-word persons of that name are the storm. Only a name the tagger reads as a person somewhere in the article:
 * "Hurricane Center" and "Storm Area 51" are no storms' names; a person of the same name written in full ("Maria
 * Lopez") keeps the tagger's reading.
 */
final class StormNames {
    private static final Set<String> KINDS = Set.of("Hurricane", "Typhoon", "Cyclone", "Storm");
    /** "Tropical Storm Barry", "Super Typhoon Haiyan": the kind's grade is part of the name. */
    private static final Set<String> GRADES = Set.of("Tropical", "Subtropical", "Super", "Severe");

    private StormNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Set<String> persons = new HashSet<>();
        for (Mention m : mentions) if (oneWordPerson(m)) persons.add(m.text());
        if (persons.isEmpty()) return mentions;
        Set<String> storms = new HashSet<>();
        List<int[]> named = new ArrayList<>();
        for (int kind = 0; kind + 1 < tokens.size(); kind++) {
            Token name = tokens.get(kind + 1);
            if (!KINDS.contains(tokens.get(kind).word()) || !persons.contains(name.word())
                    || !MentionSpans.sameSentence(doc, kind, kind + 1) || !storm(mentions, kind + 1)) continue;
            int first = kind > 0 && MentionSpans.sameSentence(doc, kind - 1, kind)
                    && GRADES.contains(tokens.get(kind - 1).word()) ? kind - 1 : kind;
            storms.add(name.word());
            named.add(new int[]{first, kind + 2});
        }
        if (storms.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean inName = named.stream().anyMatch(n -> m.firstToken() < n[1] && m.endToken() > n[0]);
            if (inName) continue;
            out.add(oneWordPerson(m) && storms.contains(m.text())
                    ? MentionSpans.of(doc, m.firstToken(), m.endToken(), EntityType.MISC) : m);
        }
        for (int[] n : named) out.add(MentionSpans.of(doc, n[0], n[1], EntityType.MISC));
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    private static boolean oneWordPerson(Mention m) {
        return m.type() == EntityType.PERSON && m.endToken() - m.firstToken() == 1;
    }

    /**
     * Whether the name at token {@code t} stands alone: the tagger's one-word person or miscellaneous name, or no
     * mention at all; not inside a longer name ("National Hurricane Center").
     */
    private static boolean storm(List<Mention> mentions, int t) {
        for (Mention m : mentions) {
            if (m.firstToken() > t || m.endToken() <= t) continue;
            return m.firstToken() == t && m.endToken() == t + 1 && m.type() != EntityType.ORGANIZATION
                    && m.type() != EntityType.LOCATION
                    || m.firstToken() == t - 1 && m.endToken() == t + 1 && m.type() != EntityType.ORGANIZATION;
        }
        return true;
    }
}
