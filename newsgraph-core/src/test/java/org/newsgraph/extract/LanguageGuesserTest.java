package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void a_declared_language_tag_is_reduced_to_its_iso_639_1_code() {
        assertThat(LanguageGuesser.language("en-GB", "whatever")).isEqualTo("en");
        assertThat(LanguageGuesser.language("pt_BR", null)).isEqualTo("pt");
        assertThat(LanguageGuesser.language("DE", null)).isEqualTo("de");
    }

    @Test
    void an_unusable_declaration_falls_back_to_detection() {
        String german = "Die Bewohner des Dorfes haben in zwei Jahren ein eigenes Netz gebaut, nachdem kein Anbieter"
                + " das abgelegene Dorf anschließen wollte.";
        assertThat(LanguageGuesser.language("deu", german)).isEqualTo("de");
        assertThat(LanguageGuesser.language(null, german)).isEqualTo("de");
    }

    @Test
    void detects_the_language_of_ordinary_news_text() {
        assertThat(LanguageGuesser.detect("The council said the bridge would close for six weeks while engineers"
                + " replace the worn paving and inspect the arches.")).isEqualTo("en");
        assertThat(LanguageGuesser.detect("Le conseil municipal a annoncé que le pont serait fermé pendant six"
                + " semaines pour des travaux de réparation.")).isEqualTo("fr");
        assertThat(LanguageGuesser.detect("El ayuntamiento anunció que el puente permanecerá cerrado durante seis"
                + " semanas mientras se reparan los arcos.")).isEqualTo("es");
    }

    @Test
    void texts_that_are_not_plainly_english_still_get_the_detector() {
        assertThat(LanguageGuesser.detect("Der Präsident sagte am Mittwoch auf Englisch: „We have been clear about"
                + " that.“ Die Opposition ist nicht überzeugt und will das Gesetz stoppen, sagte ein Sprecher"
                + " der Partei.")).isEqualTo("de");
        assertThat(LanguageGuesser.detect("Het college van burgemeester en wethouders heeft woensdag besloten de"
                + " brug zes weken te sluiten voor herstelwerkzaamheden.")).isEqualTo("nl");
        assertThat(LanguageGuesser.detect("Городской совет объявил, что мост будет закрыт на шесть недель для"
                + " ремонта.")).isEqualTo("ru");
    }

    @Test
    void short_texts_get_no_language_rather_than_a_guess() {
        assertThat(LanguageGuesser.detect("Hello there")).isNull();
        assertThat(LanguageGuesser.detect("12 345 678 -- 2024-06-01 !!")).isNull();
        assertThat(LanguageGuesser.detect(null)).isNull();
    }
}
