package org.newsgraph.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.entity.EntityResolver;
import org.newsgraph.nlp.quote.QuoteFinder;
import org.newsgraph.pipeline.NlpDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Quote extraction and speaker attribution on PolNeAR (quotes-polnear SOURCE.md): a system quote matches a gold
 * attribution when at least half its characters lie in that attribution's content; the speaker is right when its
 * attributing words overlap the gold source (strict) or the speaker's last name appears in it (lenient). Only the
 * train and dev splits are read: the test split is withheld.
 */
public final class QuotesEval {
    private static final Set<String> ALLOWED_SPLITS = Set.of("train", "dev");
    private static final String MARKS = "\"“”«»„";

    /** Precision counts system quotes that match, recall counts gold attributions that were matched. */
    public record Counts(int systemMatched, int system, int goldFound, int gold) {
        Counts plus(Counts o) {
            return new Counts(systemMatched + o.systemMatched, system + o.system, goldFound + o.goldFound,
                    gold + o.gold);
        }

        public double precision() {
            return system == 0 ? 0 : 100.0 * systemMatched / system;
        }

        public double recall() {
            return gold == 0 ? 0 : 100.0 * goldFound / gold;
        }

        @Override
        public String toString() {
            double p = precision(), r = recall();
            return String.format("P %5.1f  R %5.1f  F1 %5.1f  (system %d/%d matched, gold %d/%d found)", p, r,
                    p + r == 0 ? 0 : 2 * p * r / (p + r), systemMatched, system, goldFound, gold);
        }
    }

    public record Result(String split, int docs, Counts content, Counts direct, int withSource, int speakerStrict,
                         int speakerLenient, int directWithSource, int directSpeakerStrict, int directSpeakerLenient) {
    }

    record Gold(List<int[]> content, List<int[]> source, String sourceText, boolean direct) {
    }

