package org.newsgraph.nlp.quote;

import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.entity.ResolvedEntities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of an interview or transcript: a paragraph opening with a label ("((Ann Roe))", "ROE:")
 * starts a turn that lasts until the next labelled paragraph. "I" in a turn is its labelled speaker, not the last
 * person the answer happens to mention ("I studied the tools Neandertals made, and I predicted ...").
 */
final class InterviewTurns {
    private static final Pattern LABEL = Pattern.compile(
            "\\(\\(([^()\\n]{1,60})\\)\\)|([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\\s");

    /** A turn from {@code start} on, spoken by {@code person} (null: a label that names no person, "((WN))"). */
    record Turn(int start, Entity person) {
    }

    private final List<Turn> turns = new ArrayList<>();

    InterviewTurns(String text, ResolvedEntities entities) {
        int p = 0;
        while (p < text.length()) {
            int q = p;
            while (q < text.length() && Character.isWhitespace(text.charAt(q))) q++;
            Matcher m = LABEL.matcher(text).region(q, text.length());
            if (m.lookingAt()) {
                boolean brackets = m.group(1) != null;
                int g = brackets ? 1 : 2;
                Entity person = person(entities, m.start(g), m.end(g), m.group(g));
                // a label in capitals before a colon is a turn only when it names a person ("NOTE: ..." is none);
                // one in mixed case ("Ann Roe: I think ...") is as often a caption or a topic, and is not taken
                if (brackets || person != null) turns.add(new Turn(q, person));
            }
            int nl = text.indexOf('\n', q);
            p = nl < 0 ? text.length() : nl + 1;
        }
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
