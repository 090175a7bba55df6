package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** Determiner phrases capitalised by courtesy are no names (see {@link TaggedText}). */
class PronounPhrasesTest {

    @Test
    void a_determiner_and_one_capitalised_noun_is_no_entity() {
        // session 27 (ents27): the demo's Supreme Court summary
        assertThat(resolved("This|DT|ORG Court|NNP|ORG has|VBZ concluded|VBN that|IN the|DT advice|NN to|TO "
                + "Her|PRP$|PER Majesty|NNP|PER was|VBD unlawful|JJ")).isEmpty();
        assertThat(resolved("His|PRP$|PER Excellency|NNP|PER arrived|VBD")).isEmpty();
        assertThat(resolved("advice|NN to|TO Her|PRP$|PER was|VBD unlawful|JJ")).isEmpty();
    }

    @Test
    void longer_names_and_names_after_a_determiner_stay() {
        // near misses: a band named with a determiner, a name after a possessive, a court named in full
        assertThat(resolved("My|PRP$|ORG Chemical|NNP|ORG Romance|NNP|ORG played|VBD"))
                .containsExactly("ORGANIZATION My Chemical Romance");
        assertThat(resolved("her|PRP$ Paris|NNP|LOC office|NN closed|VBD")).containsExactly("LOCATION Paris");
        assertThat(resolved("This|DT year|NN the|DT Supreme|NNP|ORG Court|NNP|ORG ruled|VBD"))
                .containsExactly("ORGANIZATION Supreme Court");
        assertThat(resolved("That|DT night|NN Her|PRP$ sister|NN Ann|NNP|PER Lee|NNP|PER spoke|VBD"))
                .containsExactly("PERSON Ann Lee");
    }
}
