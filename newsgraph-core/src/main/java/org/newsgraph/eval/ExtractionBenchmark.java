package org.newsgraph.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgraph.eval.ExtractionDataset.GoldPage;
import org.newsgraph.eval.ExtractionDataset.Layout;
import org.newsgraph.extract.html.MainContentExtractor;

/**
 * Scores a body extractor against a data set on disk and times it on one core. Any function from a page's bytes to
 * its body text can be measured, so the whole extraction pipeline can be fed through it as well as
 * {@link #defaultExtractor() jsoup plus MainContentExtractor}.
 */
public final class ExtractionBenchmark {

    /** One page as the extractor under test receives it: its id, the URL it came from and its undecoded bytes. */
    public record PageInput(String id, String url, byte[] html) {
    }

    public record PageResult(String id, String url, double precision, double recall, double f1) {
    }

    /**
     * Single-thread throughput in pages per second of wall time and of the thread's CPU time, after a warm-up pass;
     * parse-only = UTF-8 decoding plus jsoup parsing.
     */
    public record Timing(double pagesPerSecond, double parseOnlyPagesPerSecond, double pagesPerCpuSecond,
                         double parseOnlyPagesPerCpuSecond) {
        public double parseShare() {
            return pagesPerSecond / parseOnlyPagesPerSecond;
        }
    }

