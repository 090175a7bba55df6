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
 * Names of battles, treaties, wars, operations and awards that hold a place's, an organisation's or a person's name,
 * which the tagger reads as that name alone: "the Battle of Gettysburg", "the Siege of Petersburg", "the 2nd Battle
 * of Fredericksburg", "the Battle of Rorke's Drift", "the Treaty of Ghent" (the place or person-like name after a
 * capitalised battle, siege, campaign or treaty and "of"), "the Appomattox Campaign", "the Bangladesh Liberation
 * War", "the Beijing Olympic Games" (a place before capitalised words that end in a war's, a campaign's or games'
 * noun), "Operation Market Garden" (a capitalised "Operation" and the capitalised words after it), "the MTV Europe
 * Music Award", "the 38th NAACP Image Awards", "the Nobel Peace Prize", "the FA Cup" (the name before capitalised
 * words that end in an award's noun). The whole is one miscellaneous name, as CoNLL-style annotation has it, and the
 * name inside is no mention of its own there: it names the event or the prize, not where something happens or who
 * acts. A lower-case "battle of Mosul" or "Iraq war" is a description and keeps its place; so do "MTV's awards", a
 * body the tagger found inside an operation's words ("Operation Smile" read as an organisation) and an operation's
 * room or office ("the Emergency Operation Centre").
 */
