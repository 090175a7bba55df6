package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.dedup.DedupParams;

class DedupBenchmarkTest {

    @Test
    void meets_the_precision_and_recall_targets_on_the_report_draw() {
        List<DemoArticle> articles = DemoArticle.load(SharedData.require("demo-wikinews/articles.jsonl.gz"));
        DedupBenchmark.Result r = DedupBenchmark.run(articles, DedupParams.DEFAULT, DedupBenchmark.REPORT_SEED);
        assertThat(r.documents()).isGreaterThan(articles.size());
        assertThat(r.scores().pairPrecision()).isGreaterThanOrEqualTo(0.99);
        assertThat(r.scores().pairRecall()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void builds_the_same_set_from_the_same_seed() {
        List<DemoArticle> articles = DemoArticle.load(SharedData.require("demo-wikinews/articles.jsonl.gz"));
        List<DedupCorpus.Case> a = DedupCorpus.build(articles, 5, 0.5);
        assertThat(DedupCorpus.build(articles, 5, 0.5)).isEqualTo(a);
        assertThat(a).extracting(DedupCorpus.Case::original).containsAll(
                articles.stream().map(DemoArticle::id).toList());
    }
}
