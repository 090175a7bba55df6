package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShinglerTest {

    private final Shingler shingler = new Shingler(3);

    @Test
    void ignores_case_punctuation_and_spacing() {
        assertThat(shingler.shingles("The mayor said: \"We will rebuild the bridge.\""))
                .containsExactly(shingler.shingles("the MAYOR said we   will\nrebuild, the bridge"));
    }

    @Test
    void gives_one_shingle_per_window_of_k_words() {
        assertThat(shingler.shingles("one two three four five six")).hasSize(4);
        assertThat(shingler.shingles("one two three one two three")).hasSize(3);
    }

    @Test
    void keeps_texts_shorter_than_k_as_a_single_shingle_and_empty_text_as_none() {
        assertThat(shingler.shingles("Breaking news")).hasSize(1);
        assertThat(shingler.shingles(" ... ")).isEmpty();
    }

    @Test
    void treats_letters_outside_ascii_and_digits_as_word_characters() {
        assertThat(shingler.shingles("Zürich München 2019 Ελλάδα")).hasSize(2);
        assertThat(shingler.shingles("Zürich München 2019")).isNotEqualTo(shingler.shingles("Zurich Munchen 2019"));
    }

    @Test
    void returns_sorted_distinct_hashes_whose_intersection_counts_shared_windows() {
        long[] a = shingler.shingles("a b c d e f");
        long[] b = shingler.shingles("x y c d e f");
        assertThat(a).isSorted();
        assertThat(Shingler.intersectionSize(a, b)).isEqualTo(2);
    }

    @Test
    void rejects_a_shingle_size_below_one() {
        assertThatThrownBy(() -> new Shingler(0)).hasMessageContaining("k must be >= 1");
    }
}
