package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.PeopleNouns;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A word of capitalised parts glued by hyphens around a lower-case particle of place ("Maine-et-Loire",
 * "Saint-Aubin-du-Pavoil", "Boulogne-sur-Mer", "Stoke-on-Trent", "Barrow-in-Furness") names a place: the
 * particles (on, upon, under, in; sur, sous, en, lès, et, le, la, du, de, des, aux) set a town beside its river,
 * hill or region. The tokenizer splits the hyphens, and the tagger then labels one part as a place and another as
 * a person, or the whole as a person. People's names are hyphened without a particle ("Jean-Paul", "Saint-Saëns");
 * the English titles so written end in a title's or a kinship's word ("Commander-in-Chief", "Mother-in-Law") and
 * stay out, and so do the roles held somewhere, which open with a noun for people ("Artist-in-Residence",
 * "Lady-in-Waiting", "Officer-in-Charge"; no town is named by a common noun for people and one word) or stand before
 * the holder's name ("Writer-in-Residence Jane Ortiz"). A name of the tagger's that runs past the word is a body or a work named after the place ("the
 * Saint-Germain-en-Laye Golf Club") and is kept.
 */
final class ParticlePlaces {
    private static final Set<String> PARTICLES = Set.of("on", "upon", "under", "in", "sur", "sous", "en", "lès",
            "les", "et", "le", "la", "du", "de", "des", "aux");
    /** Kinship words that end hyphened English compounds like titles do ("Brother-in-Law"). */
    private static final Set<String> KIN = Set.of("law", "laws");

    private ParticlePlaces() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions);
        for (int t = 0; t < tokens.size(); t++) {
            if (t > 0 && tokens.get(t - 1).word().equals("-") && glued(tokens, t - 1, t)) continue;
            int end = t + 1;
            while (end + 1 < tokens.size() && tokens.get(end).word().equals("-") && glued(tokens, end - 1, end)
                    && glued(tokens, end, end + 1)) end += 2;
            if (end - t >= 5 && isPlace(tokens, t, end) && !isRole(tokens, t, end, mentions)) {
                replace(doc, out, t, end);
            }
            t = end - 1;
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    /** Whether the hyphened word of tokens [first, end) has capitalised ends and a particle inside. */
    private static boolean isPlace(List<Token> tokens, int first, int end) {
        if (!capitalised(tokens.get(first)) || !capitalised(tokens.get(end - 1))) return false;
        String last = tokens.get(end - 1).word().toLowerCase(Locale.ROOT);
        if (NameForm.isTitle(last) || KIN.contains(last)) return false;
        boolean particle = false;
        for (int t = first + 2; t < end - 1; t += 2) {
            String w = tokens.get(t).word();
            if (PARTICLES.contains(w)) particle = true;
            else if (!capitalised(tokens.get(t))) return false;
        }
        return particle;
    }

    /**
     * Whether the word of tokens [first, end) is a role: three parts opening with a noun for people ("Artist" in
     * "Artist-in-Residence"; a place's first part is a town's name, or a saint's, which the list of people's nouns
     * also holds), or a word right before a person's name.
     */
    private static boolean isRole(List<Token> tokens, int first, int end, List<Mention> mentions) {
        if (end - first == 5 && !tokens.get(first).word().equalsIgnoreCase("saint")
                && PeopleNouns.contains(tokens.get(first).word(), null)) return true;
        return mentions.stream().anyMatch(m -> m.firstToken() == end && m.type() == EntityType.PERSON);
    }

    /**
     * The place in place of the mentions inside it, unless one runs past it; one that starts inside the word and runs
     * on is a body named after the place and starts where the word does ("Stoke-on-Trent City Council", read as
     * "Trent City Council").
     */
    private static void replace(NlpDocument doc, List<Mention> mentions, int first, int end) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            boolean overlaps = m.firstToken() < end && m.endToken() > first;
            if (overlaps && m.firstToken() > first && m.endToken() > end) {
                mentions.removeIf(o -> o != m && o.firstToken() >= first && o.endToken() <= end);
                mentions.set(mentions.indexOf(m), MentionSpans.withBounds(doc, m, first, m.endToken()));
                return;
            }
            if (overlaps && (m.firstToken() < first || m.endToken() > end)) return;
        }
        mentions.removeIf(m -> m.firstToken() < end && m.endToken() > first);
        mentions.add(MentionSpans.of(doc, first, end, EntityType.LOCATION));
    }

    private static boolean glued(List<Token> tokens, int a, int b) {
        return tokens.get(a).end() == tokens.get(b).start();
    }

    private static boolean capitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    }
}
