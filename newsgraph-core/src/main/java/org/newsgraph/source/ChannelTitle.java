package org.newsgraph.source;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed's title taken apart into its publisher and section where the feed's own link says which part is which:
 * "Wearside Courier - Courts" at wearsidecourier.example is the publisher "Wearside Courier" and its section
 * "Courts", as "World news | The Guardian" at theguardian.com is "The Guardian" and "World news". Without a link, or
 * when neither part is the link's site name, the title stays whole: a feed called "Politics - Analysis" names no
 * publisher to tell apart.
 *
 * @param publisher the publisher's name (the whole title when it was not taken apart)
 * @param section   the section, or null
 */
record ChannelTitle(String publisher, String section) {

    /** One separator between two parts, as channel titles put it: spaced dashes, bars, colons, chevrons. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—:|»>/·•]\\s+|\\s*[|»·•]\\s*");

    /** Sections are a few words ("Courts", "UK Politics"); a longer part is a tagline, not a section. */
    private static final int MAX_SECTION_WORDS = 4;

    /** Second-level domains under a country's (bbc.co.uk, abc.net.au), below which the site's own label sits. */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or");

    static ChannelTitle of(String title, String link) {
        if (title == null) return new ChannelTitle(null, null);
        String site = siteLabel(link);
        Matcher m = SEPARATOR.matcher(title);
        if (site == null || !m.find()) return new ChannelTitle(title, null);
        String before = title.substring(0, m.start()).strip();
        String after = title.substring(m.end()).strip();
        if (m.find() || before.isEmpty() || after.isEmpty()) return new ChannelTitle(title, null);
        boolean firstIsSite = names(before, site);
        boolean lastIsSite = names(after, site);
        if (firstIsSite == lastIsSite) return new ChannelTitle(title, null);
        String section = firstIsSite ? after : before;
        if (section.split("\\s+").length > MAX_SECTION_WORDS) return new ChannelTitle(title, null);
        return new ChannelTitle(firstIsSite ? before : after, section);
    }

    /**
     * Whether a part of the title is the site's name: its letters and digits, run together, are the host's label
     * ("Wearside Courier" for wearsidecourier) or, without a leading "The", begin it ("BBC News" is not "bbc", but
     * "BBC" is; "The Guardian" is theguardian).
     */
    private static boolean names(String part, String site) {
        String letters = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (letters.isEmpty()) return false;
        String withoutThe = letters.startsWith("the") && !site.startsWith("the") ? letters.substring(3) : letters;
        return letters.equals(site) || withoutThe.equals(site) || letters.length() >= 3 && site.startsWith(letters)
                || letters.startsWith(site) && letters.length() - site.length() <= "news".length();
    }

    /** The label of the link's host that names the site: "wearsidecourier" of www.wearsidecourier.example. */
    private static String siteLabel(String link) {
        if (link == null || link.isBlank()) return null;
        String host;
        try {
            host = URI.create(link.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) return null;
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int i = labels.length >= 2 ? labels.length - 2 : 0;
        // co.uk, com.au: the label before the second-level domain
        if (i > 0 && SECOND_LEVEL.contains(labels[i]) && labels[labels.length - 1].length() == 2) i--;
        if (labels[i].equals("www") || labels[i].equals("feeds") || labels[i].equals("rss")) return null;
        return labels[i].replace("-", "");
    }
}
