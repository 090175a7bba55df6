package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** A building written to or spoken for is the body in it (see {@link TaggedText}). */
class AddresseesTest {

    @Test
    void a_place_written_to_or_spoken_for_is_the_body() {
        // review27u item 8 (session 28, ents28): "In a letter to the White House" was a place
        assertThat(resolved("in|IN a|DT letter|NN to|TO the|DT White|NNP|LOC House|NNP|LOC ,|, mayors|NNS "
                + "asked|VBD for|IN money|NN"))
                .containsExactly("ORGANIZATION White House");
        assertThat(resolved("a|DT spokesperson|NN for|IN the|DT White|NNP|LOC House|NNP|LOC said|VBD so|RB"))
                .containsExactly("ORGANIZATION White House");
        assertThat(resolved("he|PRP acted|VBD on|IN behalf|NN of|IN the|DT White|NNP|LOC House|NNP|LOC"))
                .containsExactly("ORGANIZATION White House");
    }

    @Test
    void places_gone_to_and_countries_written_to_stay_places() {
        // near misses: a trip to the building, a letter to a country or a listed city, a body already one
        assertThat(resolved("a|DT trip|NN to|TO the|DT White|NNP|LOC House|NNP|LOC was|VBD a|DT prize|NN"))
                .containsExactly("LOCATION White House");
        assertThat(resolved("he|PRP wrote|VBD to|TO France|NNP|LOC and|CC to|TO Paris|NNP|LOC"))
                .containsExactly("LOCATION France", "LOCATION Paris");
        assertThat(resolved("a|DT letter|NN to|TO the|DT Senate|NNP|ORG arrived|VBD"))
                .containsExactly("ORGANIZATION Senate");
        assertThat(resolved("flags|NNS at|IN the|DT White|NNP|LOC House|NNP|LOC were|VBD lowered|VBN"))
                .containsExactly("LOCATION White House");
    }
}
