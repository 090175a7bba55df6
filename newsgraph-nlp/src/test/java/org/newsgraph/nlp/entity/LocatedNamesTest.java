package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** A club's, a firm's or a stretch of land's name, "of" and a place: two names (own sentences, {@link TaggedText}). */
class LocatedNamesTest {

    @Test
    void a_club_or_company_of_a_known_place_is_the_body_and_the_place() {
        assertThat(resolved("Tarvik|NNP|LOC grew|VBD ¶ He|PRP founded|VBD the|DT Varna|NNP|ORG Hockey|NNP|ORG "
                + "Club|NNP|ORG of|IN|ORG Tarvik|NNP|ORG in|IN 1881|CD"))
                .containsExactly("LOCATION Tarvik", "ORGANIZATION Varna Hockey Club", "LOCATION Tarvik");
        // the head word's name that runs on over "of" is cut the same way
        assertThat(resolved("He|PRP joined|VBD Ostrel|NNP Oil|NNP Company|NNP of|IN Canada|NNP|LOC in|IN 1911|CD"))
                .containsExactly("ORGANIZATION Ostrel Oil Company", "LOCATION Canada");
        assertThat(resolved("the|DT Eastern|NNP|LOC Alps|NNP|LOC of|IN|LOC Austria|NNP|LOC rise|VBP"))
                .containsExactly("LOCATION Eastern Alps", "LOCATION Austria");
    }

    @Test
    void institutions_a_kind_alone_and_what_is_no_place_keep_their_of() {
        assertThat(resolved("the|DT Bank|NNP|ORG of|IN|ORG England|NNP|ORG raised|VBD rates|NNS"))
                .containsExactly("ORGANIZATION Bank of England");
        assertThat(resolved("the|DT Royal|NNP|ORG Bank|NNP|ORG of|IN|ORG Scotland|NNP|ORG cut|VBD jobs|NNS"))
                .containsExactly("ORGANIZATION Royal Bank of Scotland");
        assertThat(resolved("the|DT Socialist|NNP|ORG Party|NNP|ORG of|IN|ORG Chile|NNP|ORG won|VBD"))
                .containsExactly("ORGANIZATION Socialist Party of Chile");
        assertThat(resolved("Tarvik|NNP|LOC grew|VBD ¶ the|DT Company|NNP|ORG of|IN|ORG Tarvik|NNP|ORG met|VBD"))
                .containsExactly("LOCATION Tarvik", "ORGANIZATION Company of Tarvik");
        assertThat(resolved("the|DT Varna|NNP|ORG Hockey|NNP|ORG Club|NNP|ORG of|IN|ORG the|DT|ORG "
                + "Year|NNP|ORG award|NN"))
                .containsExactly("ORGANIZATION Varna Hockey Club of the Year");
        // a stretch of land of a name the article and the lists do not know as a place stays one name
        assertThat(resolved("the|DT North|NNP|LOC Shore|NNP|LOC of|IN|LOC Veltra|NNP|LOC is|VBZ quiet|JJ"))
                .containsExactly("LOCATION North Shore of Veltra");
    }
}
