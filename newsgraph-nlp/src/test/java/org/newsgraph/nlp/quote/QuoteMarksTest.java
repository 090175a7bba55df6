package org.newsgraph.nlp.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes in pairs of apostrophes (session 25; sentences written for this test). */
class QuoteMarksTest {

    private static List<String> quoted(String text) {
        return QuoteMarks.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void two_apostrophes_at_a_word_s_start_open_a_quote_that_two_close() {
        assertThat(quoted("''We will not close the plant,'' said Ann Roe, the mill's owner."))
                .containsExactly("We will not close the plant,");
        assertThat(quoted("The owner (''a fair price'') was pleased.")).containsExactly("a fair price");
    }

    @Test
    void a_quote_inside_closes_first_and_the_last_two_apostrophes_close_the_outer_one() {
        assertThat(quoted("''He told me, 'Stay home,''' the farmer said.")).containsExactly("He told me, 'Stay home,'");
    }

    @Test
    void a_closing_pair_a_space_follows_or_apostrophes_inside_a_word_open_nothing() {
        // tokenised text sets its closing '' apart; "rock 'n' roll" and a doubled apostrophe in a word are no marks
        assertThat(quoted("It was over , he said . '' Then the crowd left the stadium.")).isEmpty();
        assertThat(quoted("The shop sells rock 'n' roll records and don''t mind.")).isEmpty();
        assertThat(quoted("`` We will win , '' he said .")).containsExactly("We will win ,");
    }
}
