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
                Map.of("ORGANIZATION|tarn", Map.of("ORGANIZATION|tarn allied resource network", 3L)));
        assertThat(canonical).containsEntry("ORGANIZATION|tarn corp", "ORGANIZATION|tarn allied resource network")
                .containsEntry("ORGANIZATION|tarn", "ORGANIZATION|tarn allied resource network");
    }

    @Test
    void one_article_does_not_take_a_shared_surname_but_two_do() {
        Set<String> keys = Set.of("PERSON|vera holm", "PERSON|ivo holm", "PERSON|holm");
        assertThat(EntityResolver.canonicalKeys(keys, Map.of("PERSON|holm", Map.of("PERSON|ivo holm", 1L))))
                .containsEntry("PERSON|holm", "PERSON|holm");
        assertThat(EntityResolver.canonicalKeys(keys, Map.of("PERSON|holm", Map.of("PERSON|ivo holm", 2L))))
                .containsEntry("PERSON|holm", "PERSON|ivo holm");
    }

    @Test
    void a_name_in_capitals_is_no_acronym_of_a_name_it_is_a_word_of() {
        assertThat(EntityNames.isShortForm(EntityType.ORGANIZATION, "TARN", "ORGANIZATION|tarn corp")).isFalse();
        assertThat(EntityNames.isShortForm(EntityType.ORGANIZATION, "TARN",
                "ORGANIZATION|tarn allied resource network")).isFalse();
        assertThat(EntityNames.isShortForm(EntityType.ORGANIZATION, "T.A.R.N.",
                "ORGANIZATION|the allied regional network")).isTrue();
    }
}
