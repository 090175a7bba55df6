package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Undoes hard wrapping. Text dumps of pages (lynx, w3m, e-mail) break paragraphs into lines of a fixed width and
 * separate paragraphs with blank lines; such a scrape is recognised by its narrow, full lines that run on into a
 * next line starting in lower case, and its lines are joined back into paragraphs. One-paragraph-per-line scrapes
 * have long lines and are left alone.
 */
final class HardWraps {

    private static final int MAX_WRAP_WIDTH = 120;
    /** A line at least this share of the wrap width was broken by the wrapper, not by the author. */
    private static final double FULL_LINE = 0.6;
    private static final int MIN_WRAPPED_LINES = 3;
    private static final double MIN_FULL_SHARE = 0.6;
    private static final double MIN_LOWERCASE_RUN_ON = 0.3;
    private static final Pattern BULLET = Pattern.compile("(?:[•·▪◦●■►*>]|[-–—]|\\d{1,2}[.)])\\s.*");

    private HardWraps() {
    }

    static List<ScrapeLine> unwrap(List<ScrapeLine> lines) {
        int width = width(lines);
        if (width == 0 || !isWrapped(lines, width)) return lines;
        List<ScrapeLine> joined = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean blankBefore = false;
        int number = 0;
        for (int i = 0; i < lines.size(); i++) {
            ScrapeLine line = lines.get(i);
            boolean runsOn = i > 0 && !line.blankBefore() && lines.get(i - 1).text().length() >= width * FULL_LINE
                    && !BULLET.matcher(line.text()).matches();
            if (runsOn) {
                paragraph.append(' ').append(line.text());
                continue;
            }
            if (i > 0) joined.add(new ScrapeLine(paragraph.toString(), blankBefore, number));
            paragraph.setLength(0);
            paragraph.append(line.text());
            blankBefore = line.blankBefore();
            number = line.number();
        }
        if (!lines.isEmpty()) joined.add(new ScrapeLine(paragraph.toString(), blankBefore, number));
        return joined;
    }

    /** The width lines were wrapped at: the 95th percentile of line lengths, or 0 when lines are too long. */
    private static int width(List<ScrapeLine> lines) {
        int[] counts = new int[MAX_WRAP_WIDTH + 2];
        for (ScrapeLine l : lines) counts[Math.min(l.text().length(), MAX_WRAP_WIDTH + 1)]++;
        int rank = (int) Math.ceil(lines.size() * 0.95);
        int seen = 0;
        for (int len = 0; len < counts.length; len++) {
            seen += counts[len];
            if (seen >= rank) return len > MAX_WRAP_WIDTH ? 0 : len;
        }
        return 0;
    }

    private static boolean isWrapped(List<ScrapeLine> lines, int width) {
        int runOns = 0;
        int full = 0;
        int lowercase = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            ScrapeLine next = lines.get(i + 1);
            if (next.blankBefore()) continue;
            runOns++;
            if (lines.get(i).text().length() >= width * FULL_LINE) full++;
            if (Character.isLowerCase(next.text().codePointAt(0))) lowercase++;
        }
        return full >= MIN_WRAPPED_LINES && full >= runOns * MIN_FULL_SHARE && lowercase >= runOns * MIN_LOWERCASE_RUN_ON;
    }
}
