package org.newsgraph.index.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.newsgraph.dedup.DedupDocument;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleKind;

/**
 * Versions of one article: records of different text published at the same address by the same outlet on the same
 * day, or with a modification date (a page corrected or updated in place, two crawls of one URL). Only the newest is the live article; the others are kept as
 * history, outside everything that counts articles (search, stories, copies, entity counts, quotes, events, exports).
 *
 * <p>Newest means the later date of last change ({@code modified}, else {@code published}) when both records give
 * one and they differ; else the later capture when both were captured by a crawler (a WARC-Date); otherwise the one
 * stored last. A page republished under the same date (the usual correction: the
 * publication date stays, a correction line is added) is therefore replaced by the one ingested after it, and an old
 * version ingested later (a backfill) that carries its older date stays history.
 */
public final class ArticleVersions {

    private ArticleVersions() {
    }

    /** The address as versions share it: without a fragment, a trailing slash or the case of scheme and host. */
    public static String key(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        int scheme = u.indexOf("://");
        if (scheme > 0) {
            int pathStart = u.indexOf('/', scheme + 3);
            if (pathStart < 0) pathStart = u.length();
            u = u.substring(0, pathStart).toLowerCase(java.util.Locale.ROOT) + u.substring(pathStart);
        }
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u;
    }

    /**
     * Whether two records at the same address are versions of one article: both articles (a feed's teaser is no
     * version of the page it links to) and no two different outlets named (a syndicated copy may keep the original's
     * canonical address: it is a copy, grouped as such, not a replacement).
     */
    public static boolean areVersions(Article a, Article b) {
        if (a.kind() != ArticleKind.ARTICLE || b.kind() != ArticleKind.ARTICLE || a.id().equals(b.id())) return false;
        if (a.url() == null || b.url() == null || !key(a.url()).equals(key(b.url()))) return false;
        String pa = blankToNull(a.publisher());
        String pb = blankToNull(b.publisher());
        boolean oneOutlet = pa == null || pb == null
                || ArticleDocuments.publisherKey(pa).equals(ArticleDocuments.publisherKey(pb));
        return oneOutlet && onePublication(a, b);
    }

    /**
     * Whether two records at one address can be one publication: a correction or update keeps its publication day
     * (and may add a {@code modified} date), while a page that gives another publication day and no modification is
     * another piece at a reused address (a daily market report, a section front): both stay articles.
     */
    private static boolean onePublication(Article a, Article b) {
        Long dayA = Dates.epochDay(a.published());
        Long dayB = Dates.epochDay(b.published());
        if (dayA == null || dayB == null || dayA.equals(dayB)) return true;
        return blankToNull(a.modified()) != null || blankToNull(b.modified()) != null;
    }

    /**
     * Whether {@code incoming}, stored after {@code stored}, is the newer version of the two: each dated by its last
     * change ({@code modified}, else {@code published}); the later date wins, then the later capture, and where
     * neither decides it is left to the order of storing.
     */
    public static boolean isNewer(Article incoming, Article stored) {
        int byDate = compareDates(incoming, stored);
        return byDate != 0 ? byDate > 0 : true;
    }

    /**
     * The order of two versions by their dates of last change; where those decide nothing (equal, or either
     * missing), by the instants a crawler captured them ({@code source.captured}, a WARC-Date) when both carry one:
     * of two captures of one page, the later shows it as it was later, whichever was ingested first. 0 when neither
     * decides.
     */
    public static int compareDates(Article a, Article b) {
        int byChange = compare(lastChange(a), lastChange(b));
        return byChange != 0 ? byChange : compare(captured(a), captured(b));
    }

    private static String captured(Article a) {
        return a.source() == null ? null : a.source().captured();
    }

    private static String lastChange(Article a) {
        return a.modified() != null && !a.modified().isBlank() ? a.modified() : a.published();
    }

    /** The order of two dates, or 0 when either is missing or unreadable: then the dates decide nothing. */
    private static int compare(String a, String b) {
        Instant x = instant(a);
        Instant y = instant(b);
        return x == null || y == null ? 0 : x.compareTo(y);
    }

    /** An ISO date-time, or a date alone at its start of day in UTC; null when missing or unreadable. */
    static Instant instant(String iso) {
        if (iso == null || iso.isBlank()) return null;
        Long second = DedupDocument.epochSecond(iso);
        if (second != null) return Instant.ofEpochSecond(second);
        Integer day = iso.length() == 10 ? DedupDocument.epochDay(iso) : null;
        return day == null ? null : Instant.ofEpochSecond(day * 86_400L);
    }

    /** The history document of a version replaced by the article {@code supersededBy}. */
    public static Document history(AnalyzedArticle version, String rawSha256, String pipelineVersion,
                                   String supersededBy) throws IOException {
        Article a = version.article();
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.TYPE_VERSION, Field.Store.NO));
        d.add(new StringField(Fields.VERSION_ID, a.id(), Field.Store.YES));
        d.add(new StringField(Fields.URL_KEY, key(a.url()), Field.Store.NO));
        d.add(new StringField(Fields.RAW_SHA256, rawSha256, Field.Store.YES));
        d.add(new StoredField(Fields.PIPELINE_VERSION, pipelineVersion));
        d.add(new StoredField(Fields.SUPERSEDED_BY, supersededBy));
        ObjectNode article = Json.MAPPER.valueToTree(a);
        article.remove("text");
        d.add(new StoredField(Fields.ARTICLE_JSON, Json.MAPPER.writeValueAsString(article)));
        d.add(new StoredField(Fields.VERSION_TEXT, a.text()));
        d.add(new StoredField(Fields.ANALYSIS_JSON, Json.MAPPER.writeValueAsString(version.analysis())));
        return d;
    }

    /** A version as it was stored, from its history document. */
    public static AnalyzedArticle read(Document history) throws IOException {
        ObjectNode node = (ObjectNode) Json.MAPPER.readTree(history.get(Fields.ARTICLE_JSON));
        node.put("text", history.get(Fields.VERSION_TEXT));
        return new AnalyzedArticle(Json.MAPPER.treeToValue(node, Article.class),
                Json.MAPPER.readValue(history.get(Fields.ANALYSIS_JSON), org.newsgraph.model.Analysis.class));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
