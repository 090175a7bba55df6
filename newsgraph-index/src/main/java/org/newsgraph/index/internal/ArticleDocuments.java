package org.newsgraph.index.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * Turns an analysed article into its block of Lucene documents: the article, one mention document per distinct
 * entity key (entities the NLP stage left split are summed), and one document per quote.
 */
public final class ArticleDocuments {
    /** Body text: stored for snippets, with offsets in the postings so highlighting needs no re-analysis. */
    static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("['\u2019]s?$");

    private final FacetsConfig facets;

    public ArticleDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    public List<Document> build(AnalyzedArticle analyzed, String rawSha256, String pipelineVersion)
            throws IOException {
        Article a = analyzed.article();
        Long day = Dates.epochDay(a.published());
        Map<String, MentionTally> mentions = tallyMentions(analyzed.analysis().entities(), a.text());
        Map<String, String> keyByEntityId = new LinkedHashMap<>();
        for (Entity e : analyzed.analysis().entities()) {
            keyByEntityId.put(e.id(), EntityNames.key(e.type(), e.name()));
        }

        List<Document> block = new ArrayList<>(1 + mentions.size() + analyzed.analysis().quotes().size());
        block.add(articleDocument(analyzed, rawSha256, pipelineVersion, day, mentions.keySet()));
        for (Map.Entry<String, MentionTally> m : mentions.entrySet()) {
            Document d = child(Fields.TYPE_MENTION, a.id(), day);
            d.add(new StringField(Fields.MENTION_KEY, m.getKey(), Field.Store.NO));
            d.add(new SortedDocValuesField(Fields.MENTION_KEY, new BytesRef(m.getKey())));
            d.add(new SortedDocValuesField(Fields.MENTION_NAME, new BytesRef(m.getValue().name)));
            d.add(new NumericDocValuesField(Fields.MENTION_COUNT, m.getValue().count));
            for (String shortForm : m.getValue().shortForms) {
                d.add(new SortedSetDocValuesField(Fields.MENTION_SHORT_FORM, new BytesRef(shortForm)));
            }
            for (String spelling : m.getValue().spellings) {
                d.add(new SortedSetDocValuesField(Fields.MENTION_SPELLING, new BytesRef(spelling)));
            }
            for (String gender : m.getValue().genders) {
                d.add(new SortedSetDocValuesField(Fields.MENTION_GENDER, new BytesRef(gender)));
            }
            if (m.getValue().settlement) d.add(new NumericDocValuesField(Fields.MENTION_SETTLEMENT, 1));
            block.add(d);
        }
        for (Quote q : analyzed.analysis().quotes()) {
            Document d = child(Fields.TYPE_QUOTE, a.id(), day);
            String speakerKey = q.speaker() == null ? null : keyByEntityId.get(q.speaker());
            if (speakerKey != null) {
                d.add(new StringField(Fields.SPEAKER_KEY, speakerKey, Field.Store.YES));
            }
            if (q.speakerName() != null) d.add(new TextField(Fields.SPEAKER_NAME, q.speakerName(), Field.Store.NO));
            d.add(new TextField(Fields.QUOTE_TEXT, q.text(), Field.Store.NO));
            d.add(new StoredField(Fields.QUOTE_JSON, Json.MAPPER.writeValueAsString(q)));
            if (a.title() != null) d.add(new StoredField(Fields.ARTICLE_TITLE, a.title()));
            if (a.published() != null) d.add(new StoredField(Fields.PUBLISHED, a.published()));
            block.add(d);
        }
        return block;
    }

