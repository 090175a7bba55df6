package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** A numbered unit named in full, then by its ordinal alone (own sentences, see {@link TaggedText}). */
class UnitOrdinalsTest {

    @Test
    void the_ordinal_alone_is_the_unit() {
        assertThat(resolved("the|DT 41st|JJ|ORG Signal|NNP|ORG Brigade|NNP|ORG moved|VBD and|CC the|DT 41st|JJ "
                + "fought|VBD"))
                .containsExactly("ORGANIZATION 41st Signal Brigade", "ORGANIZATION 41st");
    }

    @Test
    void an_ordinal_that_modifies_a_word_or_names_no_unit_is_none() {
        assertThat(resolved("the|DT 41st|JJ|ORG Signal|NNP|ORG Brigade|NNP|ORG marked|VBD the|DT 41st|JJ "
                + "anniversary|NN"))
                .containsExactly("ORGANIZATION 41st Signal Brigade");
        assertThat(resolved("Ann|NNP|PER Roe|NNP|PER finished|VBD the|DT 41st|JJ ,|, Ben|NNP|PER the|DT 42nd|JJ"))
                .containsExactly("PERSON Ann Roe", "PERSON Ben");
    }

    @Test
    void a_day_of_the_month_is_no_unit() {
        assertThat(resolved("the|DT 9th|JJ|ORG Signal|NNP|ORG Brigade|NNP|ORG left|VBD on|IN the|DT 9th|JJ "
                + "and|CC stayed|VBD until|IN the|DT 9th|JJ of|IN that|DT month|NN"))
                .containsExactly("ORGANIZATION 9th Signal Brigade");
        // above 31 no day: "relieved by the 41st" is the unit
        assertThat(resolved("the|DT 41st|JJ|ORG Signal|NNP|ORG Brigade|NNP|ORG was|VBD relieved|VBN by|IN "
                + "the|DT 41st|JJ .|."))
                .containsExactly("ORGANIZATION 41st Signal Brigade", "ORGANIZATION 41st");
    }
}
