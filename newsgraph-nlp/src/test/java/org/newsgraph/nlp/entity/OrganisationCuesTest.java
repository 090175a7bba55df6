package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** What only an organisation does types a name the tagger read otherwise (own sentences, see {@link TaggedText}). */
class OrganisationCuesTest {

    @Test
    void a_name_that_was_founded_or_has_shares_is_an_organisation_everywhere() {
        assertThat(resolved("Tavlo|NNP|PER was|VBD founded|VBN in|IN 1921|CD and|CC Tavlo|NNP|PER now|RB "
                + "makes|VBZ tents|NNS"))
                .containsExactly("ORGANIZATION Tavlo", "ORGANIZATION Tavlo");
        assertThat(resolved("Investors|NNS sold|VBD Brenner|NNP|PER 's|POS voting|VBG shares|NNS"))
                .containsExactly("ORGANIZATION Brenner");
        assertThat(resolved("Ann|NNP|PER Ross|NNP|PER bought|VBD shares|NNS of|IN Okra|NNP Mills|NNPS last|JJ year|NN"))
                .containsExactly("PERSON Ann Ross", "ORGANIZATION Okra Mills");
    }

    @Test
    void a_place_and_a_person_without_such_a_cue_keep_their_reading() {
        assertThat(resolved("Perth|NNP|LOC was|VBD founded|VBN in|IN 1829|CD"))
                .containsExactly("LOCATION Perth");
        assertThat(resolved("Ann|NNP|PER Kerr|NNP|PER founded|VBD a|DT company|NN and|CC sold|VBD her|PRP$ "
                + "shares|NNS"))
                .containsExactly("PERSON Ann Kerr");
    }
}
