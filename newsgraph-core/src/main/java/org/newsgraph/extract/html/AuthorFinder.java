package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Chooses the article's authors among what the page declares: JSON-LD persons, author meta tags, the visible
 * byline, and last JSON-LD organisations (an organisation byline is kept when it is all there is). Every source's
 * strings go through {@link AuthorNames}, so "By A and B" declared anywhere becomes two names.
 */
final class AuthorFinder {

    private static final String[] META_KEYS = {
            "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "byl"};
    /** Library-catalogue tags, which write names inverted ("Doe, Jane"). */
    private static final String[] CATALOGUE_KEYS = {"citation_author", "dc.creator", "dcterms.creator"};

    private AuthorFinder() {
    }

    static List<String> find(Document doc, MetaTags meta, JsonLd ld) {
        List<String> names = names(ld.persons());
        if (!names.isEmpty()) return names;
        names = names(meta.all(META_KEYS));
        if (!names.isEmpty()) return names;
        names = names(meta.all(CATALOGUE_KEYS).stream().map(AuthorFinder::uninvert).toList());
        if (!names.isEmpty()) return names;
        names = Bylines.find(doc);
        if (!names.isEmpty()) return names;
        return names(ld.organizations());
    }

    /** Library-style "Doe, Jane" (as citation meta tags write it) to "Jane Doe"; other strings unchanged. */
    static String uninvert(String raw) {
        return raw.matches("[\\p{Lu}][\\p{L}'’-]+,\\s*[\\p{Lu}][\\p{L}.'’ -]*")
                && !raw.contains(" and ") ? raw.replaceFirst("^([^,]+),\\s*(.+)$", "$2 $1") : raw;
    }

    private static List<String> names(List<String> raws) {
        List<String> out = new ArrayList<>();
        for (String raw : raws) {
            for (String n : AuthorNames.split(raw, true)) {
                if (out.stream().noneMatch(n::equalsIgnoreCase)) out.add(n);
            }
        }
        return out;
    }
}
