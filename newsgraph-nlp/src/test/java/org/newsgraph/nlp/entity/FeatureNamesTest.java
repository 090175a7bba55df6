package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** Buildings and features of the land the tagger reads as bodies (own sentences, see {@link TaggedText}). */
class FeatureNamesTest {

    @Test
    void a_name_ending_or_opening_in_a_structures_noun_is_a_place() {
        assertThat(resolved("It|PRP lies|VBZ on|IN the|DT River|NNP|ORG Leven|NNP|ORG"))
                .containsExactly("LOCATION River Leven");
        assertThat(resolved("Kilbride|NNP|ORG Castle|NNP|ORG is|VBZ a|DT ruin|NN"))
                .containsExactly("LOCATION Kilbride Castle");
        assertThat(resolved("he|PRP was|VBD buried|VBN in|IN Westminster|NNP|ORG Abbey|NNP|ORG"))
                .containsExactly("LOCATION Westminster Abbey");
        assertThat(resolved("The|DT Chateau|NNP|ORG de|IN|ORG Varenne|NNP|ORG was|VBD sold|VBN"))
                .containsExactly("LOCATION Chateau de Varenne");
        assertThat(resolved("the|DT old|JJ Excursion|NNP|ORG House|NNP|ORG was|VBD converted|VBN"))
                .containsExactly("LOCATION Excursion House");
    }

    @Test
    void bodies_named_with_a_buildings_noun_or_acting_stay_bodies() {
        // a publisher, a think tank and a club go without "the"
        assertThat(resolved("Random|NNP|ORG House|NNP|ORG published|VBD the|DT book|NN"))
                .containsExactly("ORGANIZATION Random House");
        assertThat(resolved("a|DT report|NN by|IN Chatham|NNP|ORG House|NNP|ORG"))
                .containsExactly("ORGANIZATION Chatham House");
        assertThat(resolved("Crystal|NNP|ORG Palace|NNP|ORG beat|VBD Everton|NNP|ORG"))
                .contains("ORGANIZATION Crystal Palace");
        // a building that acts somewhere in the article stands for the office in it everywhere
        assertThat(resolved("the|DT White|NNP|ORG House|NNP|ORG said|VBD so|RB ¶ a|DT spokesman|NN for|IN "
                + "the|DT White|NNP|ORG House|NNP|ORG declined|VBD"))
                .containsExactly("ORGANIZATION White House", "ORGANIZATION White House");
        // a body whose name opens with a river's noun but ends in an institution's head word
        assertThat(resolved("the|DT River|NNP|ORG Thames|NNP|ORG Trust|NNP|ORG objected|VBD"))
                .containsExactly("ORGANIZATION River Thames Trust");
        // a river's noun opening a name decides after "the" only: a club
        assertThat(resolved("River|NNP|ORG Plate|NNP|ORG beat|VBD Boca|NNP|ORG Juniors|NNP|ORG 2-0|CD"))
                .contains("ORGANIZATION River Plate");
        // one word is no structure's name
        assertThat(resolved("the|DT Abbey|NNP|ORG said|VBD so|RB")).containsExactly("ORGANIZATION Abbey");
    }
}
