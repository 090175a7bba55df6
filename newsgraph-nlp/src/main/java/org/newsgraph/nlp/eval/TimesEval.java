package org.newsgraph.nlp.eval;

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

/**
 * TempEval-3 style TIMEX3 scores (gold-meantime SOURCE.md): strict and relaxed detection, type and value accuracy
 * on relaxed matches, and value F1 (a relaxed match with an equal value). Runs SUTime with and without
 * newsgraph's windows around time words so their cost in recall shows.
 */
public final class TimesEval {

    public record Result(String system, Prf strict, Prf relaxed, int typeCorrect, int valueCorrect, int matched,
                         double seconds) {
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

    public List<Result> run(Path data, int limit) {
        List<EvalDoc> docs = GoldReaders.read(data);
        if (limit > 0 && docs.size() > limit) docs = docs.subList(0, limit);
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        List<NlpDocument> annotated = new ArrayList<>();
        for (EvalDoc d : docs) annotated.add(annotator.annotate(d.text()));
        TimeTagger.shared().tag(annotated.get(0), docs.get(0).date()); // loads SUTime outside the timings
        List<Result> out = new ArrayList<>();
        out.add(score("newsgraph (SUTime on windows around time words)", new TimeTagger(CoreNlpModels.sutime(), true),
                docs, annotated));
        out.add(score("SUTime on every sentence", new TimeTagger(CoreNlpModels.sutime(), false), docs, annotated));
        return out;
    }

    private static Result score(String name, TimeTagger tagger, List<EvalDoc> docs, List<NlpDocument> annotated) {
        Prf strict = Prf.ZERO, relaxed = Prf.ZERO;
        int type = 0, value = 0, matched = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
            EvalDoc d = docs.get(i);
            List<Labeled> gold = new ArrayList<>(), sys = new ArrayList<>();
            for (EvalDoc.GoldTimex g : d.times()) gold.add(new Labeled(g.span(), g.value()));
            List<TimeExpression> found = new ArrayList<>();
            for (TimeExpression t : tagger.tag(annotated.get(i), d.date())) {
                if (t.start() < d.scopeEnd()) {
                    found.add(t);
                    sys.add(new Labeled(new Span(t.start(), t.end()), String.valueOf(t.value())));
                }
            }
            strict = strict.plus(new Prf(SpanMatcher.pairs(gold, sys, true, (a, b) -> true).size(), gold.size(),
                    sys.size()));
            List<int[]> pairs = SpanMatcher.pairs(gold, sys, false, (a, b) -> true);
            relaxed = relaxed.plus(new Prf(pairs.size(), gold.size(), sys.size()));
            for (int[] p : pairs) {
                matched++;
                EvalDoc.GoldTimex g = d.times().get(p[0]);
                if (g.type().equals(found.get(p[1]).type())) type++;
                if (g.value().equals(found.get(p[1]).value())) value++;
            }
        }
        return new Result(name, strict, relaxed, type, value, matched, (System.nanoTime() - t0) / 1e9);
    }

    public static void print(List<Result> results, Path data, PrintStream out) {
        out.printf("TIMEX3 on %s (values resolved against each document's publication date)%n", data);
        for (Result r : results) {
            out.printf("%s  [SUTime time %.1f s]%n", r.system(), r.seconds());
            out.printf("  detection strict   %s%n", r.strict());
            out.printf("  detection relaxed  %s%n", r.relaxed());
            out.printf("  type accuracy %.1f%%, value accuracy %.1f%% (on %d relaxed matches)%n", r.typeAccuracy(),
                    r.valueAccuracy(), r.matched());
            out.printf("  value F1           %s%n", r.valueF1());
        }
        Result ours = results.get(0);
        out.printf("value F1 %.1f | anchors (TempEval-3, orientation only): SUTime 67, HeidelTime 78 | "
                + "value accuracy %.1f%%, target >= 85%%%n", ours.valueF1().f1(), ours.valueAccuracy());
    }
}
