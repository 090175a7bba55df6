package org.newsgraph.nlp.eval;

import org.newsgraph.model.PublishedEstimate;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpModels;
import org.newsgraph.nlp.time.TimeTagger;
import org.newsgraph.pipeline.NlpDocument;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * TempEval-3 style TIMEX3 scores (gold-meantime SOURCE.md): strict and relaxed detection, type and value accuracy
 * on relaxed matches, and value F1 (a relaxed match with an equal value), overall and per topic. Runs SUTime with
 * and without newsgraph's windows around time words so their cost in recall shows. Errors are listed only for the
 * topics asked for, so rules can be written on some topics while the others stay an unread check.
 */
public final class TimesEval {

    /** Value scores of one topic. */
    public record Tally(int valueCorrect, int matched, Prf relaxed) {
        static final Tally ZERO = new Tally(0, 0, Prf.ZERO);

        Tally plus(Tally o) {
            return new Tally(valueCorrect + o.valueCorrect, matched + o.matched, relaxed.plus(o.relaxed));
        }

        public double valueAccuracy() {
            return matched == 0 ? 0 : 100.0 * valueCorrect / matched;
        }

        public Prf valueF1() {
            return new Prf(valueCorrect, relaxed.gold(), relaxed.system());
        }
    }

    public record Result(String system, Prf strict, Prf relaxed, int typeCorrect, int valueCorrect, int matched,
                         Map<String, Tally> byTopic, double seconds) {
        public Prf valueF1() {
            return new Prf(valueCorrect, relaxed.gold(), relaxed.system());
        }

        public double valueAccuracy() {
            return matched == 0 ? 0 : 100.0 * valueCorrect / matched;
        }

        public double typeAccuracy() {
            return matched == 0 ? 0 : 100.0 * typeCorrect / matched;
        }
    }

    /** The scored systems, the windowed tagger first, and the check of the publication-date estimate. */
    public record Report(List<Result> systems, EstimateCheck estimates) {
    }

    /**
     * How the publication-date estimate of {@link TimeTagger#tagUndated} compares with the real date: documents with
     * an estimate, those whose anchor (the date relative times are resolved against) is the real date, and those
     * whose real date lies within the estimate's bounds.
     */
    public record EstimateCheck(int documents, int estimated, int anchorExact, int withinBounds) {
    }

    /**
     * @param errorTopics topics whose wrong values, misses and false alarms are printed to {@code errors} (for the
     *                    windowed tagger only); empty prints none
     */
    public Report run(Path data, int limit, Set<String> errorTopics, PrintStream errors) {
        List<EvalDoc> docs = GoldReaders.read(data);
        if (limit > 0 && docs.size() > limit) docs = docs.subList(0, limit);
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        List<NlpDocument> annotated = new ArrayList<>();
        for (EvalDoc d : docs) annotated.add(annotator.annotate(d.text()));
        TimeTagger.shared().tag(annotated.get(0), docs.get(0).date()); // loads SUTime outside the timings
        List<Result> out = new ArrayList<>();
        TimeTagger windows = new TimeTagger(CoreNlpModels.sutime(), true);
        out.add(score("newsgraph (SUTime on windows around time words)", windows::tag, docs, annotated, errorTopics,
                errors));
        out.add(score("SUTime on every sentence", new TimeTagger(CoreNlpModels.sutime(), false)::tag, docs,
                annotated, Set.of(), errors));
        List<PublishedEstimate> estimates = new ArrayList<>();
        out.add(score("newsgraph with the publication date withheld (resolved against its estimate from the text)",
                (doc, date) -> {
                    TimeTagger.Undated u = windows.tagUndated(doc);
                    estimates.add(u.estimate());
                    return u.times();
                }, docs, annotated, Set.of(), errors));
        return new Report(out, check(docs, estimates));
    }

    private static EstimateCheck check(List<EvalDoc> docs, List<PublishedEstimate> estimates) {
        int estimated = 0, exact = 0, within = 0;
        for (int i = 0; i < docs.size(); i++) {
            PublishedEstimate e = estimates.get(i);
            String date = docs.get(i).date();
            if (e == null || date == null) continue;
            estimated++;
            if (date.equals(e.earliest() != null ? e.earliest() : e.latest())) exact++;
            if ((e.earliest() == null || e.earliest().compareTo(date) <= 0)
                    && (e.latest() == null || date.compareTo(e.latest()) <= 0)) {
                within++;
            }
        }
        return new EstimateCheck(docs.size(), estimated, exact, within);
    }

