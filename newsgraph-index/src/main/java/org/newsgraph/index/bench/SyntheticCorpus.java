package org.newsgraph.index.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsgraph.index.internal.Json;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.SourceRef;
import org.newsgraph.model.Span;

/**
 * A load-test corpus: the demo JSON Lines articles replicated with new ids and shifted dates. The annotations are
 * stand-ins with realistic shape, not NLP output: runs of capitalised words as entities (two or more words: PERSON,
 * else ORGANIZATION) and text in straight double quotes as unattributed quotes. They exercise the index the way real
 * annotations would (field counts, cardinalities) while keeping NLP out of the measurement.
 */
final class SyntheticCorpus {
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)*");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{20,400})\"");

    private final List<Base> bases;

    private SyntheticCorpus(List<Base> bases) {
        this.bases = bases;
    }

    record Base(Article article, Analysis analysis, byte[] raw) {
    }

    static SyntheticCorpus load(Path jsonlGz) throws IOException {
        List<Base> bases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(jsonlGz)), StandardCharsets.UTF_8))) {
            long line = 0;
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                line++;
                JsonNode n = Json.MAPPER.readTree(s);
                String text = n.path("text").asText();
                Article a = Article.builder().id(n.path("id").asText()).title(n.path("title").asText(null))
                        .url(n.path("url").asText(null)).publisher(n.path("publisher").asText(null))
                        .published(n.path("date").asText(null)).language("en").license("CC-BY-2.5").text(text)
                        .source(new SourceRef(jsonlGz.toString(), line, n.path("id").asText(), null, null)).build();
                bases.add(new Base(a, annotate(text), s.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return new SyntheticCorpus(bases);
    }

    int baseSize() {
        return bases.size();
    }

    List<Base> bases() {
        return bases;
    }

    /** Copy {@code i}: base {@code i % n}, with its own id, raw bytes and a date shifted by whole weeks. */
    AnalyzedArticle article(int i) {
        Base b = bases.get(i % bases.size());
        int copy = i / bases.size();
        if (copy == 0) return new AnalyzedArticle(b.article, b.analysis);
        Article.Builder a = b.article.toBuilder().id(b.article.id() + "~" + copy);
        if (b.article.published() != null) {
            a.published(LocalDate.parse(b.article.published()).plusWeeks(copy % 520).toString());
        }
        return new AnalyzedArticle(a.build(), b.analysis);
    }

    byte[] raw(int i) {
        byte[] base = bases.get(i % bases.size()).raw;
        int copy = i / bases.size();
        if (copy == 0) return base;
        byte[] suffix = ("\n#copy " + copy).getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(base, base.length + suffix.length);
        System.arraycopy(suffix, 0, out, base.length, suffix.length);
        return out;
    }

    private static Analysis annotate(String text) {
        Map<String, List<Span>> byName = new LinkedHashMap<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) byName.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(new Span(m.start(), m.end()));
        List<Entity> entities = new ArrayList<>();
        Map<String, String> idByName = new LinkedHashMap<>();
        for (Map.Entry<String, List<Span>> e : byName.entrySet()) {
            EntityType type = e.getKey().indexOf(' ') > 0 ? EntityType.PERSON : EntityType.ORGANIZATION;
            String id = "e" + entities.size();
            idByName.put(e.getKey(), id);
            entities.add(new Entity(id, e.getKey(), type, e.getValue()));
        }
        List<Quote> quotes = new ArrayList<>();
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            quotes.add(new Quote(q.group(1), q.start(1), q.end(1), null, null, null, true, null, null, null, null));
        }
        return new Analysis(List.of(), entities, quotes, List.of(), List.of(), null, List.of());
    }
}
