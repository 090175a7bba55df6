package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
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
    private static final Pattern MARKERS = Pattern.compile("(?i)^(?:(?:copyright|©|\\(c\\))\\s*)+");
    private static final Pattern SEPARATED = Pattern.compile("\\s*\\|\\s*|\\s+[·•–—-]\\s+");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[\\s|·•–—-]+|[\\s|·•–—-]+$");
    /** Capitalised words (or a brand's "eBay", "iHeart"), with the small words and marks company names carry. */
    private static final Pattern NAME = Pattern.compile("\\p{L}?[\\p{Lu}\\d][\\p{L}\\d'’&.,®™()/-]*(?:\\s+(?:[\\p{Lu}\\d&(]"
            + "[\\p{L}\\d'’&.,®™()/-]*|of|the|and|for|de|du|des|la|le|von|van|der|und|et|y|e))*");
    /** Footer links that follow a copyright line and are no holder's name. */
    private static final Set<String> LINK_WORDS = Set.of("privacy", "policy", "terms", "cookies", "cookie",
            "sitemap", "contact", "rights", "reserved", "disclaimer", "imprint", "impressum");

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
        return new Notice(name(holder), dated);
    }

    /**
     * The holder's name out of what footers print around it: a second "Copyright", the links after a bar or a dash
     * ("Daily Planet | Privacy Policy"); null when what is left is no name (a phrase, a link label, a timestamp).
     */
    private static String name(String holder) {
        String name = SEPARATED.split(MARKERS.matcher(holder).replaceFirst(""), 2)[0];
        name = EDGE_MARKS.matcher(name).replaceAll("");
        if (name.isEmpty() || !NAME.matcher(name).matches()) return null;
        for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (LINK_WORDS.contains(word)) return null;
        }
        return name;
    }
}
