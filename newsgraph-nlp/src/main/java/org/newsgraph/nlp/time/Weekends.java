package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Places "the weekend" and "this weekend" by the tense of their sentence. SUTime gives both the weekend of the
 * reference's week, which from Monday to Friday is the coming one; but "two people were killed during the weekend"
 * in a Thursday article tells of the weekend just gone. A past tense takes the latest weekend begun by the
 * reference (on a Saturday or Sunday, that one); a future tense, a past saying's "would" ("police said the
 * roads would be closed over the weekend"), an unknown one or a habit ("the shops are closed
 * at the weekend") keeps SUTime's, which is the coming weekend or the one under way.
 */
final class Weekends {
    private static final Pattern WEEKEND = Pattern.compile("(?i)(?:the|this) weekend");
    private static final Pattern WEEK_VALUE = Pattern.compile("\\d{4}-W\\d{2}-WE");

    private Weekends() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times, String referenceDate) {
        if (referenceDate == null) return times;
        LocalDate ref = LocalDate.parse(referenceDate);
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            boolean weekend = WEEKEND.matcher(t.text()).matches() && t.value() != null
                    && WEEK_VALUE.matcher(t.value()).matches();
            boolean past = weekend && TenseAnchoring.namedTense(doc, t.start(), t.end()) < 0
                    && finitePast(doc, t.start()) && !presentAfter(doc, t.end());
            out.add(past ? new TimeExpression(t.text(), t.start(), t.end(), t.type(), lastBegun(ref)) : t);
        }
        return out;
    }

    /**
     * Whether the sentence holding {@code offset} has a verb in the simple past: a participle alone
     * ("the roads closed at the weekend") tells no past.
     */
    private static boolean finitePast(NlpDocument doc, int offset) {
        var sentence = Neighbours.sentence(doc, offset);
        if (sentence == null) return false;
        for (Token k = Neighbours.after(doc, sentence.start()); k != null && k.start() < sentence.end();
             k = Neighbours.after(doc, k.end())) {
            if ("VBD".equals(k.pos())) return true;
        }
        return false;
    }

    /**
     * Whether a verb in the present tense follows {@code end} in its clause (before a comma or semicolon): the
     * weekend is then any weekend of a habit even where the tagger read a participle before it as a past
     * ("patients admitted at the weekend face longer waits").
     */
    private static boolean presentAfter(NlpDocument doc, int end) {
        var sentence = Neighbours.sentence(doc, end - 1);
        if (sentence == null) return false;
        for (Token k = Neighbours.after(doc, end); k != null && k.start() < sentence.end();
             k = Neighbours.after(doc, k.end())) {
            if (k.word().equals(",") || k.word().equals(";")) return false;
            if ("VBZ".equals(k.pos()) || "VBP".equals(k.pos())) return true;
        }
        return false;
    }

    /** The ISO week of the latest weekend begun by the reference: a Saturday or Sunday is in its own weekend. */
    static String lastBegun(LocalDate ref) {
        LocalDate saturday = ref.with(DayOfWeek.SATURDAY); // within ref's ISO week, Monday to Sunday
        if (saturday.isAfter(ref)) saturday = saturday.minusWeeks(1);
        return String.format("%d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR),
                saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
