package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Span;

class DatelinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "HANOI - Donald Trump and Kim Jong Un met on Wednesday.",
            "SEOUL, South Korea (AP) — North Korea fired two missiles on Thursday.",
            "WASHINGTON, March 3 (Reuters) -- The Treasury imposed sanctions on two shipping firms.",
            "NEW YORK — Stocks fell sharply on Monday.",
            "SEOUL, March 5, 2019 (Reuters) - North Korean leader Kim Jong-un agreed to a third summit.",
            "CAMBRIDGE, Massachusetts, August 4, 2021 (Reuters) - Moderna said its booster worked."})
    void a_dateline_s_dash_becomes_a_paragraph_break_of_the_same_length(String text) {
        String apart = Datelines.apart(text);
        assertThat(apart).hasSameSizeAs(text).contains("\n\n");
        int cut = apart.indexOf("\n\n");
        assertThat(apart.substring(0, cut)).isEqualTo(text.substring(0, cut));
        assertThat(apart.substring(cut).strip()).isEqualTo(text.substring(text.indexOf(' ', cut) + 1)
                .replaceFirst("^[-–—]+ ", "").strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NATO leaders met in Brussels on Monday.",
            "The talks in Hanoi - the second summit - ended early.",
            "TRUMP AND KIM MEET IN HANOI",
            "US-led forces entered the town.",
            "Officials said the HANOI - SEOUL flight was cancelled.",
            "NATO - the alliance founded in 1949 - said it would send ships.",
            "U.S. - China trade talks resumed in Beijing on Tuesday.",
            "SEOUL, Busan, Incheon and Daegu - four cities - voted on Monday."})
    void text_without_a_dateline_is_left_as_it_is(String text) {
        assertThat(Datelines.apart(text)).isSameAs(text);
    }

    @Test
    void a_dateline_in_a_later_paragraph_is_found_too() {
        String text = "Kim arrives in Hanoi\n\nHANOI - Kim Jong Un arrived by train on Tuesday.";
        assertThat(Datelines.apart(text)).isEqualTo("Kim arrives in Hanoi\n\nHANOI\n\n Kim Jong Un arrived by"
                + " train on Tuesday.");
    }

    @Test
    void the_dateline_is_a_sentence_of_its_own_and_offsets_still_point_into_the_text() {
        String text = "HANOI - Donald Trump and Kim Jong Un met at a hotel on Wednesday evening.";
        AnalyzedArticle a = Fixtures.analyze(text, "2019-02-27");
        List<Span> sentences = a.analysis().sentences();
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).of(text)).isEqualTo("HANOI");
        assertThat(sentences.get(1).of(text)).startsWith("Donald Trump and Kim Jong Un met");
        assertThat(a.analysis().entities()).anySatisfy(e -> assertThat(e.mentions())
                .anySatisfy(m -> assertThat(m.of(text)).isEqualTo("Donald Trump")));
    }
}
