package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** A plural class noun types the untagged names of the list it stands for (own sentences, see {@link TaggedText}). */
class ClassListsTest {

    @Test
    void untagged_names_before_and_other_bands_are_bands() {
        assertThat(resolved("Mira|NNP|PER Holt|NNP|PER toured|VBD with|IN The|DT Pale|NNP Hours|NNPS of|IN Rain|NNP "
                + ",|, Velvet|NNP Harrow|NNP ,|, and|CC several|JJ other|JJ bands|NNS||band"))
                .containsExactly("PERSON Mira Holt", "ORGANIZATION The Pale Hours of Rain",
                        "ORGANIZATION Velvet Harrow");
    }

    @Test
    void untagged_names_after_unions_including_are_organisations() {
        assertThat(resolved("Unions|NNS||union including|VBG Brasa|NNP and|CC Kelvo|NNP|ORG called|VBD a|DT "
                + "strike|NN"))
                .containsExactly("ORGANIZATION Brasa", "ORGANIZATION Kelvo");
        assertThat(resolved("Ann|NNP|PER Roe|NNP|PER praised|VBD retailers|NNS||retailer such|JJ as|IN Dunmore|NNP "
                + "Stores|NNPS .|."))
                .containsExactly("PERSON Ann Roe", "ORGANIZATION Dunmore Stores");
    }

    @Test
    void tagged_names_and_scene_setting_places_keep_their_type() {
        assertThat(resolved("In|IN Karvia|NNP ,|, Tolmar|NNP|ORG and|CC other|JJ carmakers|NNS||carmaker cut|VBD "
                + "jobs|NNS"))
                .containsExactly("ORGANIZATION Tolmar");
        assertThat(resolved("Kurds|NNPS|MISC ,|, Yazidis|NNPS|MISC and|CC other|JJ groups|NNS||group fled|VBD"))
                .containsExactly("MISC Kurds", "MISC Yazidis");
    }

    @Test
    void a_list_without_a_closing_name_or_with_a_speaker_after_it_types_nothing() {
        assertThat(resolved("Investors|NNS bought|VBD companies|NNS||company such|JJ as|IN Orvik|NNP ,|, "
                + "Tamsin|NNP|PER said|VBD"))
                .containsExactly("PERSON Tamsin");
        assertThat(resolved("big|JJ bands|NNS||band ,|, such|JJ as|IN Ray|NNP|PER Dorn|NNP|PER and|CC His|PRP$ "
                + "Band|NNP of|IN Note|NNP"))
                .containsExactly("PERSON Ray Dorn");
    }
}
