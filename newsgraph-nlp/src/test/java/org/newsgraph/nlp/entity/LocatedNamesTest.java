package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** A stretch of land's or a firm's name, "of" and a place: two names (own sentences, {@link TaggedText}). */
class LocatedNamesTest {

    @Test
    void a_coast_or_range_of_a_known_place_is_the_stretch_and_the_place() {
        assertThat(resolved("the|DT Eastern|NNP|LOC Alps|NNP|LOC of|IN|LOC Austria|NNP|LOC rise|VBP"))
                .containsExactly("LOCATION Eastern Alps", "LOCATION Austria");
    }

    @Test
    void a_club_or_company_the_tagger_read_apart_from_its_place_is_not_run_on_over_of() {
        assertThat(resolved("He|PRP founded|VBD the|DT Varna|NNP|ORG Hockey|NNP|ORG Club|NNP|ORG of|IN "
                + "Tarvik|NNP|LOC in|IN 1881|CD"))
                .containsExactly("ORGANIZATION Varna Hockey Club", "LOCATION Tarvik");
        // a party's or a court's place after "of" is its domain, however the tagger cut it
        assertThat(resolved("the|DT Alliance|NNP|ORG Party|NNP|ORG of|IN Northern|NNP|LOC Tarvia|NNP|LOC won|VBD"))
                .containsExactly("ORGANIZATION Alliance Party of Northern Tarvia");
        // a name the tagger read whole keeps its place
        assertThat(resolved("Ostrel|NNP|ORG Motor|NNP|ORG Company|NNP|ORG of|IN|ORG Canada|NNP|ORG hired|VBD"))
                .containsExactly("ORGANIZATION Ostrel Motor Company of Canada");
    }

    @Test
    void institutions_a_kind_alone_and_what_is_no_place_keep_their_of() {
        assertThat(resolved("the|DT Bank|NNP|ORG of|IN|ORG England|NNP|ORG raised|VBD rates|NNS"))
                .containsExactly("ORGANIZATION Bank of England");
        assertThat(resolved("the|DT Royal|NNP|ORG Bank|NNP|ORG of|IN|ORG Scotland|NNP|ORG cut|VBD jobs|NNS"))
                .containsExactly("ORGANIZATION Royal Bank of Scotland");
        assertThat(resolved("the|DT Socialist|NNP|ORG Party|NNP|ORG of|IN|ORG Chile|NNP|ORG won|VBD"))
                .containsExactly("ORGANIZATION Socialist Party of Chile");
        assertThat(resolved("Tarvik|NNP|LOC grew|VBD ¶ the|DT Isle|NNP|LOC of|IN|LOC Tarvik|NNP|LOC voted|VBD"))
                .containsExactly("LOCATION Tarvik", "LOCATION Isle of Tarvik");
        assertThat(resolved("the|DT Scottish|NNP|MISC Highlands|NNP of|IN the|DT north|NN were|VBD cold|JJ"))
                .containsExactly("MISC Scottish");
        // a stretch of land of a name the article and the lists do not know as a place stays one name
        assertThat(resolved("the|DT North|NNP|LOC Shore|NNP|LOC of|IN|LOC Veltra|NNP|LOC is|VBZ quiet|JJ"))
                .containsExactly("LOCATION North Shore of Veltra");
    }
}
