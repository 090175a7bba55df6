package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A body-extraction data set on disk: {@code html/<id>.html[.gz]} plus gold text in one of two layouts, the
 * Article Extraction Benchmark's {@code ground-truth.json} ({@code {id: {articleBody, url}}}) or WCXB's
 * {@code gold.json.gz} ({@code {id: {main_content, url, with, without}}}).
 */
public record ExtractionDataset(String name, Layout layout, List<GoldPage> pages) {

    public enum Layout { AEB, WCXB }

    /** One page's gold body; {@code with}/{@code without} are must-have and must-not-have phrases (WCXB only). */
    public record GoldPage(String id, String url, String body, List<String> with, List<String> without) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public ExtractionDataset {
        pages = List.copyOf(pages);
    }

    /** Reads the gold of the data set in {@code dir}; the HTML is read separately by {@link #readHtml}. */
    public static ExtractionDataset load(Path dir) throws IOException {
        Path aeb = dir.resolve("ground-truth.json");
        Path wcxb = dir.resolve("gold.json.gz");
        if (!Files.isDirectory(dir.resolve("html"))) {
            throw new IOException(dir + ": no html/ directory; not an extraction data set");
        }
        if (Files.isRegularFile(aeb)) {
            return new ExtractionDataset(dir.getFileName().toString(), Layout.AEB, read(aeb, "articleBody"));
        }
        if (Files.isRegularFile(wcxb)) {
            return new ExtractionDataset(dir.getFileName().toString(), Layout.WCXB, read(wcxb, "main_content"));
        }
        throw new IOException(dir + ": neither ground-truth.json nor gold.json.gz found");
    }

    private static List<GoldPage> read(Path file, String bodyField) throws IOException {
        JsonNode root = readJson(file);
        List<GoldPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode rec = e.getValue();
            pages.add(new GoldPage(e.getKey(), rec.path("url").asText(null), rec.path(bodyField).asText(""),
                    strings(rec.path("with")), strings(rec.path("without"))));
        }
        pages.sort((a, b) -> a.id().compareTo(b.id()));
        return pages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static JsonNode readJson(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** The raw bytes of one page, gunzipped when stored as {@code .gz}. */
    public static byte[] readHtml(Path dir, String id) {
        Path gz = dir.resolve("html").resolve(id + ".html.gz");
        Path file = Files.exists(gz) ? gz : dir.resolve("html").resolve(id + ".html");
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
