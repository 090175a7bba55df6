package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An extracted article or snippet: the body text, its structure and its metadata. Absent values are null or empty
 * lists, never invented. Offsets in {@code blocks} are UTF-16 character offsets into {@code text}, end exclusive.
 */
@JsonPropertyOrder({"id", "kind", "source", "url", "title", "subtitle", "authors", "publisher", "syndicated_from",
        "section", "topics", "license", "published", "modified", "language", "truncated", "text", "blocks",
        "captions", "warnings"})
public record Article(String id, ArticleKind kind, SourceRef source, String url, String title, String subtitle,
                      List<String> authors, String publisher, String syndicatedFrom, String section,
                      List<String> topics, String license, String published, String modified, String language,
                      boolean truncated, String text, List<Block> blocks, List<Caption> captions,
                      List<String> warnings) {

    public Article {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        blocks = List.copyOf(blocks);
        captions = List.copyOf(captions);
        warnings = List.copyOf(warnings);
        for (Block b : blocks) {
            if (b.end() > text.length()) {
                throw new IllegalArgumentException("block " + b + " outside text of length " + text.length());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id; b.kind = kind; b.source = source; b.url = url; b.title = title; b.subtitle = subtitle;
        b.authors = new ArrayList<>(authors); b.publisher = publisher; b.syndicatedFrom = syndicatedFrom;
        b.section = section; b.topics = new ArrayList<>(topics); b.license = license; b.published = published;
        b.modified = modified; b.language = language; b.truncated = truncated; b.text = text;
        b.blocks = new ArrayList<>(blocks); b.captions = new ArrayList<>(captions);
        b.warnings = new ArrayList<>(warnings);
        return b;
    }

    /**
     * The stable id of an article: derived from its URL (when known) and its text, so re-extracting the same page
     * gives the same id while the same text published at two addresses gives two records (syndication is a
     * relation between records, found later, not a collision of ids).
     */
    public static String contentId(ArticleKind kind, String url, String text) {
        return digest(kind, url == null ? "" : url, text);
    }

    /**
     * The stable id of an article with no URL (a saved file, a JSON Lines record without one): its headline and
     * publisher stand in for the address, so a copy of the same text under another headline or from another outlet
     * is a record of its own, to be grouped with the first as a copy, instead of silently replacing it.
     */
    public static String contentId(ArticleKind kind, String title, String publisher, String text) {
        return digest(kind, "\u0001" + (title == null ? "" : title) + '\u0000' + (publisher == null ? "" : publisher),
                text);
    }

    private static String digest(ArticleKind kind, String address, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kind.jsonName().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(address.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** Assembles an {@link Article}; {@link #build()} derives the id from the content when none was set. */
    public static final class Builder {
        private String id;
        private ArticleKind kind = ArticleKind.ARTICLE;
        private SourceRef source;
        private String url;
        private String title;
        private String subtitle;
        private List<String> authors = new ArrayList<>();
        private String publisher;
        private String syndicatedFrom;
        private String section;
        private List<String> topics = new ArrayList<>();
        private String license;
        private String published;
        private String modified;
        private String language;
        private boolean truncated;
        private String text = "";
        private List<Block> blocks = new ArrayList<>();
        private List<Caption> captions = new ArrayList<>();
        private List<String> warnings = new ArrayList<>();

        private Builder() {
        }

        public Builder id(String v) { id = v; return this; }
        public Builder kind(ArticleKind v) { kind = v; return this; }
        public Builder source(SourceRef v) { source = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder subtitle(String v) { subtitle = v; return this; }
        public Builder authors(List<String> v) { authors = new ArrayList<>(v); return this; }
        public Builder publisher(String v) { publisher = v; return this; }
        public Builder syndicatedFrom(String v) { syndicatedFrom = v; return this; }
        public Builder section(String v) { section = v; return this; }
        public Builder topics(List<String> v) { topics = new ArrayList<>(v); return this; }
        public Builder license(String v) { license = v; return this; }
        public Builder published(String v) { published = v; return this; }
        public Builder modified(String v) { modified = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder truncated(boolean v) { truncated = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder blocks(List<Block> v) { blocks = new ArrayList<>(v); return this; }
        public Builder captions(List<Caption> v) { captions = new ArrayList<>(v); return this; }
        public Builder warnings(List<String> v) { warnings = new ArrayList<>(v); return this; }
        public Builder warning(String v) { warnings.add(v); return this; }

        public Article build() {
            String theId = id != null ? id
                    : url != null ? contentId(kind, url, text) : contentId(kind, title, publisher, text);
            return new Article(theId, kind, source, url, title, subtitle, authors, publisher, syndicatedFrom,
                    section, topics, license, published, modified, language, truncated, text, blocks, captions,
                    warnings);
        }
    }
}