    private static Result score(String name, BiFunction<NlpDocument, String, List<TimeExpression>> tagger,
                                List<EvalDoc> docs, List<NlpDocument> annotated, Set<String> errorTopics,
                                PrintStream errors) {
        Prf strict = Prf.ZERO, relaxed = Prf.ZERO;
        int type = 0, value = 0, matched = 0;
        Map<String, Tally> byTopic = new TreeMap<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
            EvalDoc d = docs.get(i);
            List<Labeled> gold = new ArrayList<>(), sys = new ArrayList<>();
            for (EvalDoc.GoldTimex g : d.times()) gold.add(new Labeled(g.span(), g.value()));
            List<TimeExpression> found = new ArrayList<>();
            for (TimeExpression t : tagger.apply(annotated.get(i), d.date())) {
                if (t.start() < d.scopeEnd()) {
                    found.add(t);
                    sys.add(new Labeled(new Span(t.start(), t.end()), String.valueOf(t.value())));
                }
            }
            strict = strict.plus(new Prf(SpanMatcher.pairs(gold, sys, true, (a, b) -> true).size(), gold.size(),
                    sys.size()));
            List<int[]> pairs = SpanMatcher.pairs(gold, sys, false, (a, b) -> true);
            Prf docRelaxed = new Prf(pairs.size(), gold.size(), sys.size());
            relaxed = relaxed.plus(docRelaxed);
            int docValue = 0;
            for (int[] p : pairs) {
                matched++;
                EvalDoc.GoldTimex g = d.times().get(p[0]);
                if (g.type().equals(found.get(p[1]).type())) type++;
                if (g.value().equals(found.get(p[1]).value())) docValue++;
            }
            value += docValue;
            if (d.topic() != null) byTopic.merge(d.topic(), new Tally(docValue, pairs.size(), docRelaxed), Tally::plus);
            if (d.topic() != null && errorTopics.contains(d.topic())) printErrors(d, found, pairs, errors);
        }
        return new Result(name, strict, relaxed, type, value, matched, byTopic, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Wrong values ("~"), gold missed ("-") and system spans matching no gold ("+"), each with its sentence; right
     * values on other offsets ("|").
     */
    private static void printErrors(EvalDoc d, List<TimeExpression> found, List<int[]> pairs, PrintStream out) {
        boolean[] goldHit = new boolean[d.times().size()], sysHit = new boolean[found.size()];
        for (int[] p : pairs) {
            goldHit[p[0]] = true;
            sysHit[p[1]] = true;
            EvalDoc.GoldTimex g = d.times().get(p[0]);
            TimeExpression t = found.get(p[1]);
            if (g.value().equals(t.value()) && (g.span().start() != t.start() || g.span().end() != t.end())) {
                out.printf("| %s gold \"%s\" | ours \"%s\"%n", d.id(), text(d, g.span()), t.text());
            }
            if (!g.value().equals(t.value())) {
                out.printf("~ %s %s gold \"%s\" %s %s | ours \"%s\" %s %s%n  %s%n", d.id(), d.date(),
                        text(d, g.span()), g.type(), g.value(), t.text(), t.type(), t.value(),
                        context(d, g.span()));
            }
        }
        for (int g = 0; g < goldHit.length; g++) {
            if (goldHit[g]) continue;
            EvalDoc.GoldTimex x = d.times().get(g);
            out.printf("- %s %s gold \"%s\" %s %s%n  %s%n", d.id(), d.date(), text(d, x.span()), x.type(), x.value(),
                    context(d, x.span()));
        }
        for (int s = 0; s < sysHit.length; s++) {
            if (sysHit[s]) continue;
            TimeExpression t = found.get(s);
            out.printf("+ %s %s ours \"%s\" %s %s%n  %s%n", d.id(), d.date(), t.text(), t.type(), t.value(),
                    context(d, new Span(t.start(), t.end())));
        }
    }

    private static String text(EvalDoc d, Span s) {
        return d.text().substring(s.start(), s.end());
    }

    /** The expression in up to 100 characters either side. */
    private static String context(EvalDoc d, Span s) {
        int b = Math.max(0, s.start() - 100), e = Math.min(d.text().length(), s.end() + 100);
        return (d.text().substring(b, s.start()) + "[[" + text(d, s) + "]]" + d.text().substring(s.end(), e))
                .replace('\n', ' ');
    }

    public static void print(Report report, Path data, PrintStream out) {
        out.printf("TIMEX3 on %s (values resolved against each document's publication date)%n", data);
        List<Result> results = report.systems();
        for (Result r : results) {
            out.printf("%s  [SUTime time %.1f s]%n", r.system(), r.seconds());
            out.printf("  detection strict   %s%n", r.strict());
            out.printf("  detection relaxed  %s%n", r.relaxed());
            out.printf("  type accuracy %.1f%%, value accuracy %.1f%% (on %d relaxed matches)%n", r.typeAccuracy(),
                    r.valueAccuracy(), r.matched());
            out.printf("  value F1           %s%n", r.valueF1());
            r.byTopic().forEach((topic, t) -> out.printf("  %-8s value accuracy %5.1f%% (%d/%d), value F1 %5.1f%n",
                    topic, t.valueAccuracy(), t.valueCorrect(), t.matched(), t.valueF1().f1()));
        }
        EstimateCheck e = report.estimates();
        out.printf("publication-date estimate with the date withheld: %d of %d documents estimated; the date "
                + "resolved against is the real one in %d, the real date within the estimate's bounds in %d%n",
                e.estimated(), e.documents(), e.anchorExact(), e.withinBounds());
        Result ours = results.get(0);
        out.printf("value F1 %.1f | anchors (TempEval-3, orientation only): SUTime 67, HeidelTime 78 | "
                + "value accuracy %.1f%%, target >= 85%%%n", ours.valueF1().f1(), ours.valueAccuracy());
    }
}
