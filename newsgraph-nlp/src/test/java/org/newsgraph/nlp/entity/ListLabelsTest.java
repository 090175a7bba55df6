package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** Numbered list items whose label the tagger took for a name (own sentences, see {@link TaggedText}). */
class ListLabelsTest {

    @Test
    void a_numbered_label_opening_its_sentence_is_no_name() {
        assertThat(resolved("Stage|NNP|ORG 5|CD :|: Nice|NNP|LOC to|TO Macon|NNP|LOC"))
                .containsExactly("LOCATION Nice", "LOCATION Macon");
    }

    @Test
    void the_label_is_not_looked_for_again_in_the_other_items() {
        assertThat(resolved("Milepost|NNP|ORG 3|CD :|: Summit|NNP .|. ¶ Milepost|NNP 4|CD :|: Hiram|NNP|LOC .|. "
                + "¶ the|DT Milepost|NNP|ORG company|NN sold|VBD it|PRP"))
                .containsExactly("LOCATION Hiram", "ORGANIZATION Milepost");
    }

    @Test
    void a_name_with_a_number_elsewhere_stays_a_name() {
        // not at the sentence's start, or no colon after the number: the word may name something
        assertThat(resolved("He|PRP joined|VBD Apollo|NNP|ORG 11|CD :|: the|DT crew|NN"))
                .containsExactly("ORGANIZATION Apollo");
        assertThat(resolved("Boeing|NNP|ORG 747|CD orders|NNS rose|VBD"))
                .containsExactly("ORGANIZATION Boeing");
    }
}
