package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of battles and awards that hold a place's, an organisation's or a person's name, which the tagger reads as
 * that name alone: "the Battle of Gettysburg", "the Siege of Petersburg", "the 2nd Battle of Fredericksburg" (the
 * place after a capitalised battle, siege or campaign and "of"), "the MTV Europe Music Award", "the 38th NAACP Image
 * Awards", "the Nobel Peace Prize", "the FA Cup" (the name before capitalised words that end in an award's noun). The
 * whole is one miscellaneous name, as CoNLL-style annotation has it, and the name inside is no mention of its own
 * there: it names the event or the prize, not where something happens or who acts. A lower-case "battle of Mosul" is
 * a description and keeps its place; so does "MTV's awards".
 */
final class EventNames {
    private static final Set<String> EVENTS = Set.of("Battle", "Battles", "Siege", "Campaign");
    private static final Set<String> AWARDS = Set.of("Award", "Awards", "Prize", "Prizes", "Trophy", "Cup", "Cups",
            "Bowl", "Medal");
    /** Words between a name and its award's noun: "MTV Europe [Music] Award", "Nobel [Peace] Prize". */
    private static final int MAX_BETWEEN = 3;
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)");

    private EventNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = MentionSpans.covered(tokens.size(), mentions);
        List<int[]> events = new ArrayList<>();
        for (Mention m : mentions) {
            int of = m.firstToken() - 1, event = of - 1;
            if (m.type() == EntityType.LOCATION && event >= MentionSpans.sentenceStart(doc, m.firstToken())
                    && tokens.get(of).word().equals("of") && EVENTS.contains(tokens.get(event).word())
                    && !covered[event]) {
                events.add(new int[]{withOrdinal(doc, covered, event), m.endToken()});
                continue;
            }
            int award = awardAfter(doc, mentions, m);
            if (award > 0) events.add(new int[]{withOrdinal(doc, covered, m.firstToken()), award});
        }
        if (events.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean inside = false;
            for (int[] e : events) inside |= m.firstToken() >= e[0] && m.endToken() <= e[1];
            if (!inside) out.add(m);
        }
        for (int[] e : events) out.add(MentionSpans.of(doc, e[0], e[1], EntityType.MISC));
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    /**
     * The end of an award's name that {@code m} opens: capitalised words right after it, none a person's, a place's
     * or an organisation's name of their own, up to an award's noun. Zero where there is none.
     */
    private static int awardAfter(NlpDocument doc, List<Mention> mentions, Mention m) {
        if (m.type() == EntityType.MISC) return 0;
        List<Token> tokens = doc.tokens();
        int sentence = doc.sentenceOf(m.firstToken());
        for (int t = m.endToken(); t < tokens.size() && t <= m.endToken() + MAX_BETWEEN; t++) {
            Token w = tokens.get(t);
            if (doc.sentenceOf(t) != sentence || w.word().isEmpty() || !Character.isUpperCase(w.word().charAt(0))
                    || otherName(mentions, t)) return 0;
            if (AWARDS.contains(w.word())) return t + 1;
        }
        return 0;
    }

    /** Whether a person's, a place's or an organisation's mention covers token {@code t}. */
    private static boolean otherName(List<Mention> mentions, int t) {
        for (Mention m : mentions) {
            if (m.firstToken() <= t && t < m.endToken() && m.type() != EntityType.MISC) return true;
        }
        return false;
    }

    /** {@code first}, or the ordinal right before it ("the 2nd Battle of ...", "the 38th ... Awards"). */
    private static int withOrdinal(NlpDocument doc, boolean[] covered, int first) {
        List<Token> tokens = doc.tokens();
        return first > 0 && !covered[first - 1] && ORDINAL.matcher(tokens.get(first - 1).word()).matches()
                && doc.sentenceOf(first - 1) == doc.sentenceOf(first) ? first - 1 : first;
    }
}
