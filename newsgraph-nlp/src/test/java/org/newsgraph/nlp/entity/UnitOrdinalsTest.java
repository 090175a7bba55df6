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
}
