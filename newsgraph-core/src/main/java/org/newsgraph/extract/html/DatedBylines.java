package org.newsgraph.extract.html;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.DateNormalizer;
import org.newsgraph.extract.UnmarkedBylines;

/**
 * A line that is a byline with its date and nothing else, "Maria Kovalenko, 5 March 2026" or "Jane Doe and John Roe
 * · March 3, 2024 10:32": templates print it under the headline without a "By". Each name must have two to four
 * capitalised words and may be a person's ({@link UnmarkedBylines}), so a dateline's place ("Kyiv, 5 March 2026",
 * "NEW YORK, 5 March 2026") or the outlet ("Harbor Gazette, 5 March 2026") is not taken for an author.
 */
final class DatedBylines {

    private static final int MAX_LINE = 100;
    private static final String NAME = "\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’-]+)){1,3}";
    private static final Pattern NAMES = Pattern.compile("(?:(?i:by)\\s+)?(?<names>" + NAME
            + "(?:\\s*(?:,|&|\\band\\b)\\s*" + NAME + ")*)[\\s,|·•–—-]*");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");
    private static final Pattern TAIL = Pattern.compile("[\\s,.|·•()–—-]*");

    private DatedBylines() {
    }

    /** The names of the line when it is a dated byline, else empty. */
    static List<String> names(String line) {
        if (line.length() > MAX_LINE || line.chars().noneMatch(Character::isDigit)) return List.of();
        DateNormalizer.DateMatch date = DateNormalizer.find(line, DateNormalizer.NumericOrder.MONTH_FIRST);
        if (date == null || !TAIL.matcher(line.substring(date.end())).matches()) return List.of();
        Matcher m = NAMES.matcher(line.substring(0, date.start()));
        if (!m.matches()) return List.of();
        List<String> names = List.of(SEPARATORS.split(m.group("names")));
        return names.stream().allMatch(UnmarkedBylines::mayBePerson) ? names : List.of();
    }
}
