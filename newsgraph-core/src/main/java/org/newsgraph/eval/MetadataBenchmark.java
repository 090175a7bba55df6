package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgraph.extract.PageMetadata;
import org.newsgraph.extract.html.HtmlMetadataExtractor;
import org.newsgraph.extract.html.MetadataExtractor;

/**
 * Scores HTML metadata extraction against a data set in the WCXB layout ({@code html/<id>.html.gz} and
 * {@code gold.json.gz} with {@code url}, {@code title}, {@code author}, {@code publish_date}), with the metrics of
 * its SOURCE.md: title exact match after NFKC, case folding and whitespace collapse, and title token F1; author
 * set accuracy, presence accuracy and micro P/R/F1 over names ({@link NameMetric}); date exact day, ±1 day,
 * coverage and false positives on pages without a gold date, and how often the modified date is the gold day when
 * the published one is not; plus throughput.
 */
public final class MetadataBenchmark {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetadataBenchmark() {
    }

    /** The figures for one run; counts are pages unless named otherwise. */
    public record Result(int pages, int failures, int titleExact, double titleF1Sum, int authorSetExact,
                         int authorPresenceRight, int authorTp, int authorFp, int authorFn, int goldDates,
                         int dateExact, int dateNearby, int dateCovered, int goldNoDate, int dateFalsePositive,
                         int modifiedRescues, long parseNanos, long extractNanos) {

        public double titleAccuracy() {
            return ratio(titleExact, pages);
        }

        public double titleTokenF1() {
            return pages == 0 ? 0 : titleF1Sum / pages;
        }

        public double authorSetAccuracy() {
            return ratio(authorSetExact, pages);
        }

        public double authorPresenceAccuracy() {
            return ratio(authorPresenceRight, pages);
        }

        public double authorPrecision() {
            return ratio(authorTp, authorTp + authorFp);
        }

        public double authorRecall() {
            return ratio(authorTp, authorTp + authorFn);
        }

        public double authorF1() {
            double p = authorPrecision();
            double r = authorRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double dateAccuracy() {
            return ratio(dateExact, goldDates);
        }

        public double dateNearbyAccuracy() {
            return ratio(dateNearby, goldDates);
        }

        public double dateCoverage() {
            return ratio(dateCovered, goldDates);
        }

        public double pagesPerSecond() {
            return extractNanos == 0 ? 0 : pages * 1e9 / extractNanos;
        }

        public String format(String dataName) {
            return String.join("\n",
                    String.format(Locale.ROOT, "metadata eval on %s: %d pages (%d failed)", dataName, pages, failures),
                    String.format(Locale.ROOT, "title   exact %.3f  token F1 %.3f   (reference on wcxb-dev: naive floor"
                            + " 0.475 / 0.875, Readability4J 0.531 / 0.858)", titleAccuracy(), titleTokenF1()),
                    String.format(Locale.ROOT, "author  F1 %.3f (P %.3f / R %.3f)  set exact %.3f  presence %.3f"
                                    + "   (reference: floor F1 0.657 (0.825 / 0.546), Readability4J 0.535)",
                            authorF1(), authorPrecision(), authorRecall(), authorSetAccuracy(),
                            authorPresenceAccuracy()),
                    String.format(Locale.ROOT, "date    exact %.3f  ±1 day %.3f  coverage %.3f  on %d gold dates;"
                                    + " dated %d of %d undated pages   (reference: floor 0.642 (0.650, 0.718), 21 of 107)",
                            dateAccuracy(), dateNearbyAccuracy(), dateCoverage(), goldDates, dateFalsePositive,
                            goldNoDate),
                    String.format(Locale.ROOT, "        modified date is the gold day where published is not: %d pages",
                            modifiedRescues),
                    String.format(Locale.ROOT, "speed   %.0f pages/s metadata only (%.0f pages/s with jsoup parsing),"
                            + " one thread", pagesPerSecond(), pages * 1e9 / Math.max(1, parseNanos + extractNanos)));
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    /**
     * @param misses where to describe each page with a wrong field, or null
     */
    public static Result run(Path dataDir, MetadataExtractor extractor, PrintStream misses) {
        Path htmlDir = dataDir.resolve("html");
        Path goldFile = dataDir.resolve("gold.json.gz");
        if (!Files.isDirectory(htmlDir) || !Files.isRegularFile(goldFile)) {
            throw new IllegalArgumentException(dataDir + ": expected html/<id>.html.gz and gold.json.gz");
        }
        Map<String, JsonNode> gold = readGold(goldFile);
        Tally t = new Tally();
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            Path page = htmlDir.resolve(e.getKey() + ".html.gz");
            JsonNode g = e.getValue();
            try {
                String html = gunzip(page);
                String url = text(g.get("url"));
                long t0 = System.nanoTime();
                Document doc = Jsoup.parse(html, url == null ? "" : url);
                long t1 = System.nanoTime();
                PageMetadata m = extractor.extract(doc, url);
                t.parseNanos += t1 - t0;
                t.extractNanos += System.nanoTime() - t1;
                t.score(e.getKey(), g, m, misses);
            } catch (IOException | RuntimeException ex) {
                t.failures++;
                if (misses != null) misses.println(page + ": failed: " + ex);
            }
        }
        return t.result();
    }

    /** Running counts over the pages. */
    private static final class Tally {
        int pages, failures, titleExact, authorSetExact, authorPresence, tp, fp, fn;
        int goldDates, dateExact, dateNearby, dateCovered, goldNoDate, dateFp, modifiedRescues;
        double titleF1;
        long parseNanos, extractNanos;

        void score(String id, JsonNode g, PageMetadata m, PrintStream misses) {
            pages++;
            List<String> wrong = new ArrayList<>();
            String goldTitle = text(g.get("title"));
            if (normalTitle(goldTitle).equals(normalTitle(m.title()))) titleExact++;
            else wrong.add("title: gold=" + goldTitle + " | got=" + m.title());
            titleF1 += tokenF1(goldTitle, m.title());

            String goldAuthor = text(g.get("author"));
            Set<String> goldNames = goldAuthor == null ? Set.of() : NameMetric.names(List.of(goldAuthor));
            Set<String> got = NameMetric.names(m.authors());
            if (goldNames.equals(got)) authorSetExact++;
            else wrong.add("author: gold=" + goldAuthor + " | got=" + m.authors());
            if (goldNames.isEmpty() == got.isEmpty()) authorPresence++;
            for (String n : got) {
                if (goldNames.contains(n)) tp++;
                else fp++;
            }
            for (String n : goldNames) {
                if (!got.contains(n)) fn++;
            }

            String goldDate = text(g.get("publish_date"));
            String published = day(m.published());
            if (goldDate == null) {
                goldNoDate++;
                if (published != null) {
                    dateFp++;
                    wrong.add("date: gold=null | got=" + m.published());
                }
            } else {
                goldDates++;
                if (published != null) dateCovered++;
                if (goldDate.equals(published)) {
                    dateExact++;
                    dateNearby++;
                } else {
                    if (withinADay(goldDate, published)) dateNearby++;
                    if (goldDate.equals(day(m.modified()))) modifiedRescues++;
                    wrong.add("date: gold=" + goldDate + " | got=" + m.published() + " modified=" + m.modified());
                }
            }
            if (misses != null && !wrong.isEmpty()) misses.println(id + " " + String.join("\n     ", wrong));
        }

        Result result() {
            return new Result(pages, failures, titleExact, titleF1, authorSetExact, authorPresence, tp, fp, fn,
                    goldDates, dateExact, dateNearby, dateCovered, goldNoDate, dateFp, modifiedRescues, parseNanos,
                    extractNanos);
        }
    }

    static String normalTitle(String s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static double tokenF1(String gold, String predicted) {
        Map<String, Integer> g = tokens(gold);
        Map<String, Integer> p = tokens(predicted);
        int gn = g.values().stream().mapToInt(Integer::intValue).sum();
        int pn = p.values().stream().mapToInt(Integer::intValue).sum();
        if (gn == 0) return pn == 0 ? 1 : 0;
        if (pn == 0) return 0;
        int overlap = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) overlap += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        double precision = (double) overlap / pn;
        double recall = (double) overlap / gn;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> tokens(String s) {
        Map<String, Integer> counts = new HashMap<>();
        if (s == null) return counts;
        Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) counts.merge(m.group(), 1, Integer::sum);
        return counts;
    }

    private static String day(String iso) {
        return iso == null || iso.length() < 10 ? null : iso.substring(0, 10);
    }

    private static boolean withinADay(String gold, String predicted) {
        if (predicted == null) return false;
        try {
            return Math.abs(LocalDate.parse(gold).toEpochDay() - LocalDate.parse(predicted).toEpochDay()) <= 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Map<String, JsonNode> readGold(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            JsonNode root = JSON.readTree(in);
            Map<String, JsonNode> out = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), e.getValue());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": unreadable gold file", e);
        }
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** {@code MetadataBenchmark DATA_DIR [--misses]}: prints the figures, and each page's misses if asked. */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: MetadataBenchmark DATA_DIR [--misses]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        boolean showMisses = args.length > 1 && args[1].equals("--misses");
        Result r = run(dir, new HtmlMetadataExtractor(), showMisses ? System.out : null);
        System.out.println(r.format(dir.getFileName().toString()));
    }
}
