package org.newsgraph.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.SourceRef;
import org.newsgraph.model.Span;

/** Hand-built analysed articles: offsets are found in the text, so fixtures stay readable and always consistent. */
final class Fixtures {
    private Fixtures() {
    }

    static ArticleFixture article(String id, String title, String text) {
        return new ArticleFixture(id, title, text);
    }

    static final class ArticleFixture {
        private final Article.Builder article;
        private final String text;
        private final List<Entity> entities = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();

        ArticleFixture(String id, String title, String text) {
            this.text = text;
            this.article = Article.builder().id(id).title(title).text(text).language("en")
                    .url("https://news.example/" + id).source(SourceRef.ofPath("fixture/" + id + ".html"));
        }

        ArticleFixture publisher(String p) {
            article.publisher(p);
            return this;
        }

        ArticleFixture url(String u) {
            article.url(u);
            return this;
        }

        ArticleFixture modified(String iso) {
            article.modified(iso);
            return this;
        }

        ArticleFixture published(String iso) {
            article.published(iso);
            return this;
        }

        ArticleFixture language(String lang) {
            article.language(lang);
            return this;
        }

        /** An entity whose mentions are the occurrences of its surface forms, longest forms listed first. */
        ArticleFixture entity(EntityType type, String name, String... surfaces) {
            List<Span> mentions = new ArrayList<>();
            for (String s : surfaces.length == 0 ? new String[] {name} : surfaces) {
                for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
                    Span span = new Span(i, i + s.length());
                    // a shorter form inside a longer one already found ("Trump" in "Donald Trump") is not a mention
                    if (mentions.stream().noneMatch(m -> m.start() < span.end() && span.start() < m.end())) {
                        mentions.add(span);
                    }
                }
            }
            if (mentions.isEmpty()) throw new IllegalArgumentException(name + " not in text");
            entities.add(new Entity("e" + entities.size(), name, type, mentions));
            return this;
        }

        /** The last entity added as a person whose gender ("MALE", "FEMALE") the article gives. */
        ArticleFixture gender(String gender) {
            Entity e = entities.remove(entities.size() - 1);
            entities.add(new Entity(e.id(), e.name(), e.type(), e.mentions(), gender));
            return this;
        }

        /** A direct quote by the entity named {@code speaker} (null: unresolved, attributed to {@code speakerName}). */
        ArticleFixture quote(String quoted, String speaker, String speakerName) {
            int start = text.indexOf(quoted);
            if (start < 0) throw new IllegalArgumentException("quote not in text: " + quoted);
            String speakerId = speaker == null ? null : entities.stream().filter(e -> e.name().equals(speaker))
                    .findFirst().orElseThrow().id();
            quotes.add(new Quote(quoted, start, start + quoted.length(), speakerId, speakerName, "said", true, null,
                    null, null, null));
            return this;
        }

        AnalyzedArticle build() {
            return new AnalyzedArticle(article.build(), new Analysis(List.of(new Span(0, text.length())), entities,
                    quotes, List.of(), List.of(), null, List.of()));
        }

        /** Stand-in raw bytes: the id and text, so distinct articles are distinct inputs. */
        byte[] raw() {
            return (article.build().id() + "\n" + text).getBytes(StandardCharsets.UTF_8);
        }
    }

    static void ingest(KnowledgeBase kb, ArticleFixture... fixtures) throws Exception {
        try (IngestService ingest = kb.ingest("test-1", 100)) {
            for (ArticleFixture f : fixtures) ingest.ingest(f.build(), f.raw(), SourceRef.ofPath("fixture"));
        }
    }
}
