package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** A plural class noun types the whole list of names it stands for (own sentences, see {@link TaggedText}). */
class ClassListsTest {

    @Test
    void names_before_and_other_bands_are_bands() {
        assertThat(resolved("with|IN Dana|NNP|PER Vale|NNP|PER ,|, The|DT Pale|NNP Hours|NNPS of|IN Rain|NNP ,|, "
                + "and|CC several|JJ other|JJ bands|NNS||band"))
                .containsExactly("ORGANIZATION Dana Vale", "ORGANIZATION The Pale Hours of Rain");
    }

    @Test
    void names_after_companies_such_as_are_companies() {
        assertThat(resolved("companies|NNS||company such|JJ as|IN Orvik|NNP|PER ,|, Tamsa|NNP|LOC and|CC Belko|NNP "
                + "Foods|NNPS"))
                .containsExactly("ORGANIZATION Orvik", "ORGANIZATION Tamsa", "ORGANIZATION Belko Foods");
        assertThat(resolved("bands|NNS||band including|VBG Mira|NNP|PER Lane|NNP|PER played|VBD"))
                .containsExactly("ORGANIZATION Mira Lane");
    }

    @Test
    void a_list_that_does_not_end_in_a_name_types_nothing() {
        assertThat(resolved("big|JJ bands|NNS||band ,|, such|JJ as|IN Ray|NNP|PER Dorn|NNP|PER and|CC His|PRP$ "
                + "Band|NNP of|IN Note|NNP"))
                .containsExactly("PERSON Ray Dorn");
    }
}
