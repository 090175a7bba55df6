package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShingleScorerTest {

    private final ShingleScorer scorer = new ShingleScorer();

    @Test
    void counts_shared_and_extra_four_token_shingles() {
        // gold: 6 tokens -> 3 shingles; prediction adds one token at the end -> one extra shingle
        ShingleScorer.PageScore s = scorer.score("a b c d e f", "a b c d e f g");
        assertThat(s.tp()).isCloseTo(0.75, within(1e-9));
        assertThat(s.fp()).isCloseTo(0.25, within(1e-9));
        assertThat(s.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.exact()).isFalse();
    }

    @Test
    void treats_short_texts_as_one_shingle_and_punctuation_as_separators() {
        assertThat(scorer.score("Hello, world!", "hello world").precision()).isZero();
        ShingleScorer.PageScore same = scorer.score("Hello, world!", "Hello world");
        assertThat(same.f1()).isEqualTo(1.0);
        assertThat(same.exact()).isTrue();
    }

    @Test
    void leaves_pages_without_prediction_out_of_the_precision_mean() {
        List<ShingleScorer.PageScore> pages = List.of(
                scorer.score("one two three four five", ""),
                scorer.score("one two three four five", "one two three four five"));
        ShingleScorer.Summary sum = scorer.summarize(pages);
        assertThat(sum.precision()).isEqualTo(1.0);
        assertThat(sum.recall()).isEqualTo(0.5);
        assertThat(sum.accuracy()).isEqualTo(0.5);
    }

    @Test
    void tokenises_like_python_word_characters() {
        assertThat(WordTokens.of("naïve café x²_y, 3.5% — 東京")).containsExactly("naïve", "café", "x²_y", "3", "5",
                "東京");
    }

    /** The published outputs of other extractors must score exactly as SOURCE.md says the official scorer does. */
    @ParameterizedTest
    @CsvSource({
            "trafilatura, 0.958, 0.938, 0.978",
            "readability_js, 0.947, 0.914, 0.982",
            "newspaper, 0.949, 0.964, 0.934",
            "goose3, 0.896, 0.940, 0.856",
            "justext, 0.804, 0.858, 0.756",
            "boilerpipe, 0.860, 0.850, 0.870",
            "html-text, 0.665, 0.500, 0.994",
            "AutoExtract, 0.970, 0.984, 0.956",
            "java_readability4j, 0.938, 0.902, 0.977",
            "java_boilerpipe_article, 0.877, 0.843, 0.914"})
    void reproduces_published_scores_of_reference_outputs(String system, double f1, double precision, double recall)
            throws IOException {
        Path dir = SharedData.require("extraction-scrapinghub-aeb");
        ExtractionDataset data = ExtractionDataset.load(dir);
        Map<String, String> predicted = ReferenceOutputs.load(dir.resolve("reference-outputs/" + system + ".json.gz"));
        List<ShingleScorer.PageScore> scores = new ArrayList<>();
        for (ExtractionDataset.GoldPage page : data.pages()) {
            scores.add(scorer.score(page.body(), predicted.getOrDefault(page.id(), "")));
        }
        ShingleScorer.Summary sum = scorer.summarize(scores);
        assertThat(sum.pages()).isEqualTo(181);
        assertThat(sum.f1()).isCloseTo(f1, within(0.0005));
        assertThat(sum.precision()).isCloseTo(precision, within(0.0005));
        assertThat(sum.recall()).isCloseTo(recall, within(0.0005));
    }
}
