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

    @Test
    void a_building_name_as_a_modifier_or_a_reports_source_stays_a_body() {
        // review 27r: names used as modifiers
        assertThat(resolved("The|DT White|NNP|ORG House|NNP|ORG press|NN secretary|NN told|VBD reporters|NNS"))
                .containsExactly("ORGANIZATION White House");
        assertThat(resolved("The|DT Random|NNP|ORG House|NNP|ORG editor|NN retired|VBD"))
                .containsExactly("ORGANIZATION Random House");
        assertThat(resolved("The|DT Penguin|NNP|ORG Random|NNP|ORG House|NNP|ORG merger|NN was|VBD blocked|VBN"))
                .containsExactly("ORGANIZATION Penguin Random House");
        assertThat(resolved("Fans|NNS of|IN the|DT Crystal|NNP|ORG Palace|NNP|ORG side|NN queued|VBD"))
                .containsExactly("ORGANIZATION Crystal Palace");
        assertThat(resolved("The|DT Buckingham|NNP|ORG Palace|NNP|ORG press|NN office|NN confirmed|VBD it|PRP"))
                .containsExactly("ORGANIZATION Buckingham Palace");
        assertThat(resolved("The|DT Soho|NNP|ORG House|NNP|ORG group|NN reported|VBD a|DT loss|NN"))
                .containsExactly("ORGANIZATION Soho House");
        // sources and addressees of reports
        assertThat(resolved("According|VBG to|TO the|DT White|NNP|ORG House|NNP|ORG ,|, the|DT talks|NNS "
                + "will|MD continue|VB")).containsExactly("ORGANIZATION White House");
        assertThat(resolved("In|IN a|DT statement|NN from|IN the|DT White|NNP|ORG House|NNP|ORG ,|, he|PRP "
                + "praised|VBD them|PRP")).containsExactly("ORGANIZATION White House");
        assertThat(resolved("a|DT spokesman|NN for|IN the|DT White|NNP|ORG House|NNP|ORG ,|, Tom|NNP|PER "
                + "Lee|NNP|PER ,|, declined|VBD")).contains("ORGANIZATION White House");
        assertThat(resolved("He|PRP told|VBD the|DT White|NNP|ORG House|NNP|ORG nothing|NN"))
                .containsExactly("ORGANIZATION White House");
        // a part of the building or a fire in it after the name: the building (own guard sentences)
        assertThat(resolved("Tourists|NNS queued|VBD outside|IN the|DT Blenheim|NNP|ORG Palace|NNP|ORG "
                + "gates|NNS")).containsExactly("LOCATION Blenheim Palace");
        assertThat(resolved("The|DT Crystal|NNP|ORG Palace|NNP|ORG fire|NN of|IN 1936|CD destroyed|VBD "
                + "the|DT hall|NN")).containsExactly("LOCATION Crystal Palace");
        // a day after the name is no modifier: the building
        assertThat(resolved("Protesters|NNS gathered|VBD outside|IN the|DT White|NNP|ORG House|NNP|ORG "
                + "Tuesday|NNP")).containsExactly("LOCATION White House");
        assertThat(resolved("The|DT Opera|NNP|ORG House|NNP|ORG in|IN Sydney|NNP|LOC will|MD reopen|VB"))
                .containsExactly("LOCATION Opera House", "LOCATION Sydney");
    }

    @Test
    void a_lochs_or_rivers_name_ending_in_a_bodys_head_is_the_body() {
        // review 27r
        assertThat(resolved("the|DT Loch|NNP|ORG Ness|NNP|ORG Centre|NNP|ORG reported|VBD record|JJ visitors|NNS"))
                .containsExactly("ORGANIZATION Loch Ness Centre");
        assertThat(resolved("the|DT River|NNP|ORG Tweed|NNP|ORG Festival|NNP|ORG opened|VBD"))
                .containsExactly("ORGANIZATION River Tweed Festival");
        assertThat(resolved("boats|NNS on|IN the|DT Loch|NNP|ORG Ness|NNP|ORG"))
                .containsExactly("LOCATION Loch Ness");
    }
}
