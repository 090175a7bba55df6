package org.newsgraph.extract.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The headline at the top of a scrape, its repeats (scrapes often carry the page title and the article heading),
 * and the dek under it.
 */
final class Titles {

    private static final int MAX_DEK = 320;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Share of a dek's words its article repeats when the dek is a summary of the lede. */
    private static final double DEK_ECHO = 0.6;

    private Titles() {
    }

    /** Finds the headline and marks its repeats. */
    static void headline(Layout layout) {
        int first = layout.next(0, Role.PARAGRAPH);
        if (first < 0 || !Shapes.looksLikeHeadline(layout.text(first)) || !hasHeadBefore(layout, first)) return;
        String key = key(layout.text(first));
        int following = -1;
        int maxRepeat = layout.text(first).length() * 2;
        for (int i = first + 1; i < layout.size(); i++) {
            if (layout.roles[i] != Role.PARAGRAPH) continue;
            if (layout.text(i).length() <= maxRepeat && key(layout.text(i)).equals(key)) {
                layout.roles[i] = Role.REPEATED_TITLE;
            } else if (following < 0) {
                following = i;
            }
        }
        if (following < 0) return;
        layout.roles[first] = Role.TITLE;
        layout.title = layout.text(first);
    }

    /** Only lines the parser sets aside anyway (section, date, interface) may come before a title. */
    private static boolean hasHeadBefore(Layout layout, int first) {
        for (int i = 0; i < first; i++) {
            if (layout.roles[i] == Role.LIST_ITEM || layout.roles[i] == Role.QUOTE) return false;
        }
        return true;
    }

    /**
     * The first paragraph under the title is a dek when it is short and either stands apart from the body (a
     * byline, date or photo follows it) or is echoed by the paragraph after it, as summaries of the lede are.
     */
    static void dek(Layout layout) {
        int title = layout.next(0, Role.TITLE);
        if (title < 0) return;
        int candidate = title + 1;
        while (candidate < layout.size() && !layout.is(candidate, Role.PARAGRAPH)) {
            Role between = layout.roles[candidate];
            if (between != Role.REPEATED_TITLE && between != Role.SECTION && between != Role.INTERFACE) return;
            candidate++;
        }
        if (candidate >= layout.size()) return;
        String text = layout.text(candidate);
        if (text.length() > MAX_DEK) return;
        int next = candidate + 1;
        while (next < layout.size() && layout.roles[next] == Role.REPEATED_TITLE) next++;
        if (next >= layout.size()) return;
        int body = layout.next(next, Role.PARAGRAPH);
        if (body < 0) return;
        Role after = layout.roles[next];
        boolean apart = after == Role.BYLINE || after == Role.DATE || after == Role.CREDIT || after == Role.CAPTION
                || after == Role.SECTION;
        Set<String> words = ContentWords.of(text);
        boolean echoed = !words.isEmpty() && share(words, ContentWords.of(layout.text(body))) >= DEK_ECHO;
        if (apart || echoed) {
            layout.roles[candidate] = Role.SUBTITLE;
            layout.subtitle = text;
        }
    }

    private static double share(Set<String> words, Set<String> in) {
        int shared = 0;
        for (String w : words) {
            if (in.contains(w)) shared++;
        }
        return shared / (double) words.size();
    }

    private static String key(String line) {
        return SPACES.matcher(line.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
