package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.ArticleRef;
import org.newsgraph.index.Connections;
import org.newsgraph.index.Page;
import org.newsgraph.index.QuoteHit;
import org.newsgraph.model.Quote;

/**
 * Quotes counted once per independent source: the same words from the same speaker, in copies of one article
 * (syndication) or in independent reports, show once, with where they were first seen (the earliest-published
 * article carrying them, an original before its copy on the same day), how many independent reports carry them and
 * how many copies besides.
 */
final class ConnectedQuotes {

    /** Where and when a quote was first seen. */
    record FirstSeen(String publisher, String date, String articleId) {
    }

    /**
     * @param sources independent reports carrying the words on this page (a group of copies counts once)
     * @param copies  syndicated copies carrying them besides
     */
    record Hit(String articleId, String articleTitle, String published, String speakerId, Quote quote,
               FirstSeen firstSeen, int sources, int copies) {
    }

    /**
     * A page of quotes with repeats folded.
     *
     * @param total  stored quotes matching, repeats included (counting distinct ones would read every match)
     * @param folded quotes of the requested page folded into an earlier one on it: the page holds
     *               {@code limit - folded} items, and {@code offset + limit} is the next page's offset
     */
    record QuotePage(long total, int offset, List<Hit> items, int folded) {
    }

    private final Connections connections;

    ConnectedQuotes(Connections connections) {
        this.connections = connections;
    }

    QuotePage fold(Page<QuoteHit> page) {
        Map<String, List<QuoteHit>> byWords = new LinkedHashMap<>();
        for (QuoteHit q : page.items()) {
            String speaker = q.speakerId() != null ? q.speakerId() : String.valueOf(q.quote().speakerName());
            String key = speaker + '\u0000' + q.quote().text().strip().toLowerCase(Locale.ROOT);
            byWords.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<Hit> items = new ArrayList<>(byWords.size());
        for (List<QuoteHit> repeats : byWords.values()) items.add(hit(repeats));
        return new QuotePage(page.total(), page.offset(), items, page.items().size() - items.size());
    }

    private Hit hit(List<QuoteHit> repeats) {
        Set<String> articles = new LinkedHashSet<>();
        Set<String> groups = new HashSet<>();
        for (QuoteHit q : repeats) {
            List<String> members = connections.copiesOf(q.articleId()).map(CopyGroup::members)
                    .orElse(List.of(q.articleId()));
            articles.addAll(members);
            groups.add(members.get(0));
        }
        FirstSeen first = firstSeen(repeats.get(0), articles);
        // the quote as the outlet that first ran it has it, where the page holds that report: the link then goes to
        // the original, not to whichever reprint ranked first
        QuoteHit shown = repeats.stream().filter(q -> q.articleId().equals(first.articleId())).findFirst()
                .orElseGet(() -> repeats.stream().min(Comparator.comparing(QuoteHit::published,
                        Comparator.nullsLast(Comparator.naturalOrder()))).orElseThrow());
        return new Hit(shown.articleId(), shown.articleTitle(), shown.published(), shown.speakerId(), shown.quote(),
                first, groups.size(), articles.size() - groups.size());
    }

    private FirstSeen firstSeen(QuoteHit q, Set<String> articles) {
        ArticleRef first = articles.stream().map(id -> connections.article(id).orElse(null))
                .filter(r -> r != null)
                .min(Comparator.comparing(ArticleRef::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ArticleRef::isCopy))
                .orElse(null);
        if (first == null) return new FirstSeen(null, q.published(), q.articleId());
        return new FirstSeen(first.publisher(), first.published(), first.id());
    }
}