    public Result run(Path data, String split, int limit) {
        if (!ALLOWED_SPLITS.contains(split)) {
            throw new IllegalArgumentException("split must be train or dev (the test split is withheld): " + split);
        }
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        EntityResolver resolver = new EntityResolver();
        QuoteFinder finder = new QuoteFinder();
        ObjectMapper json = new ObjectMapper();
        Counts content = new Counts(0, 0, 0, 0), direct = new Counts(0, 0, 0, 0);
        int docs = 0, withSource = 0, strict = 0, lenient = 0, dws = 0, dStrict = 0, dLenient = 0;
        Set<String> seen = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(data.resolve("polnear.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null && (limit <= 0 || docs < limit); ) {
                JsonNode n = json.readTree(line);
                if (!split.equals(n.path("split").asText()) || !seen.add(n.path("doc").asText())) continue;
                docs++;
                String text = n.path("text").asText();
                List<Gold> gold = gold(n, text);
                NlpDocument doc = annotator.annotate(text);
                List<Quote> quotes = finder.find(doc, resolver.resolve(doc));
                boolean[] found = new boolean[gold.size()];
                int tp = 0, dSys = 0, dTp = 0, dMatched = 0;
                for (Quote q : quotes) {
                    if (q.direct()) dSys++;
                    int g = match(q, gold);
                    if (g < 0) continue;
                    tp++;
                    if (q.direct()) dMatched++;
                    found[g] = true;
                    Gold gd = gold.get(g);
                    if (gd.source().isEmpty()) continue;
                    boolean st = q.speakerSpan() != null && overlaps(q.speakerSpan().start(), q.speakerSpan().end(),
                            gd.source());
                    boolean le = st || q.speakerName() != null && lastName(q.speakerName()) != null
                            && gd.sourceText().toLowerCase(Locale.ROOT).contains(lastName(q.speakerName()));
                    withSource++;
                    if (st) strict++;
                    if (le) lenient++;
                    if (gd.direct()) {
                        dws++;
                        if (st) dStrict++;
                        if (le) dLenient++;
                    }
                }
                int fg = 0, dGold = 0;
                for (int g = 0; g < gold.size(); g++) {
                    if (found[g]) fg++;
                    if (gold.get(g).direct()) {
                        dGold++;
                        if (found[g]) dTp++;
                    }
                }
                content = content.plus(new Counts(tp, quotes.size(), fg, gold.size()));
                direct = direct.plus(new Counts(dMatched, dSys, dTp, dGold));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(data + ": " + e.getMessage(), e);
        }
        return new Result(split, docs, content, direct, withSource, strict, lenient, dws, dStrict, dLenient);
    }

    /** The gold attribution holding at least half of the quote's characters, or -1. */
    private static int match(Quote q, List<Gold> gold) {
        int len = 0;
        for (Span p : q.pieces()) len += p.end() - p.start();
        for (int g = 0; g < gold.size(); g++) {
            int in = 0;
            for (Span p : q.pieces()) {
                for (int[] s : gold.get(g).content()) {
                    in += Math.max(0, Math.min(p.end(), s[1]) - Math.max(p.start(), s[0]));
                }
            }
            if (len > 0 && 2 * in >= len) return g;
        }
        return -1;
    }

    private static boolean overlaps(int start, int end, List<int[]> spans) {
        for (int[] s : spans) if (start < s[1] && s[0] < end) return true;
        return false;
    }

    private static String lastName(String name) {
        String[] w = name.trim().toLowerCase(Locale.ROOT).split("\\s+");
        return w.length == 0 || w[w.length - 1].length() < 2 ? null : w[w.length - 1];
    }

    private static List<Gold> gold(JsonNode n, String text) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode a : n.path("attributions")) {
            List<int[]> content = spans(a.path("content"));
            content.addAll(spans(a.path("content2")));
            if (content.isEmpty()) continue;
            StringBuilder src = new StringBuilder();
            for (JsonNode s : a.path("source")) src.append(s.path("text").asText()).append(' ');
            out.add(new Gold(content, spans(a.path("source")), src.toString(), isDirect(text, content.get(0))));
        }
        return out;
    }

    /** Direct when a quote mark opens the content or stands right before it. */
    private static boolean isDirect(String text, int[] span) {
        int i = span[0];
        while (i < span[1] && Character.isWhitespace(text.charAt(i))) i++;
        if (i < span[1] && MARKS.indexOf(text.charAt(i)) >= 0) return true;
        int b = span[0] - 1;
        while (b >= 0 && text.charAt(b) == ' ') b--;
        return b >= 0 && MARKS.indexOf(text.charAt(b)) >= 0;
    }

    private static List<int[]> spans(JsonNode roles) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode role : roles) {
            for (JsonNode s : role.path("spans")) out.add(new int[]{s.get(0).asInt(), s.get(1).asInt()});
        }
        return out;
    }

    public static void print(Result r, Path data, PrintStream out) {
        out.printf("Quotes on %s, split %s: %d documents%n", data, r.split(), r.docs());
        out.printf("  all attributions (content match >= 50%% of quote chars)  %s%n", r.content());
        out.printf("  direct quotes                                           %s%n", r.direct());
        out.printf("  speaker, all matched quotes with a gold source (%d): strict %.1f%%, lenient %.1f%%%n",
                r.withSource(), pct(r.speakerStrict(), r.withSource()), pct(r.speakerLenient(), r.withSource()));
        out.printf("  speaker, direct quotes (%d): strict %.1f%%, lenient %.1f%%%n", r.directWithSource(),
                pct(r.directSpeakerStrict(), r.directWithSource()), pct(r.directSpeakerLenient(), r.directWithSource()));
        out.printf("direct-quote speaker accuracy %.1f%% (anchor CoreNLP 62%%, target >= 85%%) | direct recall %.1f%% "
                + "(target >= 90%%)%n", pct(r.directSpeakerStrict(), r.directWithSource()), r.direct().recall());
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
