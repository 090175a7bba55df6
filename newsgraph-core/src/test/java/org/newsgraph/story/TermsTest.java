package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    private static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        Terms.split(text, out::add);
        return out;
    }

    @Test
    void drops_function_words_and_single_characters() {
        assertThat(terms("The ferry to Skerry was cancelled, a 2nd time.")).containsExactly("ferry", "skerry",
                "cancelled", "2nd");
    }

    @Test
    void leaves_out_the_labels_that_open_interview_turns() {
        String interview = "((Coastline Herald)) What changed at the harbour?\n"
                + "((Ann Roe)) The wall failed.\n"
                + "ROE: We rebuilt it.\n"
                + "  HARBOUR MASTER ROE: Twice.";
        assertThat(terms(interview)).containsExactly("changed", "harbour", "wall", "failed", "rebuilt", "twice");
    }

    @Test
    void keeps_capitals_and_brackets_that_open_no_turn() {
        assertThat(terms("NATO troops arrived.\n((aside without an end\nTalks: UN envoy")).containsExactly("nato",
                "troops", "arrived", "aside", "without", "end", "talks", "un", "envoy");
    }

    @Test
    void names_an_outlet_of_one_word_as_a_term_and_no_other() {
        assertThat(Terms.oneWordName("Reuters")).isEqualTo("reuters");
        assertThat(Terms.oneWordName("The Guardian")).isEqualTo("guardian");
        assertThat(Terms.oneWordName("The Washington Post")).isNull();
        assertThat(Terms.oneWordName(null)).isNull();
    }

    @Test
    void names_are_the_words_written_with_a_capital_away_from_a_sentence_s_start() {
        List<String> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Terms.split("Crews from Somerset fought the fire in Wellington. The store, Waitrose said, will close.\n"
                + "Residents told \"Police they left\", and The US envoy ((aside)) met NATO 2024.", all::add, names::add);
        assertThat(all).startsWith("crews", "somerset", "fought").contains("police", "nato", "2024");
        assertThat(names).containsExactly("somerset", "wellington", "waitrose", "nato");
    }
}
