package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops words SUTime reads as times where they are not: "second" as an ordinal ("a second aircraft"), "fall" as a
 * noun ("the fall in prices"), "may" and "march" in lower case (the verbs: "this may help"), "once" in "once more"
 * and "once again" (a repetition, not a past time) and a unit word with no amount or pointer at all ("an exciting
 * day", "New Year"), which TIMEX3 would not mark as a duration.
 */
final class FalseAlarms {
    private static final Pattern SECOND = Pattern.compile("(?i)(a |the )?second");
    private static final Pattern FALL = Pattern.compile("(?i)(the )?fall");
    /** Words after which "fall" is the season: "in the fall", "by fall", "until fall". */
    private static final Set<String> SEASON_BEFORE = Set.of("in", "during", "by", "until", "till", "through",
            "since", "before", "after", "this", "last", "next", "early", "late", "mid", "each", "every");
    /**
     * Month names that are also verbs, written in lower case, as months never are in edited text, and ending the
     * expression ("this may", "may"; "by may 5" in a lower-case text keeps its day and stays).
     */
    private static final Pattern VERB_MONTH = Pattern.compile("(?:\\S+\\s+)?(may|march)");
    private static final Pattern ONCE = Pattern.compile("(?i)once");
    private static final Pattern BARE_UNIT = Pattern.compile("(?i)(day|week|month|year|hour|minute|decade)");

    private FalseAlarms() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            if (!falseAlarm(doc, t)) out.add(t);
        }
        return out;
    }

    private static boolean falseAlarm(NlpDocument doc, TimeExpression t) {
        if ("DURATION".equals(t.type()) && SECOND.matcher(t.text()).matches()) {
            Token next = Neighbours.after(doc, t.end());
            return next != null && next.pos() != null && (next.pos().startsWith("NN") || next.pos().startsWith("JJ")
                    || next.pos().equals("CD"));
        }
        if (FALL.matcher(t.text()).matches()) {
            Token before = Neighbours.before(doc, t.start());
            return before == null || !SEASON_BEFORE.contains(before.word().toLowerCase(Locale.ROOT));
        }
        if (VERB_MONTH.matcher(t.text()).matches()) return true;
        if (ONCE.matcher(t.text()).matches()) {
            Token next = Neighbours.after(doc, t.end());
            return next != null && (next.word().equalsIgnoreCase("more") || next.word().equalsIgnoreCase("again"));
        }
        return "DURATION".equals(t.type()) && BARE_UNIT.matcher(t.text()).matches();
    }
}