    /** Exactly one of {@code shingles} (AEB layout) and {@code words} (WCXB layout) is set. */
    public record Report(String dataset, Layout layout, ShingleScorer.Summary shingles, BagOfWordsScorer.Summary words,
                         BagOfWordsScorer.Summary wordsOnShingleData, List<PageResult> pages, List<String> errors,
                         Timing timing) {

        public double f1() {
            return shingles != null ? shingles.f1() : words.f1();
        }

        public String format(int worst) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "data set %s (%s layout), %d pages%n", dataset, layout,
                    pages.size()));
            if (shingles != null) {
                out.append(String.format(Locale.ROOT,
                        "shingle metric (official AEB): precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f%n",
                        shingles.precision(), shingles.recall(), shingles.f1(), shingles.accuracy()));
                out.append("  anchors F1 (same scorer, published outputs): trafilatura 0.958, Mozilla Readability "
                        + "0.947, Readability4J 0.938, boilerpipe 0.877; target >= 0.970\n");
            }
            if (words != null) {
                out.append(String.format(Locale.ROOT,
                        "word metric (official WCXB): precision %.3f  recall %.3f  F1 %.3f%n",
                        words.precision(), words.recall(), words.f1()));
                out.append(String.format(Locale.ROOT,
                        "snippets: 'with' found %.3f (higher is better), 'without' found %.3f (lower is better)%n",
                        words.withFound(), words.withoutFound()));
                out.append("  anchors F1 / with / without: Readability4J 0.934 / 0.852 / 0.045, boilerpipe 0.876 "
                        + "/ 0.720 / 0.072\n");
            }
            if (timing != null) {
                out.append(String.format(Locale.ROOT,
                        "speed, one thread, best of %d after warm-up: %.1f pages/s end to end, parse only %.1f "
                                + "pages/s (parsing is %.0f%% of the time); thread CPU time: %.1f and %.1f pages/s; "
                                + "target >= 100 pages/s%n",
                        TIMING_ROUNDS, timing.pagesPerSecond(), timing.parseOnlyPagesPerSecond(),
                        100 * timing.parseShare(), timing.pagesPerCpuSecond(), timing.parseOnlyPagesPerCpuSecond()));
            }
            if (!errors.isEmpty()) out.append("errors (scored as empty): ").append(errors).append('\n');
            if (worst > 0) {
                out.append("worst pages by F1:\n");
                pages.stream().sorted(Comparator.comparingDouble(PageResult::f1)).limit(worst)
                        .forEach(p -> out.append(String.format(Locale.ROOT, "  %.3f  P %.3f  R %.3f  %s  %s%n",
                                p.f1(), p.precision(), p.recall(), p.id(), p.url())));
            }
            return out.toString();
        }
    }

    private static final int TIMING_ROUNDS = 5;

    private final ExtractionDataset data;
    private final List<PageInput> inputs;

    private ExtractionBenchmark(ExtractionDataset data, List<PageInput> inputs) {
        this.data = data;
        this.inputs = inputs;
    }

    /** Loads the gold and all pages of the data set in {@code dir} into memory, so timing excludes disk reads. */
    public static ExtractionBenchmark open(Path dir) throws IOException {
        ExtractionDataset data = ExtractionDataset.load(dir);
        List<PageInput> inputs = new ArrayList<>();
        for (GoldPage g : data.pages()) inputs.add(new PageInput(g.id(), g.url(), ExtractionDataset.readHtml(dir, g.id())));
        return new ExtractionBenchmark(data, inputs);
    }

    public List<PageInput> inputs() {
        return inputs;
    }

    /** jsoup over the page decoded as UTF-8, with its URL as base URI, then {@link MainContentExtractor}. */
    public static Function<PageInput, String> defaultExtractor() {
        MainContentExtractor extractor = new MainContentExtractor();
        return page -> extractor.extract(parse(page)).text();
    }

    public static Document parse(PageInput page) {
        return Jsoup.parse(new String(page.html(), StandardCharsets.UTF_8), page.url() == null ? "" : page.url());
    }

    /**
     * Runs {@code extractor} over every page and scores it; with {@code timed}, that run is the warm-up and further
     * single-thread passes measure end-to-end and parse-only throughput.
     */
    public Report run(Function<PageInput, String> extractor, boolean timed) {
        List<String> predictions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (PageInput page : inputs) {
            try {
                String body = extractor.apply(page);
                predictions.add(body == null ? "" : body);
            } catch (RuntimeException e) {
                errors.add(page.id() + ": " + e);
                predictions.add("");
            }
        }
        Timing timing = timed ? time(extractor) : null;
        List<PageResult> results = new ArrayList<>();
        List<GoldPage> gold = data.pages();
        BagOfWordsScorer words = new BagOfWordsScorer();
        List<BagOfWordsScorer.PageScore> wordScores = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            GoldPage g = gold.get(i);
            wordScores.add(words.score(g.body(), predictions.get(i), g.with(), g.without()));
        }
        if (data.layout() == Layout.AEB) {
            ShingleScorer shingles = new ShingleScorer();
            List<ShingleScorer.PageScore> scores = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                ShingleScorer.PageScore s = shingles.score(gold.get(i).body(), predictions.get(i));
                scores.add(s);
                results.add(new PageResult(gold.get(i).id(), gold.get(i).url(), s.precision(), s.recall(), s.f1()));
            }
            return new Report(data.name(), data.layout(), shingles.summarize(scores), null, words.summarize(wordScores),
                    results, errors, timing);
        }
        for (int i = 0; i < gold.size(); i++) {
            BagOfWordsScorer.PageScore s = wordScores.get(i);
            results.add(new PageResult(gold.get(i).id(), gold.get(i).url(), s.precision(), s.recall(), s.f1()));
        }
        return new Report(data.name(), data.layout(), null, words.summarize(wordScores), null, results, errors,
                timing);
    }

    /**
     * Best of {@link #TIMING_ROUNDS} alternating passes: the machine may be shared, and the least disturbed pass is
     * the closest to the code's own cost. Wall time counts garbage collection too; run with
     * {@code -XX:+UseSerialGC} so that collection does not borrow a second core. The measuring thread's CPU time
     * is reported beside it.
     */
    private Timing time(Function<PageInput, String> extractor) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] full = {Long.MAX_VALUE, Long.MAX_VALUE};
        long[] parse = {Long.MAX_VALUE, Long.MAX_VALUE};
        long sink = 0;
        for (int round = 0; round < TIMING_ROUNDS; round++) {
            long w0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (PageInput page : inputs) {
                try {
                    String body = extractor.apply(page);
                    sink += body == null ? 0 : body.length();
                } catch (RuntimeException e) {
                    sink++;
                }
            }
            long w1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            for (PageInput page : inputs) sink += parse(page).childNodeSize();
            long w2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            full[0] = Math.min(full[0], w1 - w0);
            full[1] = Math.min(full[1], c1 - c0);
            parse[0] = Math.min(parse[0], w2 - w1);
            parse[1] = Math.min(parse[1], c2 - c1);
        }
        if (sink == Long.MIN_VALUE) System.out.print("");
        double n = inputs.size() * 1e9;
        return new Timing(n / full[0], n / parse[0], n / full[1], n / parse[1]);
    }

    /** {@code ExtractionBenchmark DIR [WORST]}: prints the report of the default extractor on the data set in DIR. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionBenchmark DATA_DIR [WORST_PAGES_TO_LIST]");
            System.exit(2);
        }
        ExtractionBenchmark bench = open(Path.of(args[0]));
        Report report = bench.run(defaultExtractor(), true);
        System.out.print(report.format(args.length > 1 ? Integer.parseInt(args[1]) : 0));
    }
}
