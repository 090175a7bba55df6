package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.story.EntityRef;

class CapitalisedNamesTest {

    @Test
    void finds_capitalised_runs_folds_short_forms_and_skips_sentence_openers() {
        var names = CapitalisedNames.extract("The actress Tara Reid entered the Promises Treatment Center in "
                + "Malibu. Reid's publicist Jack Ketsoyan confirmed it. He said the Bank of England was not "
                + "involved.");
        assertThat(names).extracting(EntityRef::name)
                .containsExactly("Tara Reid", "Promises Treatment Center", "Malibu", "Jack Ketsoyan",
                        "Bank of England");
        assertThat(names.get(0).mentions()).isEqualTo(2);
    }

    @Test
    void finds_nothing_in_lower_case_or_empty_text() {
        assertThat(CapitalisedNames.extract("no names here at all.")).isEmpty();
        assertThat(CapitalisedNames.extract("")).isEmpty();
    }
}