final class EventNames {
    private static final Set<String> EVENTS = Set.of("Battle", "Battles", "Siege", "Campaign", "Treaty");
    /** Nouns that end an event's name after the place it is named by ("the Appomattox Campaign"). */
    private static final Set<String> EVENT_NOUNS = Set.of("War", "Campaign", "Games", "Olympics");
    /** Last words of a body's or a room's name, not an operation's ("the Operation Centre"). */
    private static final Set<String> NOT_OPERATIONS = Set.of("Centre", "Center", "Room", "Office", "Unit");
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
            int event = eventBefore(doc, covered, m);
            if (event >= 0) {
                events.add(new int[]{withOrdinal(doc, covered, event), possessiveEnd(doc, m.endToken())});
                continue;
            }
            int[] operation = operationAt(doc, mentions, m);
            if (operation != null) {
                events.add(operation);
                continue;
            }
            int end = m.type() == EntityType.LOCATION ? nounAfter(doc, mentions, m, EVENT_NOUNS, true) : 0;
            if (end == 0) end = nounAfter(doc, mentions, m, AWARDS, false);
            if (end == 0 && endsInEventNoun(doc, m)) end = m.endToken();
            if (end > 0) events.add(new int[]{withOrdinal(doc, covered, m.firstToken()), end});
        }
        if (events.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean inside = false;
            for (int[] e : events) inside |= m.firstToken() >= e[0] && m.endToken() <= e[1];
            if (!inside) out.add(m);
        }
        for (int[] e : events) {
            out.removeIf(o -> o.firstToken() < e[1] && o.endToken() > e[0] && o.type() == EntityType.MISC);
            out.add(MentionSpans.of(doc, e[0], e[1], EntityType.MISC));
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    /**
     * The capitalised battle, siege, campaign or treaty right before "of" ["the"] and the place or person {@code m},
     * or -1. A person-like name counts too: the tagger reads an unknown ford or town after "Battle of" as a person
     * ("the Battle of Kessel Ford").
     */
    private static int eventBefore(NlpDocument doc, boolean[] covered, Mention m) {
        if (m.type() != EntityType.LOCATION && m.type() != EntityType.PERSON) return -1;
        List<Token> tokens = doc.tokens();
        int of = m.firstToken() - 1;
        int start = MentionSpans.sentenceStart(doc, m.firstToken());
        if (of > start && tokens.get(of).word().equals("the")) of--;
        int event = of - 1;
        return event >= start && tokens.get(of).word().equals("of") && EVENTS.contains(tokens.get(event).word())
                && !covered[event] ? event : -1;
    }

    /** {@code end}, or past a possessive and the capitalised words after it ("Battle of Rorke's Drift"). */
    private static int possessiveEnd(NlpDocument doc, int end) {
        List<Token> tokens = doc.tokens();
        if (end + 1 >= tokens.size() || !tokens.get(end).word().equals("'s") || !capitalised(tokens.get(end + 1))
                || !MentionSpans.sameSentence(doc, end - 1, end + 1)) return end;
        int e = end + 1;
        while (e < tokens.size() && capitalised(tokens.get(e)) && MentionSpans.sameSentence(doc, end, e)) e++;
        return e;
    }

    /**
     * The first and end token of an operation's name that {@code m} is part of: a capitalised "Operation" and the
     * capitalised words after it, among them the tagger's person or place {@code m} and no organisation ("Operation
     * Market Garden", "Operation Harvest Moon"); null where there is none. The first mention of the run decides, so
     * each run is taken once.
     */
    private static int[] operationAt(NlpDocument doc, List<Mention> mentions, Mention m) {
        if (m.type() != EntityType.LOCATION && m.type() != EntityType.PERSON) return null;
        List<Token> tokens = doc.tokens();
        int op = m.firstToken();
        if (!tokens.get(op).word().equals("Operation")) {
            op = m.firstToken() - 1;
            while (op >= 0 && MentionSpans.sameSentence(doc, op, m.firstToken()) && capitalised(tokens.get(op))
                    && !tokens.get(op).word().equals("Operation")) op--;
            if (op < 0 || !MentionSpans.sameSentence(doc, op, m.firstToken())
                    || !tokens.get(op).word().equals("Operation")) return null;
        }
        int end = op + 1;
        while (end < tokens.size() && capitalised(tokens.get(end)) && MentionSpans.sameSentence(doc, op, end)) end++;
        if (end == op + 1 || end < m.endToken() || NOT_OPERATIONS.contains(tokens.get(end - 1).word())
                || OrganisationNames.isHeadWord(tokens.get(end - 1).word())) return null;
        for (Mention o : mentions) {
            if (o.firstToken() < end && o.endToken() > op) {
                if (o.type() == EntityType.ORGANIZATION) return null;
                if (o != m && o.type() != EntityType.MISC && o.firstToken() < m.firstToken()) return null;
            }
        }
        return new int[]{op, end};
    }

    /** Whether the tagger's place is itself a war's or campaign's name ("Grant's Overland Campaign"). */
    private static boolean endsInEventNoun(NlpDocument doc, Mention m) {
        if (m.type() != EntityType.LOCATION || m.endToken() - m.firstToken() < 2) return false;
        for (int t = m.firstToken(); t < m.endToken(); t++) {
            if (doc.tokens().get(t).word().equals("of")) return false;
        }
        String last = doc.tokens().get(m.endToken() - 1).word();
        return last.equals("War") || last.equals("Campaign");
    }

    private static boolean capitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    }

    /**
     * The end of a name that {@code m} opens and one of {@code nouns} closes: capitalised words right after it, none a
     * person's, a place's or an organisation's name of their own, up to the noun. Where {@code last}, the noun must
     * end the capitalised words ("the Iraq War", not "the Imperial War Museum"). Zero where there is none.
     */
    private static int nounAfter(NlpDocument doc, List<Mention> mentions, Mention m, Set<String> nouns,
                                 boolean last) {
        if (m.type() == EntityType.MISC) return 0;
        List<Token> tokens = doc.tokens();
        int sentence = doc.sentenceOf(m.firstToken());
        for (int t = m.endToken(); t < tokens.size() && t <= m.endToken() + MAX_BETWEEN; t++) {
            Token w = tokens.get(t);
            if (doc.sentenceOf(t) != sentence || !capitalised(w) || otherName(mentions, t)) return 0;
            if (nouns.contains(w.word())) {
                boolean runsOn = t + 1 < tokens.size() && doc.sentenceOf(t + 1) == sentence
                        && capitalised(tokens.get(t + 1));
                return last && runsOn ? 0 : t + 1;
            }
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
