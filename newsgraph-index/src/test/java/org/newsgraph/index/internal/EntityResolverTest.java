package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

class EntityResolverTest {

    @Test
    void a_legal_form_name_follows_its_bare_name_where_a_short_form_took_that() {
        Map<String, String> canonical = EntityResolver.canonicalKeys(
                Set.of("ORGANIZATION|tarn corp", "ORGANIZATION|tarn", "ORGANIZATION|tarn allied resource network"),
                Map.of("ORGANIZATION|tarn", Map.of("ORGANIZATION|tarn allied resource network", 3L)), Map.of());
        assertThat(canonical).containsEntry("ORGANIZATION|tarn corp", "ORGANIZATION|tarn allied resource network")
                .containsEntry("ORGANIZATION|tarn", "ORGANIZATION|tarn allied resource network");
    }

    @Test
    void one_article_does_not_take_a_shared_surname_but_two_do() {
        Set<String> keys = Set.of("PERSON|vera holm", "PERSON|ivo holm", "PERSON|holm");
        assertThat(EntityResolver.canonicalKeys(keys, Map.of("PERSON|holm", Map.of("PERSON|ivo holm", 1L)), Map.of()))
                .containsEntry("PERSON|holm", "PERSON|holm");
        assertThat(EntityResolver.canonicalKeys(keys, Map.of("PERSON|holm", Map.of("PERSON|ivo holm", 2L)), Map.of()))
                .containsEntry("PERSON|holm", "PERSON|ivo holm");
    }

    @Test
    void a_surname_given_a_gender_joins_no_full_name_of_the_other_gender() {
        Set<String> keys = Set.of("PERSON|orla brennan", "PERSON|brennan");
        Map<String, Set<String>> mister = Map.of("PERSON|brennan", Set.of("MALE"), "PERSON|orla brennan",
                Set.of("FEMALE"));
        assertThat(EntityResolver.canonicalKeys(keys, Map.of(), mister)).containsEntry("PERSON|brennan",
                "PERSON|brennan");
        // nor where two articles joined the surname to her: this article's "Mr" is someone else
        assertThat(EntityResolver.canonicalKeys(keys, Map.of("PERSON|brennan", Map.of("PERSON|orla brennan", 2L)),
                mister)).containsEntry("PERSON|brennan", "PERSON|brennan");
        // "Ms Brennan", or no gender on either side, joins her as before
        assertThat(EntityResolver.canonicalKeys(keys, Map.of(), Map.of("PERSON|brennan", Set.of("FEMALE"),
                "PERSON|orla brennan", Set.of("FEMALE")))).containsEntry("PERSON|brennan", "PERSON|orla brennan");
        assertThat(EntityResolver.canonicalKeys(keys, Map.of(), Map.of("PERSON|brennan", Set.of("MALE"))))
                .containsEntry("PERSON|brennan", "PERSON|orla brennan");
    }

    @Test
    void a_name_in_capitals_is_no_acronym_of_a_name_it_is_a_word_of() {
        assertThat(EntityNames.isShortForm(EntityType.ORGANIZATION, "TARN", "ORGANIZATION|tarn corp")).isFalse();
        assertThat(EntityNames.isShortForm(EntityType.ORGANIZATION, "TARN",
                "ORGANIZATION|tarn allied resource network")).isFalse();
        assertThat(EntityNames.isShortForm(EntityType.ORGANIZATION, "T.A.R.N.",
                "ORGANIZATION|the allied regional network")).isTrue();
    }

    @Test
    void the_names_of_one_country_are_one_place_and_other_places_stay_apart() {
        // without the country's own name among the keys, the fullest name is the key
        assertThat(EntityResolver.canonicalKeys(Set.of("LOCATION|usa", "LOCATION|united states of america",
                "LOCATION|america"), Map.of(), Map.of())).containsEntry("LOCATION|usa", "LOCATION|united states of america")
                .containsEntry("LOCATION|america", "LOCATION|united states of america");
        Map<String, String> canonical = EntityResolver.canonicalKeys(Set.of("LOCATION|united states of america",
                "LOCATION|united states", "LOCATION|us", "LOCATION|america", "LOCATION|england",
                "LOCATION|united kingdom", "LOCATION|britain", "ORGANIZATION|us", "LOCATION|dominica",
                "LOCATION|dominican republic"), Map.of(), Map.of());
        assertThat(canonical).containsEntry("LOCATION|united states of america", "LOCATION|united states")
                .containsEntry("LOCATION|us", "LOCATION|united states")
                .containsEntry("LOCATION|america", "LOCATION|united states")
                .containsEntry("LOCATION|britain", "LOCATION|united kingdom")
                // a part of a country, a company spelled like its initials and two countries of one demonym
                .containsEntry("LOCATION|england", "LOCATION|england")
                .containsEntry("ORGANIZATION|us", "ORGANIZATION|us")
                .containsEntry("LOCATION|dominica", "LOCATION|dominica")
                .containsEntry("LOCATION|dominican republic", "LOCATION|dominican republic");
    }

    @Test
    void a_country_written_with_and_without_the_is_one_place_and_a_neighbour_of_its_name_another() {
        Map<String, String> canonical = EntityResolver.canonicalKeys(Set.of("LOCATION|republic of congo",
                "LOCATION|republic of the congo", "LOCATION|democratic republic of the congo", "LOCATION|congo"),
                Map.of(), Map.of());
        assertThat(canonical).containsEntry("LOCATION|republic of congo", "LOCATION|republic of the congo")
                .containsEntry("LOCATION|congo", "LOCATION|democratic republic of the congo");
        assertThat(canonical.get("LOCATION|democratic republic of the congo"))
                .isEqualTo("LOCATION|democratic republic of the congo");
    }

    @Test
    void a_key_that_lost_its_type_vote_goes_where_the_winner_goes_and_lends_it_its_evidence() {
        Set<String> keys = Set.of("ORGANIZATION|united states", "LOCATION|united states", "LOCATION|us",
                "PERSON|coastlink", "ORGANIZATION|coastlink", "ORGANIZATION|coastlink terminals");
        Map<String, String> votes = Map.of("ORGANIZATION|united states", "LOCATION|united states",
                "PERSON|coastlink", "ORGANIZATION|coastlink");
        // only the person's key was joined to the terminals by articles: the organisation's key takes that over
        Map<String, String> canonical = EntityResolver.canonicalKeys(keys,
                Map.of("PERSON|coastlink", Map.of("ORGANIZATION|coastlink terminals", 2L)), Map.of(), votes);
        assertThat(canonical).containsEntry("ORGANIZATION|united states", "LOCATION|united states")
                .containsEntry("LOCATION|us", "LOCATION|united states")
                .containsEntry("PERSON|coastlink", "ORGANIZATION|coastlink terminals")
                .containsEntry("ORGANIZATION|coastlink", "ORGANIZATION|coastlink terminals");
        // without the votes each type is its own entity, as before
        assertThat(EntityResolver.canonicalKeys(keys, Map.of(), Map.of(), Map.of()))
                .containsEntry("ORGANIZATION|united states", "ORGANIZATION|united states")
                .containsEntry("ORGANIZATION|coastlink", "ORGANIZATION|coastlink");
    }
}
