package org.newsgraph.nlp.quote;

import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.entity.ResolvedEntities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of an interview or transcript. A paragraph opening with a label starts a turn: a name ("((Ann Roe))",
 * "ROE:"), the one asking ("Q:", "Question:", "Interviewer:", "Reporter:", or a label in brackets naming no person:
 * "((WN))"), or the one answering ("A:", "Answer:"). A paragraph without a label after a question ("((WN)) : Why are
 * you running?") is the answer, as interviews whose questions were set in bold lose their answers' labels when scraped.
 * Whoever answers under "A:" or without a label is the interviewee: of the people the paragraph before the first
 * question names, the one named most before it ("Wikinews spoke to ... Sandra Jephcott, ... Jephcott is a veterinarian
 * ..."), the later one on a tie. "I" in a turn is its speaker, not the last person the answer happens to mention ("I studied the tools
 * Neandertals made, and I predicted ...").
 */
final class InterviewTurns {
    private static final Pattern LABEL = Pattern.compile(
            "\\(\\(([^()\\n]{1,60})\\)\\)(?:\\s*:)?"
                    + "|((?i:q|a|question|answer|interviewer|reporter)):\\s|([QA])\\.\\s"
                    + "|([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\\s"
                    + "|(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?):\\s");
    private static final Pattern ASKS = Pattern.compile("(?i)q|question|interviewer|reporter");

    enum Role {
        /** The interviewer's question. */
        ASKS,
        /** An answer of the interviewee the standfirst introduced. */
        ANSWERS,
        /** A turn its label names the speaker of. */
        SPEAKS
    }

    /**
     * A turn from {@code start} on, its words from {@code textStart} (after the label), spoken by {@code person}
     * (null: the interviewer, or an interviewee no one was introduced as); {@code label} is where the speaker is
     * named (the label, or for an answer without one the interviewee's last mention before the questions), or null,
     * {@code cue} the label's colon, or null, and {@code oneParagraph} whether the turn's words end with its first
     * paragraph.
     */
    record Turn(int start, int textStart, Entity person, Role role, Span label, Span cue, boolean oneParagraph) {
    }

    private final List<Turn> turns = new ArrayList<>();

    InterviewTurns(String text, ResolvedEntities entities) {
        int p = 0;
        Entity interviewee = null;
        Span introduced = null;
        boolean asked = false;
        Turn previous = null;
        boolean previousAsks = false;
        int questionsInARow = 0;
        while (p < text.length()) {
            int q = p;
            while (q < text.length() && Character.isWhitespace(text.charAt(q))) q++;
            int nl = text.indexOf('\n', q);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (q >= text.length()) break;
            Matcher m = LABEL.matcher(text).region(q, lineEnd);
            Turn turn = null;
            if (m.lookingAt()) {
                Role role = null;
                Entity person = null;
                int g = firstGroup(m);
                Span label = new Span(m.start(g), m.end(g));
                Span colon = colon(text, m, g);
                String name = m.group(g);
                if (g == 1) {
                    person = person(entities, m.start(g), m.end(g), name);
                    role = person != null ? Role.SPEAKS : Role.ASKS;
                } else if (g == 2 || g == 3) {
                    role = ASKS.matcher(name).matches() ? Role.ASKS : asked ? Role.ANSWERS : null;
                } else if (g == 4) {
                    // a label in capitals names a person or the one asking ("NOTE: ..." is neither)
                    person = person(entities, m.start(g), m.end(g), name);
                    role = person != null ? Role.SPEAKS : ASKS.matcher(name).matches() ? Role.ASKS : null;
                } else if (previousAsks) {
                    // one in mixed case ("Ann Roe: I think ...") is as often a caption or a topic, and is taken only
                    // as the answer to a question
                    person = person(entities, m.start(g), m.end(g), name);
                    role = person != null ? Role.SPEAKS : null;
                }
                if (role == Role.ASKS && !asked) {
                    asked = true;
                    Span[] intro = new Span[1];
                    interviewee = interviewee(entities, paragraphBefore(text, q), q, intro);
                    introduced = intro[0];
                }
                if (role == Role.ANSWERS) person = interviewee;
                // a turn labelled in brackets runs on over the paragraphs after it, as Wikinews writes interviews;
                // one labelled "A:" or "ROE:" is as often followed by the article's narration
                if (role != null) turn = new Turn(q, m.end(), person, role, label, colon, g != 1);
            } else if (previousAsks && questionsInARow == 1 && !text.substring(q, lineEnd).strip().endsWith("?")
                    && questionAt(text, previous.textStart(), q)) {
                // after questions in a row the scrape lost their answers, and what follows them is the narration
                // going on ("((WN)) How ...? / ((WN)) What ...? / On May 23 the party nominated ...")
                turn = new Turn(q, q, interviewee, Role.ANSWERS, introduced, null, false);
            }
            if (turn != null) {
                turns.add(turn);
                previous = turn;
                previousAsks = turn.role() == Role.ASKS;
                questionsInARow = previousAsks ? questionsInARow + 1 : 0;
            } else {
                previousAsks = false;
                questionsInARow = 0;
            }
            p = nl < 0 ? text.length() : nl + 1;
        }
    }

    /** Whether the question turn whose words run from {@code from} to {@code to} ends in a question mark. */
    private static boolean questionAt(String text, int from, int to) {
        return text.substring(from, to).strip().endsWith("?");
    }

    private static int firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return g;
        return 0;
    }

    /** The colon (or the full stop of "Q.") that closes the label, or null ("((Ann Roe)) I think ..."). */
    private static Span colon(String text, Matcher m, int g) {
        for (int c = m.end(g); c < m.end(); c++) {
            if (text.charAt(c) == ':' || text.charAt(c) == '.') return new Span(c, c + 1);
        }
        return null;
    }

    /** The turn that text offset {@code offset} lies in, or null outside an interview. */
    Turn at(int offset) {
        Turn found = null;
        for (Turn t : turns) {
            if (t.start() > offset) break;
            found = t;
        }
        return found;
    }

    List<Turn> turns() {
        return turns;
    }

    /**
     * Where the last paragraph before offset {@code at} that asks nothing starts: a question the scrape left without
     * its label (": Why are you running?") stands between the standfirst and the first labelled one.
     */
    private static int paragraphBefore(String text, int at) {
        int end = at;
        while (true) {
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            int start = text.lastIndexOf('\n', end - 1) + 1;
            if (start == 0 || !text.substring(start, end).endsWith("?")) return start;
            end = start;
        }
    }

    /**
     * The person named most before offset {@code before}, the later on a tie, among those the paragraph from {@code
     * lead} (the one leading to the questions: "Wikinews spoke to ...") names; its last mention in {@code at}. A
     * standfirst that ends on someone it does not name as a person ("Wikinews spoke with her by email") gives none.
     */
    private static Entity interviewee(ResolvedEntities entities, int lead, int before, Span[] at) {
        Entity best = null;
        int bestCount = 0, bestLast = -1;
        for (Entity e : entities.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            if (e.mentions().stream().noneMatch(s -> s.start() >= lead && s.start() < before)) continue;
            int count = 0, last = -1;
            Span lastSpan = null;
            for (Span s : e.mentions()) {
                if (s.start() >= before) continue;
                count++;
                if (s.start() > last) {
                    last = s.start();
                    lastSpan = s;
                }
            }
            if (count > bestCount || count == bestCount && count > 0 && last > bestLast) {
                best = e;
                bestCount = count;
                bestLast = last;
                at[0] = lastSpan;
            }
        }
        return best;
    }

    private static Entity person(ResolvedEntities entities, int start, int end, String label) {
        Entity named = entities.at(start, end);
        if (named != null) return named.type() == EntityType.PERSON ? named : null;
        String last = label.substring(label.lastIndexOf(' ') + 1);
        for (Entity e : entities.entities()) {
            String name = e.name();
            if (e.type() == EntityType.PERSON && name.substring(name.lastIndexOf(' ') + 1).equalsIgnoreCase(last)) {
                return e;
            }
        }
        return null;
    }
}
