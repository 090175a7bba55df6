package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places bare weekdays and month names ("on Friday", "in April", "last September") by the tense of their sentence:
 * SUTime picks one direction for them regardless of tense, while news reports "Friday" in the past tense for the
 * Friday just gone and in the future tense for the one to come. Also writes UTC as TIMEX3's "Z".
 */
final class TenseAnchoring {
    private static final Pattern BARE = Pattern.compile("(?i)(?:on |in |last |this )?(monday|tuesday|wednesday|thursday"
            + "|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october"
            + "|november|december)");
    private static final Pattern UTC = Pattern.compile("\\+00(?::?00)?$");

    private TenseAnchoring() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times, String referenceDate) {
        LocalDate ref = referenceDate == null ? null : LocalDate.parse(referenceDate);
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            String value = t.value();
            if (value != null) value = UTC.matcher(value).replaceFirst("Z");
            Matcher m = BARE.matcher(t.text());
            if (ref != null && m.matches()) {
                int tense = tense(doc, t.start());
                boolean last = t.text().toLowerCase(Locale.ROOT).startsWith("last ");
                String placed = place(m.group(1).toLowerCase(Locale.ROOT), last ? -1 : tense, ref);
                if (placed != null) value = placed;
            }
            out.add(value == null || value.equals(t.value()) ? t
                    : new TimeExpression(t.text(), t.start(), t.end(), t.type(), value));
        }
        return out;
    }

    /** Past (-1) places the name at or before the reference, future (+1) at or after it; 0 leaves SUTime's value. */
    private static String place(String name, int tense, LocalDate ref) {
        if (tense == 0) return null;
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) {
                int diff = d.getValue() - ref.getDayOfWeek().getValue();
                if (tense < 0 && diff > 0) diff -= 7;
                if (tense > 0 && diff < 0) diff += 7;
                return ref.plusDays(diff).toString();
            }
        }
        Month month = Month.valueOf(name.toUpperCase(Locale.ROOT));
        int year = ref.getYear();
        if (tense < 0 && month.getValue() > ref.getMonthValue()) year--;
        if (tense > 0 && month.getValue() < ref.getMonthValue()) year++;
        return String.format("%d-%02d", year, month.getValue());
    }

    /** -1 past, +1 future, 0 when the sentence around {@code offset} shows neither (or both). */
    static int tense(NlpDocument doc, int offset) {
        for (var s : doc.sentences()) {
            if (s.span().start() > offset || s.span().end() < offset) continue;
            boolean future = false, past = false;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = doc.tokens().get(i);
                String w = t.word().toLowerCase(Locale.ROOT);
                if (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("tomorrow")) future = true;
                if ("VBD".equals(t.pos()) || w.equals("yesterday") || w.equals("ago")) past = true;
            }
            return future == past ? 0 : future ? 1 : -1;
        }
        return 0;
    }
}
