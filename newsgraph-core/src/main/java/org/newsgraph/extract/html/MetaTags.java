package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page by key: {@code name}, {@code property}, {@code itemprop} and {@code http-equiv}
 * all count as keys, lower-cased, since sites mix them freely ({@code <meta name="og:title">}). Values keep document
 * order; blank ones are dropped.
 */
final class MetaTags {

    private final Map<String, List<String>> byKey;

    private MetaTags(Map<String, List<String>> byKey) {
        this.byKey = byKey;
    }

    static MetaTags of(Document doc) {
        Map<String, List<String>> map = new HashMap<>();
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String attr : new String[] {"name", "property", "itemprop", "http-equiv"}) {
                String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(content);
            }
        }
        return new MetaTags(map);
    }

    /** The first value of the first key present, or null. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> values = byKey.get(key);
            if (values != null) return values.get(0);
        }
        return null;
    }

    /** Every value of every key given, in key order then document order. */
    List<String> all(String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) out.addAll(byKey.getOrDefault(key, List.of()));
        return out;
    }
}
