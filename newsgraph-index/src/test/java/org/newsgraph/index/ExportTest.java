package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.index.Fixtures.article;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.internal.Json;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityType;

class ExportTest {
    private static final int ARTICLES = 300;

    @TempDir
    Path dir;

    private KnowledgeBase filled() throws Exception {
        KnowledgeBase kb = KnowledgeBase.open(dir);
        List<Fixtures.ArticleFixture> all = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            // commas, quotes and a newline in fields CSV must escape
            all.add(article("x" + i, "Title " + i + ", \"quoted\"",
                    "Person" + (i % 7) + " said \"line one\nline two\" in City" + (i % 5) + ".")
                    .published("2021-01-" + String.format("%02d", 1 + i % 28))
                    .entity(EntityType.PERSON, "Person" + (i % 7))
                    .entity(EntityType.LOCATION, "City" + (i % 5))
                    .quote("line one\nline two", "Person" + (i % 7), "Person" + (i % 7)));
        }
        Fixtures.ingest(kb, all.toArray(Fixtures.ArticleFixture[]::new));
        return kb;
    }

    @Test
    void jsonl_exports_hold_every_article_whole() throws Exception {
        try (KnowledgeBase kb = filled()) {
            StringWriter out = new StringWriter();
            assertThat(kb.exporter().export(ExportKind.ARTICLES, ExportFormat.JSONL, out)).isEqualTo(ARTICLES);
            List<String> lines = out.toString().lines().toList();
            assertThat(lines).hasSize(ARTICLES);
            List<String> ids = new ArrayList<>();
            for (String line : lines) {
                Article a = Json.MAPPER.readValue(line, Article.class);
                Analysis an = Json.MAPPER.readValue(line, Analysis.class);
                assertThat(an.quotes().get(0).text()).isEqualTo("line one\nline two");
                assertThat(an.entities()).hasSize(2);
                ids.add(a.id());
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(ARTICLES);
        }
    }

    @Test
    void csv_exports_parse_back_to_one_row_per_record() throws Exception {
        try (KnowledgeBase kb = filled()) {
            for (ExportKind kind : ExportKind.values()) {
                StringWriter out = new StringWriter();
                long n = kb.exporter().export(kind, ExportFormat.CSV, out);
                List<Map<String, String>> rows = readCsv(out.toString());
                assertThat(rows).as(kind.name()).hasSize((int) n);
                long expected = switch (kind) {
                    case ARTICLES, QUOTES -> ARTICLES;
                    case ENTITIES -> 12;
                };
                assertThat(n).as(kind.name()).isEqualTo(expected);
            }
            StringWriter quotes = new StringWriter();
            kb.exporter().export(ExportKind.QUOTES, ExportFormat.CSV, quotes);
            assertThat(readCsv(quotes.toString())).allSatisfy(r -> {
                assertThat(r.get("text")).isEqualTo("line one\nline two");
                assertThat(r.get("speaker_id")).hasSize(16);
            });
        }
    }

    @Test
    void entity_exports_carry_counts_and_aliases() throws Exception {
        try (KnowledgeBase kb = filled()) {
            StringWriter out = new StringWriter();
            kb.exporter().export(ExportKind.ENTITIES, ExportFormat.JSONL, out);
            List<KbEntity> entities = new ArrayList<>();
            for (String line : out.toString().lines().toList()) entities.add(Json.MAPPER.readValue(line, KbEntity.class));
            assertThat(entities.stream().filter(e -> e.type().equals("LOCATION")).mapToLong(KbEntity::articles).sum())
                    .isEqualTo(ARTICLES);
        }
    }

    private static List<Map<String, String>> readCsv(String csv) throws Exception {
        try (MappingIterator<Map<String, String>> it = Json.CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }
}
