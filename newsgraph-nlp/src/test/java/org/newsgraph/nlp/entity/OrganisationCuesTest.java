package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** What only an organisation is types an untagged name, and its repeats (own sentences, see {@link TaggedText}). */
class OrganisationCuesTest {

    @Test
    void an_untagged_call_sign_that_was_founded_is_an_organisation_with_its_repeats() {
        assertThat(resolved("4KZ|NN was|VBD founded|VBN in|IN Cairns|NNP|LOC and|CC 4KZ|NN now|RB airs|VBZ "
                + "talk|NN"))
                .containsExactly("ORGANIZATION 4KZ", "LOCATION Cairns", "ORGANIZATION 4KZ");
        assertThat(resolved("Investors|NNS sold|VBD Tavlo|NNP 's|POS subsidiary|NN in|IN Oslo|NNP|LOC"))
                .containsExactly("ORGANIZATION Tavlo", "LOCATION Oslo");
    }

    @Test
    void people_and_places_keep_their_reading() {
        assertThat(resolved("Perth|NNP|LOC was|VBD founded|VBN in|IN 1829|CD"))
                .containsExactly("LOCATION Perth");
        assertThat(resolved("Ada|NNP|PER Brink|NNP|PER 's|POS stake|NN fell|VBD and|CC Brink|NNP was|VBD "
                + "listed|VBN as|IN absent|JJ"))
                .containsExactly("PERSON Ada Brink", "PERSON Brink");
        // a capitalised word that was founded may be a faith or a state; only capitals or digits say organisation
        assertThat(resolved("Veldism|NNP was|VBD founded|VBN in|IN Arvo|NNP|LOC and|CC the|DT Republic|NNP "
                + "was|VBD founded|VBN later|RB"))
                .containsExactly("LOCATION Arvo");
        // a word of a person's name is that person's even where a cue follows it untagged
        assertThat(resolved("Ivo|NNP|PER Kallas|NNP|PER left|VBD ;|: Kallas|NNP was|VBD founded|VBN by|IN him|PRP"))
                .containsExactly("PERSON Ivo Kallas", "PERSON Kallas");
    }
}
