package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of a scrape, stripped. Scrapes put one paragraph per line, so a line is the unit every later
 * decision works on; {@code blankBefore} remembers whether a blank line separated it from the previous one, and
 * {@code number} where it stands in the input (1-based), so that a record cut from it can say where it came from.
 */
record ScrapeLine(String text, boolean blankBefore, int number) {

    /** Splits on any line break in one pass; blank lines only set the flag of the line after them. */
    static List<ScrapeLine> split(String input) {
        List<ScrapeLine> lines = new ArrayList<>();
        int n = input.length();
        int start = 0;
        boolean blank = false;
        int number = 1;
        while (start <= n) {
            int end = start;
            while (end < n && input.charAt(end) != '\n' && input.charAt(end) != '\r') end++;
            String text = input.substring(start, end).strip();
            if (text.isEmpty()) {
                blank = true;
            } else {
                lines.add(new ScrapeLine(text, blank, number));
                blank = false;
            }
            if (end < n && input.charAt(end) == '\r' && end + 1 < n && input.charAt(end + 1) == '\n') end++;
            start = end + 1;
            number++;
        }
        return lines;
    }
}
