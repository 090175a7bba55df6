package org.newsgraph.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Quote;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Attributions in the orders news writing gives them beside the plain "Roe said": the cue before a subject that is
 * a role with the name in apposition ("said the bank's chief economist, Ann Roe, on Monday"), the same role after
 * "according to" or before "told reporters", and a cue that is the second of two verbs sharing one subject ("Roe
 * toured the pier and said ..."). The sentences were written for this test (docs/nlp.md, thirteenth session); the
 * real tagger runs on them.
 */
class QuoteAttributionOrderTest {

    /** A text, words of one of its quotes, whether it is direct, its cue and its speaker's name ("" for none). */
    private static Arguments row(String text, String words, boolean direct, String cue, String speaker) {
        return Arguments.of(text, words, direct, cue, speaker);
    }

    static Stream<Arguments> quotes() {
        return Stream.of(
                // the cue before a role phrase: the person in apposition after it speaks, however long the role
                row("“The levees held better than we feared,” said Louisiana's emergency director, Maria Delacroix, "
                        + "at a press conference in Baton Rouge.", "levees held better", true, "said",
                        "Maria Delacroix"),
                row("“Nobody expected the tariff to last this long,” said the bank's chief economist, Peter Havel, "
                        + "on Wednesday.", "tariff to last", true, "said", "Peter Havel"),
                row("“We will appeal the ruling,” said the head of the Harbour Pilots Union, Sara Lind.",
                        "appeal the ruling", true, "said", "Sara Lind"),
                row("“The count was fair and complete,” said the country's deputy election commissioner Amara "
                        + "Okafor.", "count was fair", true, "said", "Amara Okafor"),
                // ... or, with no name, the role itself when it ends the clause
                row("“The bridge cannot carry trucks any more,” said the city's chief engineer on Tuesday.",
                        "cannot carry trucks", true, "said", "the city's chief engineer"),
                row("The levees held better than expected, said Louisiana's emergency director, Maria Delacroix, "
                        + "on Friday.", "levees held better", false, "said", "Maria Delacroix"),
                // "according to" a role, with a name or without one
                row("According to the airline's safety chief, Tom Reyes, the engine had been serviced two weeks "
                        + "earlier.", "engine had been serviced", false, "according to", "Tom Reyes"),
                row("“The engine had been serviced two weeks earlier,” according to the airline's safety chief.",
                        "engine had been serviced", true, "according to", "the airline's safety chief"),
                // ... but a name with an apposition of its own is the reported clause's subject, not the source
                row("According to the harbour police, Colm Brady, 41, was detained at the pier on Sunday.",
                        "was detained at the pier", false, "according to", "the harbour police"),
                row("According to the prosecutor, Lena Vogt, a former customs officer, moved the cash abroad.",
                        "moved the cash abroad", false, "according to", "the prosecutor"),
                row("The engine had been serviced two weeks earlier, according to mechanics at the hangar.",
                        "engine had been serviced", false, "according to", "mechanics at the hangar"),
                // the role and its name before "told reporters"
                row("The engine had been serviced two weeks earlier, the airline's safety chief, Tom Reyes, told "
                        + "reporters in Lisbon.", "engine had been serviced", false, "told", "Tom Reyes"),
                // a cue coordinated with a verb before it shares that verb's subject
                row("Maria Delacroix runs the parish's flood office. Delacroix thanked the volunteers and said the "
                        + "pumps would run through the night.", "pumps would run", false, "said", "Maria Delacroix"),
                row("Election notes\n\nThe governor toured the flooded district and told reporters that the state "
                        + "would pay for the repairs.", "state would pay", false, "told", "The governor"),
                row("Maria Delacroix runs the parish's flood office. Delacroix arrived in Houma on Sunday, "
                        + "inspected the levee and then warned that more rain was coming.", "more rain was coming",
                        false, "warned", "Maria Delacroix"),
                row("Maria Delacroix runs the parish's flood office. Delacroix has criticised the plan for months "
                        + "and has said that the parish cannot afford it.",
                        "parish cannot afford", false, "said", "Maria Delacroix"),
                row("Tom Reyes walked to the microphone and said: “The engine was serviced two weeks ago.”",
                        "engine was serviced", true, "said", "Tom Reyes"),
                // a relative clause between the subject and its cue
                row("Tom Reyes, who has flown for the airline since 1998, told reporters that the engine had been "
                        + "serviced.", "engine had been serviced", false, "told", "Tom Reyes"),
                // guards: a coordinated clause with its own subject, a participle sharing a passive's "was", a
                // pronoun right after a cue (its object), and a role after a cue that has its own subject
                row("It was not a question of chance, since the whole attack was planned and agreed, the minister "
                        + "added.", "planned and agreed", false, "added", "the minister"),
                row("Ruth Adler spoke first at the meeting. When a voter asks a question, you answer it, she said on "
                        + "Monday.", "voter asks a question", false, "said", "Ruth Adler"),
                row("Maria Delacroix runs the parish's flood office. Delacroix praised the crews and the governor "
                        + "said the pumps would run through the night.",
                        "pumps would run", false, "said", "the governor"),
                row("Election notes\n\nThat letter said the minister on Monday had “misled parliament about the "
                        + "costs of the dam.”", "misled parliament", true, null, ""));
    }

    @ParameterizedTest
    @MethodSource("quotes")
    void the_attribution_names_its_speaker(String text, String words, boolean direct, String cue, String speaker) {
        Analysis a = Fixtures.analyze(text, "2022-08-30").analysis();
        Quote q = a.quotes().stream().filter(x -> x.text().contains(words)).findFirst().orElseThrow(
                () -> new AssertionError("no quote with '" + words + "' in " + a.quotes()));
        assertThat(q.direct()).as(text).isEqualTo(direct);
        assertThat(q.cue()).as(text).isEqualTo(cue);
        assertThat(q.speakerName() == null ? "" : q.speakerName()).as(text).isEqualTo(speaker);
    }

    @Test
    void a_role_before_the_name_is_no_part_of_the_reported_clause() {
        Analysis a = Fixtures.analyze("Repairs to the dam will take a decade, the region's water commissioner, Ines "
                + "Moreau, said on Monday.", "2022-08-30").analysis();
        assertThat(a.quotes()).extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("Repairs to the dam will take a decade", "Ines Moreau"));
    }
}
