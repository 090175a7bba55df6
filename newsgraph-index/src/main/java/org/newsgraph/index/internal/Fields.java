package org.newsgraph.index.internal;

import org.apache.lucene.index.Term;

/**
 * Lucene field names. The index holds four kinds of document, told apart by {@link #TYPE}: one {@code article} per
 * stored article, with one {@code mention} per distinct entity in it and one {@code quote} per quote (added with the
 * article as one block, keyed by {@link #ARTICLE_ID}, so replacing an article replaces its children atomically),
 * and one {@code raw} per processed raw input, keyed by {@link #RAW_ID}, which records that the input is done.
 */
public final class Fields {
    public static final String TYPE = "type";
    public static final String TYPE_ARTICLE = "article";
    /** The term every article document carries, and no mention, quote or event document. */
    public static final Term ARTICLES = new Term(TYPE, TYPE_ARTICLE);
    public static final String TYPE_MENTION = "mention";
    public static final String TYPE_QUOTE = "quote";
    public static final String TYPE_RAW = "raw";
    /**
     * An earlier version of an article (the same page updated at its address, see {@link ArticleVersions}): its
     * stored fields only, keyed by {@link #VERSION_ID} and {@link #URL_KEY}, so that no query for articles, mentions
     * or quotes meets it.
     */
    public static final String TYPE_VERSION = "version";
    public static final String VERSION_ID = "version_id";
    /** A version's text, stored only (the article field of that name is indexed). */
    public static final String VERSION_TEXT = "version_text";
    /** The id of the article that replaced a version. */
    public static final String SUPERSEDED_BY = "superseded_by";
    /** The address an article or version was published at ({@link ArticleVersions#key}); absent when unknown. */
    public static final String URL_KEY = "url_key";

    public static final String ARTICLE_ID = "article_id";
    public static final String RAW_SHA256 = "raw_sha256";
    public static final String PIPELINE_VERSION = "pipeline_version";
    /** The {@link Analyzers#VERSION} an article's text fields were indexed with (absent: before there were versions). */
    public static final String ANALYZED_WITH = "analyzed_with";

    // article documents
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String PUBLISHER_KEY = "publisher_key";
    public static final String LANGUAGE = "language";
    public static final String KIND = "kind";
    public static final String AUTHOR = "author";
    /** Epoch day of publication: a LongPoint for ranges and numeric doc values for sorting and histograms. */
    public static final String PUBLISHED_DAY = "published_day";
    /** Epoch day of publication on mention and quote documents: doc values only (a field has one schema). */
    public static final String DAY = "day";
    /** The publication date as the page gave it, stored on quote documents for display. */
    public static final String PUBLISHED = "published";
    /** Article-level entity keys ({@code TYPE|normalised name}): indexed for filters, sorted-set doc values for counts. */
    public static final String ENTITY_KEY = "entity_key";
    /**
     * The first 128 bits of a SHA-256 of the title and text ({@link ContentHash}), binary doc values on articles:
     * articles with equal values score alike for any query over those two fields. Absent from bases built before.
     */
    public static final String CONTENT_HASH = "content_hash";
    /**
     * Connect state on articles and their children, numeric doc values updated after ingest (see the connect
     * package): the story's ordinal and the connect sequence number of the copy group's canonical article; both
     * {@link #PENDING} until the article is placed.
     */
    public static final String STORY = "story";
    public static final String COPY_OF = "copy_of";
    public static final long PENDING = -1;
    public static final String ARTICLE_JSON = "article_json";
    public static final String ANALYSIS_JSON = "analysis_json";

    // facet dimensions (lucene-facet sorted-set doc values)
    public static final String FACET_PUBLISHER = "publisher";
    public static final String FACET_LANGUAGE = "language";
    public static final String FACET_MONTH = "month";

    // mention documents
    public static final String MENTION_KEY = "mention_key";
    public static final String MENTION_NAME = "mention_name";
    public static final String MENTION_COUNT = "mention_count";
    /**
     * Keys of the short forms the article's resolver joined into the entity: acronyms ("UN" in "the United Nations
     * (UN)"), a person's surname ("Trump" in an article that named "Donald Trump"), and the first word of an
     * organisation's name as a person's key ("Coastlink" in an article that named "Coastlink Terminals", which the
     * tagger reads as a person elsewhere).
     */
    public static final String MENTION_SHORT_FORM = "mention_short_form";
    /**
     * The other spellings of the entity's mentions in the article ("Okafor" of "Patricia Okafor", "Red Hat" of an
     * entity the resolver named otherwise), without a possessive ending, so that the entity's aliases show what the
     * article joined into it.
     */
    public static final String MENTION_SPELLING = "mention_spelling";
    /** A person's gender where the article gave it ({@code Entity.gender}): "MALE" or "FEMALE"; absent otherwise. */
    public static final String MENTION_GENDER = "mention_gender";
    /** 1 where the article describes the place as a settlement ({@link SettlementCues}); absent otherwise. */
    public static final String MENTION_SETTLEMENT = "mention_settlement";

    // quote documents
    public static final String SPEAKER_KEY = "speaker_key";
    public static final String SPEAKER_NAME = "speaker_name";
    public static final String QUOTE_TEXT = "quote_text";
    public static final String QUOTE_JSON = "quote_json";
    public static final String ARTICLE_TITLE = "article_title";

    // raw documents
    public static final String RAW_ID = "raw_id";
    /** {@code sha256@pipelineVersion}: what a rerun looks up to skip inputs already committed. */
    public static final String PROCESSED_KEY = "processed_key";
    public static final String SOURCE_JSON = "source_json";
    /** How to read the raw bytes again (format, charset, hints), so a newer pipeline can re-process them. */
    public static final String PAGE_JSON = "page_json";
    public static final String ARTICLE_COUNT = "article_count";
    /** On a raw document: the id of an article of that input removed by {@code remove}, not to be stored again. */
    public static final String REMOVED_ID = "removed_id";

    private Fields() {
    }
}
