package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {

    @Test
    void reproduces_the_scorer_sanity_check_of_the_ecbplus_source_notes() {
        ClusterScores s = ClusterScores.of(List.of(1, 1, 1, 2, 2), List.of(1, 1, 2, 2, 2));
        assertThat(s.b3Precision()).isCloseTo(0.733, within(0.0005));
        assertThat(s.b3Recall()).isCloseTo(0.733, within(0.0005));
        assertThat(s.pairPrecision()).isEqualTo(0.5);
        assertThat(s.pairRecall()).isEqualTo(0.5);
    }

    @Test
    void scores_all_singletons_and_one_cluster_as_the_extremes() {
        List<String> gold = List.of("a", "a", "b", "b", "b", "c");
        ClusterScores singletons = ClusterScores.of(gold, List.of(1, 2, 3, 4, 5, 6));
        assertThat(singletons.b3Precision()).isEqualTo(1.0);
        assertThat(singletons.pairF1()).isZero();
        ClusterScores one = ClusterScores.of(gold, List.of(0, 0, 0, 0, 0, 0));
        assertThat(one.b3Recall()).isEqualTo(1.0);
        assertThat(one.ari()).isCloseTo(0.0, within(1e-12));
        ClusterScores perfect = ClusterScores.of(gold, List.of(7, 7, 8, 8, 8, 9));
        assertThat(perfect.b3F1()).isEqualTo(1.0);
        assertThat(perfect.ari()).isCloseTo(1.0, within(1e-12));
        assertThat(perfect.clusters()).isEqualTo(3);
    }
}
