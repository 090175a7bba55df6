package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortSentencesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Linda Park said the decision was unanimous.",
        "“I never expected this,” Dubois said.",
        "HCA declined to comment.",
        "The second leg was postponed.",
        "Police have appealed for witnesses.",
        "Who will pay for the bridge?"
    })
    void a_short_whole_sentence_with_a_verb_reads_as_prose(String line) {
        assertThat(ShortSentences.isSentence(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Read more",
        "Monthly",
        "Totals $468 per year",
        "Photo: Reuters",
        "Sign up now.",
        "Comments are closed.",
        "All rights reserved.",
        "Copyright 2024 Daily News Ltd.",
        "Follow us on Twitter and Facebook.",
        "Prices start at $39 a month",
        "Rain and wind for the weekend.",
        "Our verdict: a bold, clever budget.",
        "Manchester United 2 Chelsea 1.",
        "the court was told on Monday.",
        "Mayor Linda Park, chair of the transport authority.",
        "Savings start at 25%!"
    })
    void labels_credits_prices_and_fragments_do_not(String line) {
        assertThat(ShortSentences.isSentence(line)).isFalse();
    }
}
