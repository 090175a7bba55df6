package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BagOfWordsScorerTest {

    private final BagOfWordsScorer scorer = new BagOfWordsScorer();

    @Test
    void scores_lowercased_token_overlap_and_snippets() {
        BagOfWordsScorer.PageScore s = scorer.score("The cat sat on the mat.", "the cat sat. Subscribe now!",
                List.of("cat sat", "on the mat"), List.of("Subscribe now", "Cookie settings"));
        // overlap {the, cat, sat} = 3 of 5 predicted and 3 of 6 gold tokens
        assertThat(s.precision()).isCloseTo(0.6, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(s.withFound()).isEqualTo(0.5);
        assertThat(s.withoutFound()).isEqualTo(0.5);
    }

    @Test
    void gives_zero_to_an_empty_prediction_and_one_to_an_empty_gold_matched() {
        assertThat(scorer.score("some gold text", "", List.of(), List.of()).f1()).isZero();
        assertThat(scorer.score("", "", List.of(), List.of()).f1()).isEqualTo(1.0);
    }
}
