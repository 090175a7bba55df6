package org.newsgraph.extract.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks the headline as the page shows it. The declared titles (JSON-LD headline, {@code og:title},
 * {@code twitter:title}, {@code <title>}) tell which words the headline has; the {@code <h1>} that agrees with them
 * gives it as displayed. Without such an {@code <h1>}, the best declared title is used with a site-name part removed
 * (" | Site", " - Site", "Site: "), where the site name is known from the page or from its host name.
 */
final class Titles {

    /** Longer "site names" after a headline are a second headline or a section path. */
    private static final int MAX_SITE_NAME = 40;
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+|\\s*[|·•»]\\s*|::");
    private static final int MAX_TITLE = 400;
    private static final double MIN_SHARED = 0.4;
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "(?i)(^|[-_\\s])(logo|site-title|site-name|brand|widget|sidebar|menu|modal|popup)([-_\\s]|$)");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on",
            "for", "with", "by", "at", "from", "is", "are", "how", "what", "why", "your", "you", "this", "that");

    private Titles() {
    }

    /**
     * @param declared titles from metadata, best first (nulls allowed)
     * @param siteNames names the site goes by (og:site_name, publisher, application-name; nulls allowed)
     */
    static Headline pick(Document doc, List<String> declared, List<String> siteNames, String host) {
        List<String> titles = new ArrayList<>();
        for (String d : declared) {
            if (d != null && !d.isBlank() && d.length() <= MAX_TITLE) {
                titles.add(LeftoverReferences.decode(d.strip().replaceAll("\\s+", " ")));
            }
        }
        Set<String> sites = siteKeys(siteNames, host);
        Element heading = matchingHeading(doc, titles, sites);
        if (heading != null) return new Headline(heading.text().strip(), heading);
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && h1.text().isBlank()) h1 = null;
        for (String t : titles) {
            String stripped = stripSite(t, sites);
            if (!stripped.isEmpty()) return new Headline(stripped, h1);
        }
        return h1 == null ? new Headline(null, null) : new Headline(h1.text().strip(), h1);
    }

    /**
     * The headline's text, and the element showing it when one was found (else null); references a twice-escaped
     * page left in it decoded ({@link LeftoverReferences}).
     */
    record Headline(String text, Element element) {
        Headline {
            text = LeftoverReferences.decode(text);
        }
    }

    /**
     * The heading that best shares its words with a declared title: headings that are the site's name or sit in
     * navigation, asides or widgets are passed over, and at least {@link #MIN_SHARED} of a heading's content words
     * must occur in a declared title, since sites often show a variant of the headline they declare.
     */
    private static Element matchingHeading(Document doc, List<String> titles, Set<String> sites) {
        List<Set<String>> titleWords = new ArrayList<>();
        for (String t : titles) titleWords.add(contentWords(t));
        Element best = null;
        double bestScore = MIN_SHARED;
        for (Element h : doc.select("h1, [itemprop=headline]:not(meta), h2[class~=(?i)title|headline]")) {
            String text = h.text().strip();
            if (text.length() < 3 || text.length() > MAX_TITLE || isSite(text, sites) || inChrome(h)) continue;
            Set<String> hw = contentWords(text);
            if (hw.isEmpty()) continue;
            for (Set<String> tw : titleWords) {
                if (tw.isEmpty() || hw.size() * 2 < Math.min(tw.size(), 4)) continue;
                int shared = 0;
                for (String w : hw) {
                    if (tw.contains(w)) shared++;
                }
                double score = (double) shared / hw.size();
                if (score > bestScore || score == bestScore && best == null) {
                    best = h;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static boolean inChrome(Element h) {
        int depth = 0;
        for (Element a = h; a != null && depth < 8; a = a.parent(), depth++) {
            String tag = a.tagName();
            if (tag.equals("nav") || tag.equals("aside")) return true;
            if (CHROME_CLASS.matcher(a.className()).find()) return true;
        }
        return false;
    }

    private static Set<String> contentWords(String s) {
        Set<String> words = words(s);
        words.removeAll(STOP_WORDS);
        return words;
    }

    /**
     * The site's name as the page's {@code <title>} gives it after the headline shown on the page ("Port strike
     * halts grain exports - Coastline Times"), or null: only a short, capitalised last part after a separator, and
     * only when everything before it is the shown headline, so a headline with a dash of its own gives nothing.
     */
    static String siteAfterHeadline(String title, String headline) {
        if (title == null || headline == null || headline.isBlank()) return null;
        String t = title.strip().replaceAll("\\s+", " ");
        String h = headline.strip().replaceAll("\\s+", " ");
        if (!t.startsWith(h)) return null;
        Matcher sep = SEPARATOR.matcher(t);
        if (!sep.find(h.length()) || sep.start() != h.length()) return null;
        String site = t.substring(sep.end()).strip();
        if (site.isEmpty() || site.length() > MAX_SITE_NAME || !Character.isUpperCase(site.codePointAt(0))
                || SEPARATOR.matcher(site).find()) {
            return null;
        }
        return site;
    }

    /** Removes leading or trailing separator-delimited parts that are the site's name. */
    static String stripSite(String title, Set<String> sites) {
        List<int[]> cuts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) cuts.add(new int[] {m.start(), m.end()});
        if (cuts.isEmpty()) return title;
        String t = title;
        int[] last = cuts.get(cuts.size() - 1);
        if (isSite(title.substring(last[1]), sites)) t = title.substring(0, last[0]);
        int[] first = cuts.get(0);
        if (first[1] <= t.length() && first[0] < t.length() && isSite(t.substring(0, first[0]), sites)) {
            t = t.substring(first[1]);
        }
        return t.strip();
    }

    private static boolean isSite(String part, Set<String> sites) {
        String key = key(part);
        if (key.isEmpty()) return false;
        if (sites.contains(key)) return true;
        for (String s : sites) {
            if (s.length() >= 4 && (key.startsWith(s) || s.startsWith(key) && key.length() >= 4)) return true;
        }
        return false;
    }

    private static Set<String> siteKeys(List<String> siteNames, String host) {
        Set<String> keys = new HashSet<>();
        for (String s : siteNames) {
            if (s != null && !s.isBlank()) keys.add(key(s));
        }
        if (host != null) {
            String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
            String[] labels = h.split("\\.");
            keys.add(key(h));
            if (labels.length >= 2) keys.add(key(labels[labels.length - 2]));
            if (labels.length >= 3) keys.add(key(labels[labels.length - 3] + labels[labels.length - 2]));
        }
        keys.remove("");
        return keys;
    }

    /** Letters and digits only, lower-cased: "The Verge" and "theverge.com" meet at "theverge". */
    private static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (Character.isLetterOrDigit(ch)) sb.append(ch);
        }
        String k = sb.toString();
        return k.endsWith("com") && k.length() > 3 && s.toLowerCase(Locale.ROOT).contains(".com")
                ? k.substring(0, k.length() - 3) : k;
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }
}
