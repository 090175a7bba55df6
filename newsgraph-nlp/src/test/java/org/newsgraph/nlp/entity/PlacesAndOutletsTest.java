package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Places under their current names, newspapers named after their towns and the gender an article gives a person
 * (own sentences, see {@link TaggedText}): round 18 of the name joins.
 */
class PlacesAndOutletsTest {

    private static List<String> names(String tagged) {
        return TaggedText.entityCounts(tagged);
    }

    @Test
    void a_current_place_name_the_tagger_reads_as_a_person_or_misses_is_a_place() {
        assertThat(names("Kyiv|NNP|PER rejected|VBD the|DT offer|NN and|CC Kyiv|NNP|PER asked|VBD for|IN aid|NN"))
                .containsExactly("LOCATION Kyiv x2");
        assertThat(names("Czechia|NNP beat|VBD Slovakia|NNP|LOC in|IN Brno|NNP|LOC"))
                .containsExactly("LOCATION Czechia x1", "LOCATION Slovakia x1", "LOCATION Brno x1");
        assertThat(names("Eswatini|NNP|PER 's|POS king|NN opened|VBD parliament|NN"))
                .containsExactly("LOCATION Eswatini x1");
        // a name of two words the tagger read in part as a person
        assertThat(names("Timor|NNP ~-|HYPH ~Leste|NNP|PER signed|VBD an|DT accord|NN"))
                .containsExactly("LOCATION Timor-Leste x1");
    }

    @Test
    void a_listed_place_that_names_a_person_stays_the_person() {
        // a word of a full name, a name after an honorific, a given name, part of a longer name
        assertThat(names("Anna|NNP|PER Kochi|NNP|PER won|VBD ;|: Kochi|NNP|PER said|VBD so|RB"))
                .containsExactly("PERSON Anna Kochi x2");
        assertThat(names("Mr|NNP Kochi|NNP|PER said|VBD so|RB")).containsExactly("PERSON Kochi x1");
        assertThat(names("Jordan|NNP|PER scored|VBD twice|RB")).containsExactly("PERSON Jordan x1");
        assertThat(names("Kyiv|NNP Maidan|NNP Partners|NNP hired|VBD staff|NN")).isEmpty();
    }

    @Test
    void a_place_and_newspaper_words_are_one_newspaper() {
        assertThat(names("the|DT Kyiv|NNP Ledger|NNP reported|VBD a|DT strike|NN"))
                .containsExactly("ORGANIZATION Kyiv Ledger x1");
        assertThat(names("the|DT Lagos|NNP|LOC Herald|NNP|LOC said|VBD prices|NNS rose|VBD"))
                .containsExactly("ORGANIZATION Lagos Herald x1");
        assertThat(names("the|DT Halifax|NNP|LOC Chronicle|NNP Herald|NNP|ORG said|VBD so|RB"))
                .containsExactly("ORGANIZATION Halifax Chronicle Herald x1");
    }

    @Test
    void newspaper_words_that_open_a_longer_name_or_a_noun_phrase_stay_as_the_tagger_read_them() {
        assertThat(names("outside|IN the|DT Halifax|NNP|LOC Post|NNP office|NN"))
                .containsExactly("LOCATION Halifax x1");
        assertThat(names("crowds|NNS filled|VBD Lagos|NNP|LOC Times|NNP Square|NNP"))
                .containsExactly("LOCATION Lagos x1");
        assertThat(names("In|IN Kharkiv|NNP|LOC Today|NNP is|VBZ a|DT holiday|NN"))
                .containsExactly("LOCATION Kharkiv x1");
    }

    @Test
    void a_person_carries_the_gender_the_article_gives_it() {
        List<Entity> mister = new EntityResolver().resolve(TaggedText.parse(
                "Mr|NNP Brennan|NNP|PER said|VBD no|DT")).entities();
        assertThat(mister).extracting(Entity::gender).containsExactly("MALE");
        List<Entity> full = new EntityResolver().resolve(TaggedText.parse(
                "Sarah|NNP|PER Brennan|NNP|PER and|CC Acme|NNP|ORG met|VBD")).entities();
        assertThat(full).extracting(Entity::name, Entity::gender).contains(
                tuple("Sarah Brennan", "FEMALE"),
                tuple("Acme", null));
        // a bare surname has no given name to tell it by
        assertThat(new EntityResolver().resolve(TaggedText.parse("Grant|NNP|PER said|VBD no|DT")).entities())
                .extracting(Entity::gender).containsOnlyNulls();
    }
    @Test
    void a_name_read_as_a_person_and_written_with_its_country_or_state_is_a_place() {
        assertThat(names("based|VBN at|IN Marwood|NNP|PER Heath|NNP|PER ,|, England|NNP|LOC ,|, in|IN 1943|CD"))
                .containsExactly("LOCATION Marwood Heath x1", "LOCATION England x1");
        assertThat(names("marched|VBD to|TO Tolley|NNP|PER ,|, Maryland|NNP|LOC from|IN where|WRB"))
                .containsExactly("LOCATION Tolley x1", "LOCATION Maryland x1");
    }

    @Test
    void a_person_with_an_apposition_or_an_honorific_before_a_region_stays_a_person() {
        // the region goes on into a possessive, a noun or a verb: it opens a phrase of its own
        assertThat(names("said|VBD Ann|NNP|PER Tolley|NNP|PER ,|, Ohio|NNP|LOC 's|POS governor|NN"))
                .contains("PERSON Ann Tolley x1");
        assertThat(names("said|VBD Ann|NNP|PER Tolley|NNP|PER ,|, Texas|NNP|LOC officials|NNS said|VBD"))
                .contains("PERSON Ann Tolley x1");
        assertThat(names("Mr|NNP Tolley|NNP|PER ,|, England|NNP|LOC ,|, won|VBD"))
                .contains("PERSON Tolley x1");
        // a list of people with their home states: a name opening with a given name is a person's
        assertThat(names("went|VBD to|TO Maria|NNP|PER Tolley|NNP|PER ,|, Texas|NNP|LOC ,|, and|CC Tom|NNP|PER "
                + "Marwood|NNP|PER ,|, Ohio|NNP|LOC ,|, for|IN it|PRP"))
                .contains("PERSON Maria Tolley x1", "PERSON Tom Marwood x1");
        // a place that is no country, state or province qualifies nothing
        assertThat(names("said|VBD Ann|NNP|PER Tolley|NNP|PER ,|, Marwood|NNP|LOC ,|, at|IN noon|NN"))
                .contains("PERSON Ann Tolley x1");
    }
    @Test
    void a_place_named_after_its_owner_is_one_place_and_the_owners_other_things_are_not() {
        assertThat(names("the|DT road|NN to|TO Tolley|NNP|PER 's|POS Mill|NNP was|VBD closed|VBN"))
                .containsExactly("LOCATION Tolley 's Mill x1");
        // a common noun, a business, or an owner of two words is no such place
        assertThat(names("Tolley|NNP|PER 's|POS mill|NN was|VBD closed|VBN")).containsExactly("PERSON Tolley x1");
        assertThat(names("Tolley|NNP|PER 's|POS Inn|NNP was|VBD closed|VBN")).containsExactly("PERSON Tolley x1");
        assertThat(names("Ann|NNP|PER Tolley|NNP|PER 's|POS Road|NNP show|NN ended|VBD"))
                .containsExactly("PERSON Ann Tolley x1");
    }
}
