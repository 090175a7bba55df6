package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.story.StoryInput;
import org.junit.jupiter.api.Test;
import org.newsgraph.story.StoryParams;

class StoryBenchmarkTest {

    @Test
    void separates_the_events_of_a_topic_better_than_any_topic_level_clustering_on_dev() {
        Path dir = SharedData.require("clustering-ecbplus/" + EcbPlusDoc.FILE).getParent();
        List<EcbPlusDoc> dev = EcbPlusDoc.load(dir, "dev");
        assertThat(dev).hasSize(197);
        ClusterScores s = StoryBenchmark.run(dev, StoryBenchmark.inputs(dev), StoryBenchmark.background(dir), StoryParams.DEFAULT,
                StoryBenchmark.BASELINE_SEED);
        // merging the two events of each topic caps B-cubed F1 at 0.676 (baselines.md, oracle topic)
        assertThat(s.b3F1()).isGreaterThan(0.85);
        assertThat(s.items()).isEqualTo(197);
    }

    @Test
    void reproduces_the_tfidf_single_pass_baseline_on_the_same_arrival_order() {
        Path dir = SharedData.require("clustering-ecbplus/" + EcbPlusDoc.FILE).getParent();
        List<EcbPlusDoc> dev = EcbPlusDoc.load(dir, "dev");
        ClusterScores s = StoryBenchmark.baseline(dev, StoryBenchmark.BASELINE_SEED);
        // a text-only single pass separates most events of a topic, well above the topic-level cap of 0.676
        assertThat(s.items()).isEqualTo(197);
        assertThat(s.b3F1()).isBetween(0.80, 0.95);
        assertThat(s.b3Precision()).isGreaterThan(0.7);
    }

    @Test
    void a_topic_clustered_alone_keeps_its_events_together_only_with_the_background() {
        Path dir = SharedData.require("clustering-ecbplus/" + EcbPlusDoc.FILE).getParent();
        List<EcbPlusDoc> dev = EcbPlusDoc.load(dir, "dev");
        List<StoryInput> inputs = StoryBenchmark.inputs(dev);
        var alone = StoryBenchmark.focused(dev, inputs, StoryParams.DEFAULT, false);
        var withBackground = StoryBenchmark.focused(dev, inputs, StoryParams.DEFAULT, true);
        // two events per topic: idf from the topic alone weighs its own words at nothing and splits its events
        assertThat(alone.storiesPerTopic()).isGreaterThan(4);
        assertThat(withBackground.storiesPerTopic()).isLessThan(alone.storiesPerTopic() - 1);
        assertThat(withBackground.recall()).isGreaterThan(alone.recall());
        assertThat(withBackground.f1()).isGreaterThan(alone.f1());
        // and its two events mostly apart: one story per topic would score about 0.67
        assertThat(withBackground.f1()).isGreaterThan(0.8);
    }
}