    private Document articleDocument(AnalyzedArticle analyzed, String rawSha256, String pipelineVersion, Long day,
                                     Iterable<String> entityKeys) throws IOException {
        Article a = analyzed.article();
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.TYPE_ARTICLE, Field.Store.NO));
        d.add(new StringField(Fields.ARTICLE_ID, a.id(), Field.Store.YES));
        d.add(new StringField(Fields.RAW_SHA256, rawSha256, Field.Store.YES));
        d.add(new StoredField(Fields.PIPELINE_VERSION, pipelineVersion));
        d.add(new StringField(Fields.KIND, a.kind().jsonName(), Field.Store.NO));
        if (a.url() != null) d.add(new StringField(Fields.URL_KEY, ArticleVersions.key(a.url()), Field.Store.NO));
        addPendingConnection(d);
        if (a.title() != null) d.add(new Field(Fields.TITLE, a.title(), TEXT_WITH_OFFSETS));
        d.add(new Field(Fields.TEXT, a.text(), TEXT_WITH_OFFSETS));
        d.add(new StringField(Fields.ANALYZED_WITH, Analyzers.VERSION, Field.Store.NO));
        d.add(new BinaryDocValuesField(Fields.CONTENT_HASH, ContentHash.of(a.title(), a.text())));
        if (a.publisher() != null && !a.publisher().isBlank()) {
            d.add(new StringField(Fields.PUBLISHER_KEY, publisherKey(a.publisher()), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_PUBLISHER, a.publisher().strip()));
        }
        if (a.language() != null && !a.language().isBlank()) {
            d.add(new StringField(Fields.LANGUAGE, a.language(), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_LANGUAGE, a.language()));
        }
        for (String author : a.authors()) d.add(new TextField(Fields.AUTHOR, author, Field.Store.NO));
        if (day != null) {
            d.add(new LongPoint(Fields.PUBLISHED_DAY, day));
            d.add(new NumericDocValuesField(Fields.PUBLISHED_DAY, day));
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_MONTH, Dates.yearMonth(day)));
        }
        for (String key : entityKeys) {
            d.add(new StringField(Fields.ENTITY_KEY, key, Field.Store.NO));
            d.add(new SortedSetDocValuesField(Fields.ENTITY_KEY, new BytesRef(key)));
        }
        // the text travels in its own stored field (the highlighter reads it there): keep one copy only
        ObjectNode article = Json.MAPPER.valueToTree(a);
        article.remove("text");
        d.add(new StoredField(Fields.ARTICLE_JSON, Json.MAPPER.writeValueAsString(article)));
        d.add(new StoredField(Fields.ANALYSIS_JSON, Json.MAPPER.writeValueAsString(analyzed.analysis())));
        return facets.build(d);
    }

    /** Children carry only what their queries need: they go and come with their article's id. */
    private static Document child(String type, String articleId, Long day) {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, type, Field.Store.NO));
        d.add(new StringField(Fields.ARTICLE_ID, articleId, Field.Store.YES));
        if (day != null) d.add(new NumericDocValuesField(Fields.DAY, day));
        addPendingConnection(d);
        return d;
    }

    /** The fields exist on every new document so that the connect pass can update them in place. */
    private static void addPendingConnection(Document d) {
        d.add(new NumericDocValuesField(Fields.STORY, Fields.PENDING));
        d.add(new NumericDocValuesField(Fields.COPY_OF, Fields.PENDING));
    }

    public static String publisherKey(String publisher) {
        return publisher.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, MentionTally> tallyMentions(List<Entity> entities, String text) {
        Map<String, MentionTally> byKey = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (EntityNames.normalize(e.type(), e.name()).isEmpty()) continue;
            String key = EntityNames.key(e.type(), e.name());
            MentionTally t = byKey.computeIfAbsent(key, k -> new MentionTally(e.name()));
            t.count += Math.max(1, e.mentions().size());
            if (e.gender() != null) t.genders.add(e.gender());
            if (e.type() == EntityType.LOCATION) {
                for (Span m : e.mentions()) t.settlement |= SettlementCues.describe(text, m);
            }
            for (Span m : e.mentions()) {
                if (m.end() > text.length()) continue;
                String spelled = POSSESSIVE_END.matcher(m.of(text)).replaceAll("").replaceAll("\\s+", " ").strip();
                if (!spelled.isEmpty() && !spelled.equals(e.name())) t.spellings.add(spelled);
                String shortKey = EntityNames.key(e.type(), m.of(text));
                if (!shortKey.equals(key) && EntityNames.isShortForm(e.type(), m.of(text), key)) {
                    t.shortForms.add(shortKey);
                }
                if (e.type() == EntityType.ORGANIZATION && EntityNames.isLeadingWord(m.of(text), key)) {
                    t.shortForms.add(EntityNames.key(EntityType.PERSON, m.of(text)));
                }
            }
        }
        return byKey;
    }

    private static final class MentionTally {
        final String name;
        final Set<String> shortForms = new TreeSet<>();
        final Set<String> genders = new TreeSet<>();
        final Set<String> spellings = new TreeSet<>();
        boolean settlement;
        long count;

        MentionTally(String name) {
            this.name = name;
        }
    }
}
