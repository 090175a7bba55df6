package org.newsgraph.nlp.eval;

import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.StockCoreNlp;
import org.newsgraph.nlp.entity.EntityResolver;
import org.newsgraph.nlp.entity.ResolvedEntities;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mention-level NER scores per type for three systems on the same documents: CoreNLP's stock pipeline (the
 * anchor), newsgraph's tagger alone, and newsgraph after entity resolution (what {@code analyze} outputs).
 */
public final class NerEval {
    private static final Set<String> HEADLINE = Set.of("PER", "LOC", "ORG");
    private static final double ANCHOR_TARGET = 80.0;

    public record Result(Map<String, Map<String, Prf>> strict, Map<String, Map<String, Prf>> relaxed,
                         int documents) {

        /** Micro P/R/F1 over PER, LOC and ORG for one system. */
        public Prf headline(String system, boolean strictMatch) {
            Prf sum = Prf.ZERO;
            for (var e : (strictMatch ? strict : relaxed).get(system).entrySet()) {
                if (HEADLINE.contains(e.getKey())) sum = sum.plus(e.getValue());
            }
            return sum;
        }
    }

    private final CoreNlpAnnotator tagger = new CoreNlpAnnotator();
    private final EntityResolver resolver = new EntityResolver();

    public Result run(Path data, int limit, boolean withStock) {
        List<EvalDoc> docs = GoldReaders.read(data);
        if (limit > 0 && docs.size() > limit) docs = docs.subList(0, limit);
        Map<String, List<Labeled>> gold = new LinkedHashMap<>();
        Map<String, Map<String, Prf>> strict = new LinkedHashMap<>(), relaxed = new LinkedHashMap<>();
        StockCoreNlp stock = withStock ? new StockCoreNlp() : null;
        for (EvalDoc d : docs) {
            NlpDocument nlp = tagger.annotate(d.text());
            Map<String, List<Labeled>> systems = new LinkedHashMap<>();
            if (stock != null) systems.put("corenlp-stock", labeled(stock.mentions(d.text()), d.scopeEnd()));
            systems.put("newsgraph-tagger", labeled(nlp.mentions(), d.scopeEnd()));
            systems.put("newsgraph", resolved(resolver.resolve(nlp), d.scopeEnd()));
            for (var s : systems.entrySet()) {
                add(strict, s.getKey(), SpanMatcher.byLabel(d.entities(), s.getValue(), true));
                add(relaxed, s.getKey(), SpanMatcher.byLabel(d.entities(), s.getValue(), false));
            }
        }
        return new Result(strict, relaxed, docs.size());
    }

    public static void print(Result r, Path data, PrintStream out) {
        out.printf("NER on %s: %d documents; exact-span mention scores per type%n", data, r.documents());
        for (boolean strictMatch : new boolean[]{true, false}) {
            out.println(strictMatch ? "strict (same offsets, same type):" : "relaxed (overlap, same type):");
            for (var sys : (strictMatch ? r.strict() : r.relaxed()).entrySet()) {
                for (var t : sys.getValue().entrySet()) {
                    if (!t.getKey().equals("ALL")) out.printf("  %-17s %-4s %s%n", sys.getKey(), t.getKey(), t.getValue());
                }
                out.printf("  %-17s %-4s %s%n", sys.getKey(), "P/L/O", r.headline(sys.getKey(), strictMatch));
            }
        }
        Prf ours = r.headline("newsgraph", true);
        String anchor = r.strict().containsKey("corenlp-stock")
                ? String.format("%.1f", r.headline("corenlp-stock", true).f1()) : "not run (--no-stock)";
        out.printf("PER/LOC/ORG strict F1: newsgraph %.1f | anchor CoreNLP stock %s (~73 on WikiGold) | target >= %.0f%n",
                ours.f1(), anchor, ANCHOR_TARGET);
    }

    private static void add(Map<String, Map<String, Prf>> into, String system, Map<String, Prf> doc) {
        Map<String, Prf> acc = into.computeIfAbsent(system, k -> new LinkedHashMap<>());
        doc.forEach((k, v) -> acc.merge(k, v, Prf::plus));
    }

    private static List<Labeled> labeled(List<Mention> mentions, int scopeEnd) {
        List<Labeled> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.span().start() < scopeEnd) out.add(new Labeled(m.span(), label(m.type())));
        }
        return out;
    }

    private static List<Labeled> resolved(ResolvedEntities r, int scopeEnd) {
        List<Labeled> out = new ArrayList<>();
        for (ResolvedEntities.TypedSpan t : r.typedMentions()) {
            if (t.span().start() < scopeEnd) out.add(new Labeled(t.span(), label(t.type())));
        }
        return out;
    }

    static String label(EntityType t) {
        return switch (t) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case MISC -> "MISC";
        };
    }
}
