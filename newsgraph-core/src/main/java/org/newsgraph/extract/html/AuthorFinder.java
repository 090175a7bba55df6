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
            "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "parsely-author",
            "sailthru.author", "byl", "citation_author", "twitter:data1:author"};

    private AuthorFinder() {
    }

    static List<String> find(Document doc, MetaTags meta, JsonLd ld) {
        List<String> names = names(ld.persons());
        if (!names.isEmpty()) return names;
        names = names(meta.all(META_KEYS));
        if (!names.isEmpty()) return names;
        names = Bylines.find(doc);
        if (!names.isEmpty()) return names;
        return names(ld.organizations());
    }

    private static List<String> names(List<String> raws) {
        List<String> out = new ArrayList<>();
        for (String raw : raws) {
            for (String n : AuthorNames.split(raw)) {
                if (out.stream().noneMatch(n::equalsIgnoreCase)) out.add(n);
            }
        }
        return out;
    }
}
