package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SUTime values rewritten in TIMEX3's notation: UTC as "Z" ({@code T18:00Z}, not {@code T18:00+0000}) and a decade as
 * its first three digits ({@code 199} for "the 1990s", where SUTime writes {@code 199X}).
 */
final class TimexValues {
    private static final Pattern UTC = Pattern.compile("\\+00(?::?00)?$");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");

    private TimexValues() {
    }

    static List<TimeExpression> apply(List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            String value = t.value();
            if (value != null) {
                value = UTC.matcher(value).replaceFirst("Z");
                var decade = DECADE.matcher(value);
                if (decade.matches()) value = decade.group(1);
            }
            out.add(value == null || value.equals(t.value()) ? t
                    : new TimeExpression(t.text(), t.start(), t.end(), t.type(), value));
        }
        return out;
    }
}
