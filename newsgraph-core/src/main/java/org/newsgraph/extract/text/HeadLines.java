package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.extract.UnmarkedBylines;
import org.newsgraph.extract.text.LineFact.Kind;

/**
 * Reads the one-line page head many templates print under the headline, "Outlet | 12 June 2025 | By Jane Doe":
 * pieces set apart by bars, bullets or spaced dashes, each of which is a date stamp, a byline or an outlet's name.
 * A line with any other piece (a clause, a number, a place) is not a head line, so prose is never taken for one.
 * Commas and full stops set such pieces apart too ("Outlet, 12 June 2025, by Jane Doe"), but they also join a
 * dateline's place to its date ("Kyiv, 12 June 2025"), so a line they alone divide counts only with its byline. A
 * byline may go without "By" ("Jane Doe | 12 June 2025") when its name can be a person's ({@link UnmarkedBylines}).
 */
final class HeadLines {

    private static final int MAX_LINE = 150;
    private static final int MAX_PIECES = 5;
    private static final int MAX_OUTLET = 60;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s+[-–—]\\s+");
    /**
     * A comma or full stop between pieces, not one inside a date ("March 3, 2024", "30. Oktober") or after an
     * abbreviated month, a title or an initial ("Oct. 30", "Dr. Jane Roe", "J. Doe").
     */
    private static final Pattern SOFT_SEPARATOR = Pattern.compile(",\\s+(?!\\d{4}\\b)|(?<!\\b(?:\\p{L}|\\d{1,2}"
            + "|(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mrs?|ms|dr|st|jr|sr)))\\.\\s+");
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
        boolean soft = !SEPARATOR.matcher(line).find();
        String[] pieces = soft ? SOFT_SEPARATOR.split(line.endsWith(".") ? line.substring(0, line.length() - 1) : line)
                : SEPARATOR.split(line);
        if (pieces.length < 2 || pieces.length > MAX_PIECES) return null;
        List<String> stamp = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String outlet = null;
        for (String piece : pieces) {
            if (piece.isEmpty()) continue;
            LineFact fact = LineClassifier.classify(piece);
            if (fact.is(Kind.BYLINE) && names.isEmpty()) {
                names.addAll(fact.names());
            } else if (soft && !names.isEmpty() && PersonNames.isName(piece)) {
                // commas list a byline's further names as well as the line's pieces: "by Jane Doe, John Roe"
                names.add(piece);
            } else if (DateLines.isStampPart(piece)) {
                stamp.add(piece);
            } else if (outlet == null && piece.length() <= MAX_OUTLET && OUTLET.matcher(piece).matches()) {
                outlet = piece;
            } else {
                return null;
            }
        }
        if (names.isEmpty() && outlet != null && PersonNames.isName(outlet)) {
            // an unmarked byline ("Jane Doe, 5 March 2026") unless the name reads as an outlet's or a place's
            if (!UnmarkedBylines.mayBePerson(outlet)) return null;
            names.add(outlet);
            outlet = null;
        }
        // a line only commas and full stops divide may be a dateline, its place no outlet
        if (names.isEmpty() && (soft || outlet == null)) return null;
        LineFact date = DateLines.read(String.join(" ", stamp));
        if (date == null) return null;
        return new LineFact(date.kind(), date.value(), names, outlet);
    }
}
