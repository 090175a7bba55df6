package org.newsgraph.extract.text;

import java.util.regex.Pattern;
import org.newsgraph.extract.text.LineFact.Kind;

/**
 * Tag and link lists: a header ("More on:", "Tags:", "Related:") and the short lines under it, or the items after
 * its colon. Tag lists name the page's topics; link lists name other articles and are only set aside.
 */
final class NavigationLists {

    private static final int MAX_ITEMS = 30;
    private static final int MAX_TOPIC = 60;
    private static final int MAX_LINK = 160;
    private static final Pattern ITEM_SEPARATORS = Pattern.compile("\\s*[,;|•·]\\s*");

    private NavigationLists() {
    }

    /** Marks every list's items as navigation and returns how many lists there were. */
    static int apply(Layout layout) {
        int lists = 0;
        for (int i = 0; i < layout.size(); i++) {
            LineFact fact = layout.facts[i];
            boolean topical = fact.is(Kind.TOPIC_HEADER);
            if (!topical && !fact.is(Kind.LINK_HEADER)) continue;
            lists++;
            if (fact.value() != null) {
                if (topical) addTopics(layout, fact.value());
                continue;
            }
            int max = topical ? MAX_TOPIC : MAX_LINK;
            int j = i + 1;
            while (j < layout.size() && j - i <= MAX_ITEMS && isItem(layout, j, max)) {
                layout.roles[j] = Role.NAVIGATION;
                if (topical) layout.topics.add(stripBullet(layout.text(j)));
                j++;
            }
            i = j - 1;
        }
        return lists;
    }

    private static boolean isItem(Layout layout, int j, int max) {
        Role role = layout.roles[j];
        if (role != Role.PARAGRAPH && role != Role.LIST_ITEM && role != Role.NAVIGATION) return false;
        if (layout.facts[j].is(Kind.TOPIC_HEADER) || layout.facts[j].is(Kind.LINK_HEADER)) return false;
        String text = layout.text(j);
        return text.length() <= max && !text.endsWith(".") && !text.endsWith(":");
    }

    private static void addTopics(Layout layout, String items) {
        for (String item : ITEM_SEPARATORS.split(items)) {
            String topic = stripBullet(item);
            if (!topic.isEmpty() && topic.length() <= MAX_TOPIC) layout.topics.add(topic);
        }
    }

    private static String stripBullet(String s) {
        return s.replaceFirst("^(?:[•·▪◦●■►*#]|[-–—])\\s*", "").strip();
    }
}
