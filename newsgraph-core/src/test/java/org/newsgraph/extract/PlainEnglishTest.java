package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainEnglishTest {

    @Test
    void english_news_text_is_plain_english() {
        assertThat(PlainEnglish.test("The council said on Monday that the bridge, which has been closed since"
                + " March, would reopen after engineers had inspected its arches.")).isTrue();
    }

    @Test
    void name_particles_of_other_languages_do_not_count_against_english() {
        assertThat(PlainEnglish.test("President Charles de Gaulle met the mayor of San Juan, Juan de la Cruz, and"
                + " Eddie van Halen, who said that the band would tour with them after the summer.")).isTrue();
    }

    @Test
    void other_languages_are_not() {
        assertThat(PlainEnglish.test("Die Bundesregierung hat am Mittwoch beschlossen, die Steuern für kleine"
                + " Unternehmen zu senken. Was die Regierung will, ist unklar.")).isFalse();
        assertThat(PlainEnglish.test("De regering heeft woensdag besloten de belastingen te verlagen. De oppositie"
                + " was kritisch. Of het plan doorgaat is nog niet zeker.")).isFalse();
        assertThat(PlainEnglish.test("Regeringen besluttede onsdag at sænke skatten for små virksomheder. Det er"
                + " for tidligt at sige, om den har flertal.")).isFalse();
        assertThat(PlainEnglish.test("Правительство в среду решило снизить налоги для малого бизнеса.")).isFalse();
    }

    @Test
    void a_foreign_text_quoting_english_is_not() {
        assertThat(PlainEnglish.test("Der Präsident sagte am Mittwoch auf Englisch: „We have been clear about"
                + " that.“ Die Opposition ist nicht überzeugt und will das Gesetz stoppen, sagte ein Sprecher"
                + " der Partei.")).isFalse();
    }

    @Test
    void words_english_shares_with_another_language_or_a_title_in_english_do_not_decide() {
        // Dutch "had", Croatian "more", an English newspaper's name inside Malay or Turkish
        assertThat(PlainEnglish.test("De minister had woensdag nog overleg met de provincie over de nieuwe brug in"
                + " Arnhem.")).isFalse();
        assertThat(PlainEnglish.test("Jadransko more je ove godine toplije nego prošle, rekli su znanstvenici.")).isFalse();
        assertThat(PlainEnglish.test("Menurut laporan The Star, kerajaan akan mengumumkan bajet baharu minggu depan"
                + " dan menteri kewangan tidak memberi sebarang komen.")).isFalse();
        assertThat(PlainEnglish.test("The Guardian gazetesine göre hükümet bu hafta yeni bir vergi paketi"
                + " açıklayacak ve muhalefet için bu kabul edilemez.")).isFalse();
    }

    @Test
    void latin_script_languages_quoting_english_are_not() {
        assertThat(PlainEnglish.test("O ministro disse na quarta-feira que o governo não vai recuar: \"We have been"
                + " clear about this and they know it\", afirmou, antes de uma reunião com os sindicatos em Lisboa."
                + " A oposição diz que a proposta é inaceitável para os trabalhadores.")).isFalse();
        assertThat(PlainEnglish.test("Menteri itu mengatakan bahwa pemerintah akan tetap pada rencana: \"This is what"
                + " we said, and that is what they will get\", katanya, dan oposisi tidak setuju dengan itu untuk"
                + " saat ini.")).isFalse();
    }

    @Test
    void a_short_english_line_with_few_function_words_goes_to_the_detector() {
        assertThat(PlainEnglish.test("Flood warning issued for the river valley")).isFalse();
    }

    @Test
    void text_without_english_function_words_is_not() {
        assertThat(PlainEnglish.test("Boeing Airbus Lockheed Martin Northrop Grumman EADS Raytheon")).isFalse();
        assertThat(PlainEnglish.test("")).isFalse();
    }
}
