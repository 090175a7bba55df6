package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What only an organisation is: "6PR was founded by an electrical company", "NATO was founded in 1949", "Okra's
 * subsidiary". A name the tagger left untagged before such a phrase is an organisation; before the passives only
 * a name in capitals or with digits (see {@link #acronym}). Phrases a person
 * can be the subject of are no cue ("Musk's stake", "Buffett's shares", "Brady was listed", "Zuckerberg's
 * employees"), and names the tagger typed keep their type: the first version of this rule took both and made people
 * organisations (docs/nlp.md, "ORG round").
 */
final class OrganisationCues {

    /** After "X was/is": passives whose subject is an organisation (or a place, which the tagger types). */
    private static final Set<String> PASSIVES = Set.of("founded", "co-founded", "headquartered", "incorporated");
    private static final Set<String> COPULAS = Set.of("is", "was");
    /** After "X's": what an organisation has and a person does not. */
    private static final Set<String> HOLDINGS = Set.of("subsidiary", "subsidiaries");

    private OrganisationCues() {
    }

    /** Untagged names right before an organisation cue, as token ranges. */
    static List<ClassNouns.Typed> find(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        boolean[] tagged = new boolean[tokens.size()];
        for (Mention m : mentions) for (int t = m.firstToken(); t < m.endToken(); t++) tagged[t] = true;
        List<ClassNouns.Typed> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (int t = s.firstToken() + 1; t + 1 < s.endToken(); t++) {
                String w = word(tokens, t), next = word(tokens, t + 1);
                boolean passive = COPULAS.contains(w) && PASSIVES.contains(next);
                boolean holding = (w.equals("'s") || w.equals("’s")) && HOLDINGS.contains(next);
                if (!(passive || holding) || tagged[t - 1]) continue;
                int first = t;
                while (first > s.firstToken() && !tagged[first - 1] && nameWord(tokens.get(first - 1))) first--;
                if (first == t || (passive && !acronym(tokens, first, t))) continue;
                out.add(new ClassNouns.Typed(first, t, EntityType.ORGANIZATION));
            }
        }
        return out;
    }

    /**
     * A proper noun, or a word of capitals and digits that taggers take for a common noun: call signs and channels
     * ("6PR", "MTV2").
     */
    static boolean nameWord(Token t) {
        String w = t.word();
        if (w.isEmpty() || EntityResolver.isNotName(w)) return false;
        if (t.pos() != null && t.pos().startsWith("NNP")) return Character.isLetterOrDigit(w.charAt(0));
        boolean capital = false, digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) capital = true;
            else if (Character.isDigit(c)) digit = true;
            else if (!Character.isLowerCase(c)) return false;
        }
        return capital && digit;
    }

    /**
     * A name in capitals or with digits ("NATO", "6PR"): what was founded or incorporated under such a name is an
     * organisation, while a capitalised word may be a faith, a state or a currency ("Christianity was founded in
     * Judea", "The Republic was founded in 1923", "Bitcoin was founded by ...").
     */
    private static boolean acronym(List<Token> tokens, int first, int end) {
        for (int t = first; t < end; t++) {
            String w = tokens.get(t).word();
            if (w.length() < 2 || !w.equals(w.toUpperCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static String word(List<Token> tokens, int t) {
        return tokens.get(t).word().toLowerCase(Locale.ROOT);
    }
}
