package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Chooses the article's authors among what the page declares: JSON-LD persons, author meta tags, the visible
 * byline, and last JSON-LD organisations (an organisation byline is kept when it is all there is). Every source's
 * strings go through {@link AuthorNames}, so "By A and B" declared anywhere becomes two names. A source that names
 * only a collective ("Coastline Times Staff", "Newsroom") yields to a later one naming people: templates fill the
 * author tag with the desk while the visible byline names the reporters.
 */
final class AuthorFinder {

    private static final String[] META_KEYS = {
            "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "byl", "byline"};
    /** Library-catalogue tags, which write names inverted ("Doe, Jane"). */
    private static final String[] CATALOGUE_KEYS = {"citation_author", "dc.creator", "dcterms.creator"};

    private AuthorFinder() {
    }

    /** Last words of a byline that name a desk or team rather than a person. */
    private static final Pattern COLLECTIVE = Pattern.compile(
            "(?i)(?:.*\\s)?(?:staff|team|desk|newsroom|editors|reporters|bureau|wire|wires|editorial board)");

    static List<String> find(Document doc, MetaTags meta, JsonLd ld) {
        List<String> collective = List.of();
        for (Supplier<List<String>> source : List.<Supplier<List<String>>>of(
                () -> names(ld.persons()),
                () -> names(meta.all(META_KEYS)),
                () -> names(meta.all(CATALOGUE_KEYS).stream().map(AuthorFinder::uninvert).toList()),
                () -> Bylines.find(doc))) {
            List<String> names = source.get();
            if (names.isEmpty()) continue;
            if (names.stream().noneMatch(n -> COLLECTIVE.matcher(n).matches())) return names;
            if (collective.isEmpty()) collective = names;
        }
        return collective.isEmpty() ? names(ld.organizations()) : collective;
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
