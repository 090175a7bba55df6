package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names with a particle before the family name ("Ahmed ould Omar", "Sidi ould Cheikh Abdallahi", "Ursula von der
 * Leyen"). The part-of-speech tagger reads a lower-case particle it does not know as another word class ("ould" as
 * a modal verb), and the tagger then ends the person's name before it and starts another after it: "Omar" becomes a
 * one-word person apart from "Ahmed". A lower-case particle between a person's name and a person's name or an
 * untagged proper noun joins them into one person; a place the tagger made of the given name ("Chérif ould
 * Abdallah"), or a proper noun it left untagged, joins a person's name after the particle. And a person's name of
 * two words or more that ends in a particle ("Ahmed Ould") takes the name after it, whatever the tagger made of
 * that: no name ends in one.
 */
final class NameParticles {
    /** Particles that stand between a given name and a family name (Arabic, Dutch, German, Romance). */
    private static final Set<String> PARTICLES = Set.of("ould", "bin", "ibn", "ben", "bint", "binti", "abu", "al",
            "el", "van", "von", "der", "den", "ter", "ten", "de", "da", "di", "du", "dos", "das", "do", "del",
            "della", "la", "le");
    /** Particles that are no given name or word of their own, so a name cannot end in them ("Ben", "Al" can). */
    private static final Set<String> NEVER_LAST = Set.of("ould", "bin", "ibn", "bint", "van", "von", "de", "da",
            "di", "du", "dos", "das", "del", "della", "der");

    private NameParticles() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::firstToken));
        boolean[] taken = MentionSpans.covered(tokens.size(), sorted);
        List<Mention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            int end = m.endToken();
            boolean person = m.type() == EntityType.PERSON;
            int after = end;
            while (after < tokens.size() && !taken[after] && lowerCaseParticle(tokens.get(after))) after++;
            boolean endsInParticle = person && end - m.firstToken() >= 2
                    && NEVER_LAST.contains(tokens.get(end - 1).word().toLowerCase(Locale.ROOT));
            boolean between = after > end;
            if (!(between || endsInParticle) || after >= tokens.size()
                    || doc.sentenceOf(after) != doc.sentenceOf(m.firstToken())
                    || !(person || between && m.type() == EntityType.LOCATION)) {
                out.add(m);
                continue;
            }
            Mention next = i + 1 < sorted.size() && sorted.get(i + 1).firstToken() == after ? sorted.get(i + 1) : null;
            int newEnd = -1;
            if (next != null && (next.type() == EntityType.PERSON
                    || !between && next.type() == EntityType.LOCATION)) {
                newEnd = next.endToken();
                i++;
            } else if (next == null && person) {
                newEnd = after;
                while (newEnd < tokens.size() && !taken[newEnd] && properNoun(tokens.get(newEnd))
                        && doc.sentenceOf(newEnd) == doc.sentenceOf(after)) newEnd++;
                if (newEnd == after) newEnd = -1;
            }
            out.add(newEnd < 0 ? m : MentionSpans.of(doc, m.firstToken(), newEnd, EntityType.PERSON));
        }
        return withGivenNamesBefore(doc, out, taken);
    }

    /**
     * A person's name after a lower-case particle takes the untagged proper noun before the particle ("Chérif ould
     * Abdallah" where the tagger found "Abdallah" only), no day or month ("On Monday van Gogh"). So does a person's
     * family name that opens with a capitalised particle ("Le Pen", "De Niro", "Van Gundy"), but only from a given
     * name: the tagger leaves out a given name that is also an English word ("Marine Le Pen" tagged "Le Pen"), while
     * a capitalised word before a surname is as often a title or a place.
     */
    private static List<Mention> withGivenNamesBefore(NlpDocument doc, List<Mention> mentions, boolean[] taken) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int first = m.firstToken();
            while (first > 0 && !taken[first - 1] && lowerCaseParticle(tokens.get(first - 1))) first--;
            int given = first - 1;
            boolean particle = first < m.firstToken() || capitalisedParticleSurname(tokens, m) && given >= 0
                    && GivenNames.contains(tokens.get(given).word());
            boolean joins = m.type() == EntityType.PERSON && particle && given >= 0 && !taken[given]
                    && properNoun(tokens.get(given)) && doc.sentenceOf(given) == doc.sentenceOf(m.firstToken())
                    && !EntityResolver.isNotName(tokens.get(given).word());
            out.add(joins ? MentionSpans.of(doc, given, m.endToken(), EntityType.PERSON) : m);
        }
        return out;
    }

    /** A name of two words or more whose first is a particle written capitalised, as surnames write it. */
    private static boolean capitalisedParticleSurname(List<Token> tokens, Mention m) {
        String w = tokens.get(m.firstToken()).word();
        return m.endToken() - m.firstToken() >= 2 && Character.isUpperCase(w.charAt(0))
                && PARTICLES.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean lowerCaseParticle(Token t) {
        return PARTICLES.contains(t.word()) && Character.isLowerCase(t.word().charAt(0));
    }

    private static boolean properNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
    }
}
