package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/** A person's gender the article gives only by a pronoun ({@link PersonEvidence#ownPronounGender}). */
class PronounGenderTest {

    private static String genderOf(String tagged, String name) {
        List<Entity> entities = new EntityResolver().resolve(TaggedText.parse(tagged)).entities();
        return entities.stream().filter(e -> e.name().equals(name) && e.type() == EntityType.PERSON).findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + entities)).gender();
    }

    @Test
    void a_he_or_she_pointing_back_at_a_name_no_list_knows_gives_its_gender() {
        assertThat(genderOf("Estée|NNP|PER Lauder|NNP|PER built|VBD her|PRP$ cosmetics|NNS company|NN from|IN a|DT "
                + "single|JJ cream|NN ;|: she|PRP died|VBD in|IN 2004|CD", "Estée Lauder")).isEqualTo("FEMALE");
        assertThat(genderOf("Okonjo|NNP|PER said|VBD he|PRP would|MD appeal|VB", "Okonjo")).isEqualTo("MALE");
    }

    @Test
    void a_pronoun_a_noun_or_another_person_may_take_gives_none() {
        // the nurse may be "her"
        assertThat(genderOf("Okonjo|NNP|PER thanked|VBD the|DT nurse|NN who|WP helped|VBD her|PRP", "Okonjo"))
                .isNull();
        assertThat(genderOf("Okonjo|NNP|PER told|VBD reporters|NNS he|PRP was|VBD innocent|JJ", "Okonjo")).isNull();
        // another person is nearer; a name after a verb is no subject a pronoun points back at
        assertThat(genderOf("Okonjo|NNP|PER met|VBD Bello|NNP|PER and|CC she|PRP said|VBD no|DT", "Okonjo"))
                .isNull();
        assertThat(genderOf("the|DT union|NN thanked|VBD Okonjo|NNP|PER and|CC he|PRP smiled|VBD", "Okonjo"))
                .isNull();
        // a group's pronoun first
        assertThat(genderOf("Okonjo|NNP|PER and|CC Bello|NNP|PER said|VBD they|PRP would|MD go|VB", "Okonjo"))
                .isNull();
    }
}
