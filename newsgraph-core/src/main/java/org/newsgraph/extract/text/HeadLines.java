package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.extract.text.LineFact.Kind;

/**
 * Reads the one-line page head many templates print under the headline, "Outlet | 12 June 2025 | By Jane Doe":
 * pieces set apart by bars, bullets or spaced dashes, each of which is a date stamp, a byline or an outlet's name.
 * A line with any other piece (a clause, a number, a place) is not a head line, so prose is never taken for one.
 */
final class HeadLines {

    private static final int MAX_LINE = 150;
    private static final int MAX_PIECES = 5;
    private static final int MAX_OUTLET = 60;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s+[-–—]\\s+");
    /** Capitalised words with the small words outlet names carry ("The Times of India", "News & Star"). */
    private static final Pattern OUTLET = Pattern.compile(
            "(?:The\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.&-]*|of|the|and|on|&)){0,5}");

    private HeadLines() {
    }

    /**
     * The line's date (as {@link DateLines} reads it) with the names of its byline and its outlet, or null when it
     * is not a head line: one date, and a byline or an outlet beside it.
     */
    static LineFact read(String line) {
        if (line.length() > MAX_LINE) return null;
        String[] pieces = SEPARATOR.split(line);
        if (pieces.length < 2 || pieces.length > MAX_PIECES) return null;
        List<String> stamp = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String outlet = null;
        for (String piece : pieces) {
            if (piece.isEmpty()) continue;
            LineFact fact = LineClassifier.classify(piece);
            if (fact.is(Kind.BYLINE) && names.isEmpty()) {
                names.addAll(fact.names());
            } else if (DateLines.isStampPart(piece)) {
                stamp.add(piece);
            } else if (outlet == null && piece.length() <= MAX_OUTLET && OUTLET.matcher(piece).matches()) {
                outlet = piece;
            } else {
                return null;
            }
        }
        // without a byline, a name-shaped piece may be the author as well as the outlet, so the line is left alone
        if (names.isEmpty() && (outlet == null || PersonNames.isName(outlet))) return null;
        LineFact date = DateLines.read(String.join(" ", stamp));
        if (date == null) return null;
        return new LineFact(date.kind(), date.value(), names, outlet);
    }
}
