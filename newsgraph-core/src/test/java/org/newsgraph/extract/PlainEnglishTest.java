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
    void text_without_english_function_words_is_not() {
        assertThat(PlainEnglish.test("Boeing Airbus Lockheed Martin Northrop Grumman EADS Raytheon")).isFalse();
        assertThat(PlainEnglish.test("")).isFalse();
    }
}
