package org.newsgraph.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryNamesTest {

    @Test
    void abbreviations_longer_forms_and_names_of_one_demonym_are_one_country() {
        String us = CountryNames.countryOf("United States");
        assertThat(us).isNotNull();
        assertThat(CountryNames.countryOf("United States of America")).isEqualTo(us);
        assertThat(CountryNames.countryOf("U.S.")).isEqualTo(us);
        assertThat(CountryNames.countryOf("USA")).isEqualTo(us);
        assertThat(CountryNames.countryOf("America")).isEqualTo(us);
        assertThat(CountryNames.countryOf("Holland")).isEqualTo(CountryNames.countryOf("Netherlands")).isNotNull();
        assertThat(CountryNames.countryOf("U.K.")).isEqualTo(CountryNames.countryOf("Great Britain")).isNotNull();
    }

    @Test
    void parts_predecessors_and_two_countries_of_one_demonym_stay_apart() {
        // null: no other name to join
        assertThat(CountryNames.countryOf("England")).isNull();
        assertThat(CountryNames.countryOf("Czechoslovakia")).isNull();
        assertThat(CountryNames.countryOf("Dominica")).isNull();
        assertThat(CountryNames.countryOf("Dominican Republic")).isNull();
        assertThat(CountryNames.countryOf("North America")).isNull();
    }

    @Test
    void a_country_of_the_first_list_or_a_name_joined_to_one_is_a_country() {
        assertThat(CountryNames.isCountry("Jordan")).isTrue();
        assertThat(CountryNames.isCountry("Holland")).isTrue();
        assertThat(CountryNames.isCountry("U.S.")).isTrue();
        assertThat(CountryNames.isCountry("Michigan")).isFalse();
        assertThat(CountryNames.isCountry("Amman")).isFalse();
    }
    @Test
    void names_the_first_list_files_inverted_are_read_in_news_order_with_or_without_the() {
        String drc = CountryNames.countryOf("Democratic Republic of the Congo");
        assertThat(drc).isNotNull().isEqualTo(CountryNames.countryOf("Democratic Republic of Congo"))
                .isEqualTo(CountryNames.countryOf("DR Congo"));
        assertThat(CountryNames.isOwnName("Democratic Republic of Congo")).isTrue();
        assertThat(CountryNames.isOwnName("Republic of the Congo")).isTrue();
        assertThat(CountryNames.countryOf("Republic of the Congo")).isNotEqualTo(drc);
        assertThat(CountryNames.isOwnName("South Korea")).isTrue();
        // a name the lists only file under a country is not its own
        assertThat(CountryNames.isOwnName("Congo")).isFalse();
        assertThat(CountryNames.isOwnName("America")).isFalse();
    }
}
