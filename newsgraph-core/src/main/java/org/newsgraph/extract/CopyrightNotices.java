package org.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a copyright line ("© 2024 Daily Planet. All rights reserved.", "Copyright: Project Syndicate") into its
 * holder. Scrapes and HTML pages close with the same notices, so both read them here.
 */
public final class CopyrightNotices {

    private static final Pattern COPYRIGHT = Pattern.compile("(?:copyright|©|\\(c\\))\\s*(?::\\s*)?(?<holder>.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS = Pattern.compile("(?:©\\s*)?\\b(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2})?\\b");
    private static final int MAX_HOLDER = 80;

    /**
     * @param holder who holds the rights, or null when the notice names nobody
     * @param dated  whether the notice carries a year: a dated notice is the site's own footer and names the
     *               publisher; an undated credit ("Copyright: Project Syndicate") is how syndicators mark a piece
     *               they supplied, so it names the source
     */
    public record Notice(String holder, boolean dated) {
    }

    private CopyrightNotices() {
    }

    /** The line as a copyright notice, or null when it is not one (or its "holder" reads as a sentence). */
    public static Notice read(String line) {
        Matcher m = COPYRIGHT.matcher(line);
        if (!m.matches()) return null;
        String rest = m.group("holder");
        boolean dated = YEARS.matcher(rest).find();
        String holder = YEARS.matcher(rest).replaceAll(" ");
        int rights = holder.toLowerCase(Locale.ROOT).indexOf("all rights reserved");
        if (rights >= 0) holder = holder.substring(0, rights);
        holder = holder.replaceAll("^[\\s©,.:]+|[\\s,.;:]+$", "").replaceAll("\\s+", " ");
        int sentence = holder.indexOf(". ");
        if (sentence > 0) holder = holder.substring(0, sentence);
        if (holder.length() > MAX_HOLDER || (!holder.isEmpty() && Character.isLowerCase(holder.charAt(0)))) return null;
        return new Notice(holder.isEmpty() ? null : holder, dated);
    }
}
