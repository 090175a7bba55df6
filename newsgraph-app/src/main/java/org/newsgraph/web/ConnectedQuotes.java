package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.ArticleRef;
import org.newsgraph.index.Connections;
import org.newsgraph.index.Page;
import org.newsgraph.index.QuoteHit;
import org.newsgraph.model.Quote;

/**
 * Quotes counted once per independent source: the same words in copies of one article (syndication) show once,
 * with where they were first seen (the earliest-published copy, the canonical one breaking ties) and how many
 * copies carry them.
 */
final class ConnectedQuotes {

    /** Where and when a quote was first seen among the copies of its article. */
    record FirstSeen(String publisher, String date, String articleId) {
    }

    record Hit(String articleId, String articleTitle, String published, String speakerId, Quote quote,
               FirstSeen firstSeen, int copies) {
    }

    /**
     * A page of quotes with copies folded.
     *
     * @param total  stored quotes matching, copies included (counting distinct ones would read every match)
     * @param folded quotes of the requested page folded into an earlier copy on it: the page holds
     *               {@code limit - folded} items, and {@code offset + limit} is the next page's offset
     */
    record QuotePage(long total, int offset, List<Hit> items, int folded) {
    }

    private final Connections connections;

    ConnectedQuotes(Connections connections) {
        this.connections = connections;
    }

    QuotePage fold(Page<QuoteHit> page) {
        Map<String, Hit> byKey = new LinkedHashMap<>();
        for (QuoteHit q : page.items()) {
            List<String> members = connections.copiesOf(q.articleId()).map(CopyGroup::members)
                    .orElse(List.of(q.articleId()));
            String key = members.get(0) + '\u0000' + q.quote().text().strip().toLowerCase(Locale.ROOT);
            byKey.putIfAbsent(key, new Hit(q.articleId(), q.articleTitle(), q.published(), q.speakerId(), q.quote(),
                    firstSeen(q, members), members.size() - 1));
        }
        return new QuotePage(page.total(), page.offset(), new ArrayList<>(byKey.values()),
                page.items().size() - byKey.size());
    }

    private FirstSeen firstSeen(QuoteHit q, List<String> members) {
        ArticleRef first = members.stream().map(id -> connections.article(id).orElse(null))
                .filter(r -> r != null)
                .min(Comparator.comparing(ArticleRef::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ArticleRef::isCopy))
                .orElse(null);
        if (first == null) return new FirstSeen(null, q.published(), q.articleId());
        return new FirstSeen(first.publisher(), first.published(), first.id());
    }
}
