package org.newsgraph.index.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.newsgraph.index.QuoteHit;
import org.newsgraph.index.StoredArticle;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Quote;

/**
 * Reads records back from stored fields, replacing article-level entity ids with knowledge-base ids of the snapshot
 * being read, so ids in every answer agree with the entity listing of that moment.
 */
public final class StoredRecords {
    private StoredRecords() {
    }

    public static StoredArticle article(Document doc, EntityCatalog catalog) throws IOException {
        AnalyzedArticle a = analyzed(doc);
        return new StoredArticle(new AnalyzedArticle(a.article(), withKbIds(a.analysis(), catalog)),
                doc.get(Fields.RAW_SHA256), doc.get(Fields.PIPELINE_VERSION));
    }

    /** The article as analysed, its entity ids still article-local. */
    public static AnalyzedArticle analyzed(Document doc) throws IOException {
        ObjectNode node = (ObjectNode) Json.MAPPER.readTree(doc.get(Fields.ARTICLE_JSON));
        node.put("text", doc.get(Fields.TEXT));
        Article article = Json.MAPPER.treeToValue(node, Article.class);
        return new AnalyzedArticle(article, Json.MAPPER.readValue(doc.get(Fields.ANALYSIS_JSON), Analysis.class));
    }

    public static QuoteHit quote(Document doc, EntityCatalog catalog) throws IOException {
        Quote q = Json.MAPPER.readValue(doc.get(Fields.QUOTE_JSON), Quote.class);
        String speakerKey = doc.get(Fields.SPEAKER_KEY);
        String speakerId = speakerKey == null ? null : catalog.idOfKey(speakerKey);
        Quote withId = q.withSpeaker(speakerId);
        return new QuoteHit(doc.get(Fields.ARTICLE_ID), doc.get(Fields.ARTICLE_TITLE), doc.get(Fields.PUBLISHED), speakerId,
                withId);
    }

    private static Analysis withKbIds(Analysis a, EntityCatalog catalog) {
        Map<String, String> kbIdByLocal = new HashMap<>();
        List<Entity> entities = new ArrayList<>(a.entities().size());
        for (Entity e : a.entities()) {
            String kbId = catalog.idOfKey(EntityNames.key(e.type(), e.name()));
            String id = kbId == null ? e.id() : kbId;
            kbIdByLocal.put(e.id(), id);
            entities.add(new Entity(id, e.name(), e.type(), e.mentions(), e.gender()));
        }
        List<Quote> quotes = new ArrayList<>(a.quotes().size());
        for (Quote q : a.quotes()) {
            String speaker = q.speaker() == null ? null : kbIdByLocal.getOrDefault(q.speaker(), q.speaker());
            quotes.add(q.withSpeaker(speaker));
        }
        List<Event> events = new ArrayList<>(a.events().size());
        for (Event e : a.events()) {
            events.add(e.withActors(linked(e.source(), kbIdByLocal), linked(e.target(), kbIdByLocal)));
        }
        return new Analysis(a.sentences(), entities, quotes, a.times(), events, a.publishedEstimate(),
                a.analysisWarnings());
    }

    private static EventActor linked(EventActor actor, Map<String, String> kbIdByLocal) {
        if (actor == null || actor.entity() == null) return actor;
        return actor.withEntity(kbIdByLocal.getOrDefault(actor.entity(), actor.entity()));
    }
}
