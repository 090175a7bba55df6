package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** Hyphened place names with a particle of place (own sentences, see {@link TaggedText}). */
class ParticlePlacesTest {

    @Test
    void a_hyphened_word_with_a_particle_of_place_is_one_place() {
        assertThat(resolved("in|IN the|DT Maine|NNP|LOC ~-|HYPH ~et|NNP ~-|HYPH ~Loire|NNP department|NN"))
                .containsExactly("LOCATION Maine-et-Loire");
        assertThat(resolved("Saint|NNP|PER ~-|HYPH|PER ~Aubin|NNP|PER ~-|HYPH|PER ~du|NNP|PER ~-|HYPH|PER "
                + "~Pavoil|NNP|PER is|VBZ a|DT commune|NN"))
                .containsExactly("LOCATION Saint-Aubin-du-Pavoil");
        assertThat(resolved("a|DT factory|NN in|IN Stoke|NNP|LOC ~-|HYPH ~on|IN ~-|HYPH ~Trent|NNP|PER closed|VBD"))
                .containsExactly("LOCATION Stoke-on-Trent");
    }

    @Test
    void hyphened_titles_names_and_longer_names_stay_as_the_tagger_read_them() {
        assertThat(resolved("Commander|NNP ~-|HYPH ~in|IN ~-|HYPH ~Chief|NNP Ann|NNP|PER Lee|NNP|PER spoke|VBD"))
                .containsExactly("PERSON Ann Lee");
        assertThat(resolved("his|PRP$ Brother|NNP ~-|HYPH ~in|IN ~-|HYPH ~Law|NNP Tom|NNP|PER Hale|NNP|PER"))
                .containsExactly("PERSON Tom Hale");
        // no particle: a person's double name
        assertThat(resolved("Jean|NNP|PER ~-|HYPH|PER ~Paul|NNP|PER Sartre|NNP|PER wrote|VBD"))
                .containsExactly("PERSON Jean-Paul Sartre");
        // a body named after the place keeps its name
        assertThat(resolved("the|DT Boulogne|NNP|ORG ~-|HYPH|ORG ~sur|IN|ORG ~-|HYPH|ORG ~Mer|NNP|ORG "
                + "Golf|NNP|ORG Club|NNP|ORG won|VBD"))
                .containsExactly("ORGANIZATION Boulogne-sur-Mer Golf Club");
        // a body named after the place that the tagger started inside the word starts where the word does
        assertThat(resolved("Stoke|NNP ~-|HYPH ~on|IN ~-|HYPH ~Trent|NNP|ORG City|NNP|ORG Council|NNP|ORG "
                + "approved|VBD it|PRP"))
                .containsExactly("ORGANIZATION Stoke-on-Trent City Council");
        // a saint's word glued to the name by a hyphen is the name's, no title
        assertThat(resolved("Camille|NNP|PER Saint|NNP|PER ~-|HYPH|PER ~Saëns|NNP|PER wrote|VBD it|PRP"))
                .containsExactly("PERSON Camille Saint-Saëns");
        // lower-case ends: a compound word
        assertThat(resolved("a|DT run|NN ~-|HYPH ~in|IN ~-|HYPH ~the|DT Paris|NNP|LOC"))
                .containsExactly("LOCATION Paris");
    }

    @Test
    void roles_held_somewhere_are_no_places() {
        // review 27r: a noun for people opens the word, or the holder's name follows it
        assertThat(resolved("Artist|NNP ~-|HYPH ~in|IN ~-|HYPH ~Residence|NNP Maya|NNP|PER "
                + "Lin|NNP|PER opened|VBD it|PRP")).containsExactly("PERSON Maya Lin");
        assertThat(resolved("The|DT Lady|NNP ~-|HYPH ~in|IN ~-|HYPH ~Waiting|NNP to|TO the|DT queen|NN "
                + "attended|VBD")).isEmpty();
        assertThat(resolved("Officer|NNP ~-|HYPH ~in|IN ~-|HYPH ~Charge|NNP Mark|NNP|PER Bell|NNP|PER said|VBD"))
                .containsExactly("PERSON Mark Bell");
        assertThat(resolved("Writer|NNP ~-|HYPH ~in|IN ~-|HYPH ~Residence|NNP Jane|NNP|PER Ortiz|NNP|PER "
                + "will|MD teach|VB")).containsExactly("PERSON Jane Ortiz");
        // no noun for people ("head" names no people in the list): the holder's name decides
        assertThat(resolved("Head|NNP ~-|HYPH ~in|IN ~-|HYPH ~Charge|NNP Jane|NNP|PER Ortiz|NNP|PER "
                + "will|MD teach|VB")).containsExactly("PERSON Jane Ortiz");
        // a town whose first part is also a common noun stays a place
        assertThat(resolved("a|DT man|NN from|IN Barrow|NNP|LOC ~-|HYPH ~in|IN ~-|HYPH ~Furness|NNP said|VBD"))
                .containsExactly("LOCATION Barrow-in-Furness");
        assertThat(resolved("a|DT hotel|NN in|IN Saint|NNP ~-|HYPH ~sur|IN ~-|HYPH ~Mer|NNP closed|VBD"))
                .containsExactly("LOCATION Saint-sur-Mer");
    }
}
