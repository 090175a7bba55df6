package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineNamesTest {

    @Test
    void a_headline_names_only_the_words_its_text_writes_as_names() {
        HeadlineNames names = HeadlineNames.of("Council Approves Flood Barrier For Riverton",
                "Riverton council voted on Wednesday to build a flood barrier, said Mayor Patricia Okafor of Riverton.");
        // "Riverton" is a name of the text; "Council", "Flood" and "Barrier" are capitalised by the headline alone
        assertThat(names.headline()).hasSize(1);
        assertThat(HeadlineNames.of(null, "Riverton council voted.").headline()).isEmpty();
    }

    @Test
    void two_subjects_when_each_headline_names_what_the_other_never_mentions() {
        String template = "The by-election in Groom is on Saturday. Voters in Toowoomba will choose a new member. ";
        HeadlineNames craig = HeadlineNames.of("Interview with Craig Farquharson",
                template + "We spoke to Craig Farquharson of the Liberal Democrats.");
        HeadlineNames sandra = HeadlineNames.of("Interview with Sandra Jephcott",
                template + "We spoke to Sandra Jephcott of Sustainable Australia.");
        assertThat(craig.differentSubjects(sandra)).isTrue();
        assertThat(sandra.differentSubjects(craig)).isTrue();
    }

    @Test
    void ordinary_news_near_the_rule_keeps_one_subject() {
        String text = "Heavy rain flooded streets in Leeds on Tuesday, and the Environment Agency issued warnings "
                + "for the River Aire. Council leader James Lewis said crews worked through the night.";
        HeadlineNames wire = HeadlineNames.of("Floods hit Leeds", text);
        // the same report under other headlines: a shorter one, one naming a person of the text, a question
        assertThat(wire.differentSubjects(HeadlineNames.of("Leeds under water", text))).isFalse();
        assertThat(wire.differentSubjects(HeadlineNames.of("James Lewis praises crews as River Aire bursts", text
                + " Residents of Kirkstall were moved to a school."))).isFalse();
        // one headline names someone of an added paragraph, the other names the shared city: one subject
        assertThat(wire.differentSubjects(HeadlineNames.of("Kirkstall residents moved as floods hit",
                text + " Residents of Kirkstall were moved to a school."))).isFalse();
        // a headline that names nothing of its text
        assertThat(HeadlineNames.of("Wet week ahead", text).differentSubjects(
                HeadlineNames.of("Rain warning for the north", text))).isFalse();
    }
}
