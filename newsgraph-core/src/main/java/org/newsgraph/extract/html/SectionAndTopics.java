package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Where a page is filed: its section (declared, its breadcrumb trail, or the label above its headline) and its topics
 * (tags and keywords).
 */
final class SectionAndTopics {

    private static final int MAX_TOPICS = 50;

    private SectionAndTopics() {
    }

    /**
     * @param headline the headline's element, above which a page may show its section's label, or null
     * @param site     the page's publisher, or null
     */
    static String section(MetaTags meta, JsonLd ld, String title, Element headline, String site) {
        String declared = meta.first("article:section", "og:article:section", "parsely-section", "section",
                "sailthru.section", "cxenseparse:recs:category");
        if (declared != null) return declared;
        if (!ld.sections().isEmpty()) return ld.sections().get(0);
        List<String> crumbs = new ArrayList<>(ld.breadcrumbs());
        if (!crumbs.isEmpty() && title != null && Titles.words(title).equals(Titles.words(crumbs.get(crumbs.size() - 1)))) {
            crumbs.remove(crumbs.size() - 1);
        }
        crumbs.removeIf(c -> c.equalsIgnoreCase("home") || c.equalsIgnoreCase("homepage"));
        return crumbs.isEmpty() ? SectionLabels.above(headline, site) : crumbs.get(crumbs.size() - 1);
    }

    /** Tags and keywords from meta tags and JSON-LD, deduplicated case-insensitively in order of appearance. */
    static List<String> topics(MetaTags meta, JsonLd ld) {
        Map<String, String> byKey = new LinkedHashMap<>();
        List<String> raw = new ArrayList<>(meta.all("article:tag", "og:article:tag"));
        for (String list : meta.all("news_keywords", "keywords", "parsely-tags", "sailthru.tags")) {
            raw.addAll(List.of(list.split("[,;]")));
        }
        raw.addAll(ld.keywords());
        for (String t : raw) {
            String topic = t.strip();
            if (topic.isEmpty() || topic.length() > 80 || topic.chars().noneMatch(Character::isLetter)) continue;
            byKey.putIfAbsent(topic.toLowerCase(Locale.ROOT), topic);
            if (byKey.size() == MAX_TOPICS) break;
        }
        return List.copyOf(byKey.values());
    }
}
