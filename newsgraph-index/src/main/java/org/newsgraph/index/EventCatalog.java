package org.newsgraph.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.dedup.DedupDocument;
import org.newsgraph.dedup.DedupParams;
import org.newsgraph.dedup.NearDuplicateIndex;
import org.newsgraph.events.EventCluster;
import org.newsgraph.events.EventDeduplicator;
import org.newsgraph.events.EventMention;
import org.newsgraph.index.internal.EntityCatalog;
import org.newsgraph.index.internal.Fields;
import org.newsgraph.index.internal.Snapshot;
import org.newsgraph.index.internal.StoredRecords;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleKind;
import org.newsgraph.model.Event;
import org.newsgraph.model.Span;

/**
 * Every coded event of one snapshot folded into real events: the reports of all articles, in publication order
 * (undated last, ties by id, so the result does not depend on the order of ingestion), with syndicated and
 * near-duplicate copies marked, deduplicated by {@link EventDeduplicator}. Built once per snapshot, on first use.
 *
 * @param clusters    the real events in the deduplicator's order (first report first), for the exports
 * @param items       the same events with their evidence, at the same positions
 * @param newestFirst the items by event date, newest first (undated last), then most independent reports
 * @param byId        the items by id
 */
record EventCatalog(List<EventCluster> clusters, List<EventItem> items, List<EventItem> newestFirst,
                    Map<String, EventItem> byId) {
    /** Reports of one event may differ by this many days (a summit "on Tuesday" vs "this week"). */
    static final int WINDOW_DAYS = 3;

    private static final Comparator<EventItem> NEWEST_FIRST = Comparator
            .comparing((EventItem i) -> EventDay.of(i.event()), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(EventItem::numArticles, Comparator.reverseOrder())
            .thenComparing(EventItem::id);

    static EventCatalog build(Snapshot snap) throws IOException {
        EntityCatalog entities = snap.catalog();
        // only articles with events: a copy of a coded article was coded too, so copy groups among them are whole
        List<AnalyzedArticle> articles = new ArrayList<>();
        Exporter.forEach(snap, Fields.TYPE_ARTICLE, doc -> {
            AnalyzedArticle a = StoredRecords.article(doc, entities).article();
            if (a.article().kind() == ArticleKind.ARTICLE && !a.analysis().events().isEmpty()) articles.add(a);
        });
        articles.sort(Comparator.comparing((AnalyzedArticle a) -> a.article().published(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.article().id()));
        NearDuplicateIndex copies = new NearDuplicateIndex(DedupParams.DEFAULT);
        for (AnalyzedArticle a : articles) copies.add(DedupDocument.of(a.article()));
        List<EventMention> reports = new ArrayList<>();
        // the deduplicator keeps each report's Event instance, so identity finds the words it came from
        Map<Event, Words> words = new IdentityHashMap<>();
        for (AnalyzedArticle a : articles) {
            Article article = a.article();
            for (Event e : a.analysis().events()) {
                int sentence = a.analysis().sentences().indexOf(e.sentence()) + 1;
                reports.add(new EventMention(article.id(), copies.canonicalOf(article.id()), article.publisher(),
                        article.url(), article.published(), sentence, article.text().length(), e, true));
                words.put(e, new Words(article.title(), sentenceText(article.text(), e.sentence())));
            }
        }
        List<EventCluster> clusters = new EventDeduplicator(WINDOW_DAYS).dedup(reports);
        List<EventItem> items = new ArrayList<>(clusters.size());
        for (EventCluster c : clusters) {
            List<EventEvidence> mentions = new ArrayList<>(c.mentions().size());
            for (EventMention m : c.mentions()) {
                Words w = words.get(m.event());
                mentions.add(new EventEvidence(m.articleId(), w.title, m.publisher(), m.url(), m.published(),
                        m.sentenceNumber(), w.sentence, m.independent(), m.event()));
            }
            items.add(new EventItem(Long.toString(c.id()), c.event(), c.numMentions(), c.numArticles(),
                    c.numSources(), mentions));
        }
        List<EventItem> newestFirst = new ArrayList<>(items);
        newestFirst.sort(NEWEST_FIRST);
        Map<String, EventItem> byId = new HashMap<>();
        for (EventItem item : items) byId.put(item.id(), item);
        return new EventCatalog(List.copyOf(clusters), List.copyOf(items), List.copyOf(newestFirst), byId);
    }

    private static String sentenceText(String text, Span sentence) {
        return sentence == null || sentence.end() > text.length() ? null : sentence.of(text);
    }

    private record Words(String title, String sentence) {
    }
}
