package org.newsgraph.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Quote;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a report says was said: a report nested in another ("Local radio reported two captains said ...") is the
 * innermost sayer's, with the outer source as {@code via}; a negated cue ("did not say", "has never claimed") and an
 * embedded question ("asked whether ...") report no statement, while a denial is one; a question or exclamation
 * closed before its reporting clause ("“Why now?” asked the senator.") is that clause's; a pronoun after the cue is
 * the reported clause's subject ("said she would"), never its speaker; what a study or inquiry found is its report
 * ("the survey found that ...", "records show the ferry carried ..."), what someone found is not ("divers found the
 * trawler"). The sentences were written for this test
 * (docs/nlp.md, fourteenth session); the real tagger runs on them.
 */
class QuoteReportsTest {

    /** A text, words of one of its quotes, whether it is direct, its cue, speaker and via ("" for none). */
    private static Arguments row(String text, String words, boolean direct, String cue, String speaker, String via) {
        return Arguments.of(text, words, direct, cue, speaker, via);
    }

    static Stream<Arguments> quotes() {
        return Stream.of(
                // nested reports: the innermost sayer speaks, the outer source is what it came through
                row("The harbour board met on Thursday. Local radio reported that two ferry captains said the new "
                        + "pier was too short for their boats.", "pier was too short", false, "said",
                        "two ferry captains", "Local radio"),
                row("Reuters reported that a senior Italian official, whom it did not name, said the talks would "
                        + "resume next week.", "talks would resume", false, "said", "a senior Italian official",
                        "Reuters"),
                row("According to the coast guard, the skipper said he had lost his radar an hour before the "
                        + "collision.", "lost his radar", false, "said", "the skipper", "coast guard"),
                row("Ingrid Solberg told reporters that the port director said the dredging would finish in May.",
                        "dredging would finish", false, "said", "the port director", "Ingrid Solberg"),
                // a belief inside a report is part of it: the one reporting it speaks
                row("One of the captains said the crew thought the pier was “a disaster waiting to happen”.",
                        "disaster waiting", true, "said", "One of the captains", ""),
                // guards: no report nested (a thing "suggests", a coordinated cue, the speaker's own "she")
                row("Ingrid Solberg said the data suggest the harbour is silting up faster than expected.",
                        "data suggest", false, "said", "Ingrid Solberg", ""),
                row("Ingrid Solberg claimed the pier was finished on time and suggested the contractor may have "
                        + "cut corners.", "pier was finished", false, "claimed", "Ingrid Solberg", ""),
                row("Ingrid Solberg said she would ask the board for more money next year.", "ask the board",
                        false, "said", "Ingrid Solberg", ""),
                // a denial is attributed speech, and a negation inside the reported clause is part of it
                row("The shipping firm denied that its tankers had dumped oil in the fjord.", "dumped oil", false,
                        "denied", "The shipping firm", ""),
                row("Ingrid Solberg said she did not think the dredging would finish before the summer.",
                        "did not think", false, "said", "Ingrid Solberg", ""),
                // a question or exclamation closed before its reporting clause, in either order
                row("Tom Berg said the dam would hold. “Why now?” asked the senator.", "Why now", true, "asked",
                        "the senator", ""),
                row("Residents packed the hall. “Are we being ignored?” a fisherman wondered aloud.",
                        "being ignored", true, "wondered", "a fisherman", ""),
                row("Tom Berg spoke first. “Who decided this?” asked Erik Dahl, pointing at the map.",
                        "decided this", true, "asked", "Erik Dahl", ""),
                row("Tom Berg said the repairs would start soon. Ann Roe was not convinced. “Who will pay?” Roe "
                        + "asked.", "Who will pay", true, "asked", "Ann Roe", ""),
                row("Erik Dahl wondered: “Who will pay for the repairs?”", "pay for the repairs", true, "wondered",
                        "Erik Dahl", ""),
                // a verb coordinated after a partial quote shares the subject of the clause the quote is in
                row("Port chief Ann Roe said the deal was “fair to both sides” and thanked the mediator, Tom Berg, "
                        + "for his patience.", "fair to both sides", true, "said", "Ann Roe", ""),
                // a capitalised sentence with a quote of its own is no reporting clause of the question before it
                row("Ann Roe said, “Why should the harbour pay for a road it does not use?” Tom Berg said, "
                        + "“Because the harbour uses it every day.”", "harbour pay", true, "said", "Ann Roe", ""),
                // "said she would": the pronoun is the reported clause's subject; the speaker is before the cue
                row("Jane Holt lost the case on Monday. Her lawyer, who spoke after the hearing, said she would "
                        + "appeal the ruling “as soon as the court allows it”.", "court allows", true, "said",
                        "Her lawyer", ""),
                row("The new chief of the fire service, who took over in March, said she would hire forty more "
                        + "firefighters.", "hire forty more", false, "said", "The new chief of the fire service",
                        ""),
                // a "that" after a verb of the reported clause is that clause's own, not the one opening it
                row("Mayor Ann Lund said she would block any budget that cut the night ferries.",
                        "block any budget", false, "said", "Ann Lund", ""),
                row("Port officials said their figures were wrong and that the harbour would stay open.",
                        "their figures were wrong", false, "said", "Port officials", ""),
                row("Investigators said the pilot told a colleague that he had skipped the fuel check.",
                        "skipped the fuel check", false, "told", "the pilot", "Investigators"),
                // a bare noun phrase with its verb after the cue opens the reported clause
                row("The harbour lost money last year. The audit said ferry fares rose faster than wages in every "
                        + "quarter.", "ferry fares rose", false, "said", "The audit", ""),
                // what a study, poll or inquiry found, through "that" or a subject with its verb; its author by "by"
                row("A survey by Statistics Norway found that most ferry passengers travel to work.",
                        "most ferry passengers", false, "found", "Statistics Norway", ""),
                row("The inquiry found the harbour master had ignored three warnings about the pier.",
                        "ignored three warnings", false, "found", "The inquiry", ""),
                // a finding that another cue reports is that cue's content
                row("The divers found that the wreck had moved a mile in the storm, the coast guard said.",
                        "wreck had moved", false, "said", "coast guard", ""),
                row("Ferry use grew in the spring. Port records show the night ferry carried twice as many "
                        + "passengers in May.", "carried twice as many", false, "show", "Port records", ""),
                // a trailing attribution after a report is the source it came through (nineteenth session)
                row("Police said the driver had fled on foot after the crash, a spokesman for the city said.",
                        "driver had fled", false, "said", "Police", "a spokesman for the city"),
                row("The ministry said the trawler had entered the zone twice, said the port's harbour master.",
                        "entered the zone twice", false, "said", "The ministry", "harbour master"),
                // session 27: an expectation inside a report closed by its attribution is the reporter's
                row("Developers can submit their own changes and expect that they will actually be considered, the "
                        + "company said.", "expect that they will", false, "said", "the company", ""),
                // ... and a statement ending in a question is read as usual, as is a wh-question, which takes its
                // report for granted; only a sentence asking whether is no report
                row("Why had the minister asserted that the new bridge would open before the election?",
                        "bridge would open", false, "asserted", "the minister", ""),
                row("The mayor said the question for the council was simple: who pays for the new pier?",
                        "question for the council", false, "said", "The mayor", ""),
                // a body that calls something by a phrase says it (nineteenth session)
                row("Two patrol boats stopped the trawler on Sunday. The ministry called the seizure “an act of "
                        + "piracy against our fishermen” on Monday.", "act of piracy", true, "called",
                        "The ministry", ""),
                // an inverted attribution after a quote closing on a nested one: the closing marks before the cue
                // are no one it came through (session 27, WCXB dev 0221)
                row("“What the board told us was, ‘The ferry will not sail until the pier is repaired,’” said Ingrid "
                        + "Solberg, the harbour master.", "ferry will not sail", true, "said", "Ingrid Solberg", ""),
                row("“The captain kept saying ‘we wait for the tide,’” said Ann Lund on Monday.",
                        "captain kept saying", true, "said", "Ann Lund", ""),
                row("“It is a fair offer,” said the union’s regional secretary, Karen Doyle.",
                        "fair offer", true, "said", "Karen Doyle", ""),
                row("“Our message to the board is simple: ‘Pay the drivers what they are owed,’” said Karen Doyle, "
                        + "the union's regional secretary.", "message to the board", true, "said", "Karen Doyle", ""),
                // ... while a reporter before or after such a quote still is one
                row("According to the Evening Post, the mayor said the vote was “a turning point for the port”.",
                        "turning point", true, "said", "the mayor", "Evening Post"),
                // session 28: near misses of a correction note: another's earlier version, a correction someone
                // issued, an editor's note, and a label of an update keep their reports
                row("The newspaper said an earlier version of the plan had been rejected by the council.",
                        "earlier version of the plan", false, "said", "The newspaper", ""),
                row("A correction issued by the central bank on Tuesday said inflation had been 3.1 percent.",
                        "inflation had been", false, "said", "correction issued by the central bank", ""),
                row("Editor's note: The mayor has repeatedly said that the pier would be rebuilt by the spring.",
                        "pier would be rebuilt", false, "said", "The mayor", ""),
                row("Update: Police said the driver had been questioned and released on Tuesday evening.",
                        "driver had been questioned", false, "said", "Police", ""),
                row("The original version of the bill, the senator said, would have cut taxes for everyone.",
                        "cut taxes", false, "said", "the senator", ""));
    }

    @ParameterizedTest
    @MethodSource("quotes")
    void the_report_names_who_said_it(String text, String words, boolean direct, String cue, String speaker,
                                      String via) {
        Quote q = quoteWith(text, words);
        assertThat(q.direct()).as(text).isEqualTo(direct);
        assertThat(q.cue()).as(text).isEqualTo(cue);
        assertThat(q.speakerName() == null ? "" : q.speakerName()).as(text).isEqualTo(speaker);
        if (via.isEmpty()) {
            assertThat(q.via()).as(text).isNull();
            assertThat(q.viaSpan()).as(text).isNull();
        } else {
            assertThat(q.via()).as(text).contains(via);
            assertThat(q.viaSpan().of(text)).as(text).contains(via);
        }
    }

    static Stream<Arguments> nothingSaid() {
        return Stream.of(
                // a possessive after the cue that opens its object, not a clause, reports nothing
                Arguments.of("Mayor Ann Lund announced her resignation on Friday after a row over the night ferries.",
                        "her resignation"),
                Arguments.of("The ferry company announced its decision although the mayor had asked for a delay.",
                        "its decision"),
                Arguments.of("Mayor Ann Roe did not say whether the city would raise the budget for flood defences.",
                        "raise the budget"),
                Arguments.of("Ingrid Solberg has never claimed that the pier was safe for cruise ships.",
                        "safe for cruise ships"),
                Arguments.of("Erik Dahl does not believe that the fish stocks will recover this decade.",
                        "stocks will recover"),
                Arguments.of("Erik Dahl doesn’t think the harbour can grow any further without a new pier.",
                        "harbour can grow"),
                Arguments.of("Ingrid Solberg asked whether the rules that govern the port were still fair to small "
                        + "fishermen.", "still fair"),
                Arguments.of("The port director would not say how much the new cranes had cost the city.",
                        "cranes had cost"),
                // session 26: a common noun's phrase with an adverb before its cue is still negated by "never"/"not"
                Arguments.of("The mayor never said the bridge was safe for lorries.", "bridge was safe"),
                Arguments.of("The ministry has not said whether the border will reopen.", "border will reopen"),
                // session 26: an "as" clause with an object or "to" after its cue is a clause of time
                Arguments.of("As the teacher told the children a story, the lights in the hall went out.",
                        "lights in the hall"),
                Arguments.of("As the clerk added to the pile of files, the old table finally collapsed.",
                        "old table finally collapsed"),
                // session 26: the object's relative clause after "that" with its verb at once is no report
                Arguments.of("The company also announced the update that was released as a beta for developers.",
                        "released as a beta"),
                Arguments.of("Officials confirmed the report that had appeared in the Times on Sunday.",
                        "appeared in the Times"),
                // ... and a modal before it reports nothing yet
                Arguments.of("The council will probably announce that the old bridge is closed for good.",
                        "old bridge is closed"),
                // a finding's object is no clause: what was found, not what someone reported
                Arguments.of("Divers found the missing trawler near the harbour entrance on Sunday morning.",
                        "missing trawler"),
                Arguments.of("The ferry company found it hard to hire enough crew for the night ferries.",
                        "hard to hire"),
                Arguments.of("Mayor Ann Lund announced plans to build a second pier before the summer.",
                        "build a second pier"),
                // a refusal to speak says nothing
                Arguments.of("The ferry company's negotiator, harbour manager Tom Berg, declined to comment on the "
                        + "report.", "harbour manager"),
                // one's own finding is one's own account, not a report
                Arguments.of("In our survey we found that most ferry passengers travel to work by bus.",
                        "most ferry passengers"),
                Arguments.of("Our count found that most ferry passengers travel to work by bus.",
                        "most ferry passengers"),
                // session 27: a question whether asks and reports nothing, wherever its cue stands
                Arguments.of("Is it safe to conclude that a planet is forming around the young star?",
                        "planet is forming"),
                Arguments.of("Had the federation ever warned you that the rule would change this season?",
                        "rule would change"),
                // ... and a belief inside a later report is the reporter's content, not a report of its own
                Arguments.of("Developers can submit their own changes and expect that they will actually be "
                        + "considered, the company said.", "the company said"),
                // what a person found is what they realised, no report
                Arguments.of("Erik Dahl found the new timetable was easier to read than the old one.",
                        "new timetable"),
                // session 28: an interviewer's question after its label asks, and a publisher's correction note
                // tells what its own text said, not what anyone said
                Arguments.of("Q: Did the board tell you that the merger would cost jobs?", "merger would cost"),
                Arguments.of("Reporter: Did the police warn you that the march would turn violent?",
                        "march would turn"),
                Arguments.of("The bridge will reopen on Friday, the council said.\n\nAn earlier version of this "
                        + "article said the bridge would reopen on Thursday.", "reopen on Thursday"),
                Arguments.of("Shares fell after the company said its profits had halved.\n\nThis story has been "
                        + "corrected to show that the company said profits had halved, not that they had fallen.",
                        "not that they had fallen"),
                Arguments.of("Correction: A previous version of this story said the judge had jailed the defendant. "
                        + "He was given a suspended sentence.", "judge had jailed"));
    }

    @ParameterizedTest
    @MethodSource("nothingSaid")
    void a_negated_cue_a_question_or_the_cue_s_object_reports_no_statement(String text, String words) {
        assertThat(quotes(text)).as(text).noneMatch(q -> q.text().contains(words));
    }

    static Stream<Arguments> notTheirs() {
        return Stream.of(
                // a cue right after the quote is its own, even when it names nobody the tagger knows
                Arguments.of("Erik Dahl asked for silence. “Enough!” shouted the crowd outside the hall.", "Enough",
                        "Erik Dahl"),
                // "and I said" goes on with a clause of its own
                Arguments.of("Some callers went like “Is the water safe to drink?” and Mayor Ann Roe said, “Yes, "
                        + "it is.”", "water safe", "Ann Roe"),
                // one word in marks after a body's verb of calling is as often the writer's scare quote
                Arguments.of("The company called the change a “rebrand” in its annual filing.", "rebrand",
                        "The company"));
    }

    @ParameterizedTest
    @MethodSource("notTheirs")
    void a_quote_is_not_given_to_a_speaker_of_another_clause(String text, String words, String wrong) {
        assertThat(quotes(text)).as(text).filteredOn(q -> q.text().contains(words))
                .noneMatch(q -> wrong.equals(q.speakerName()));
    }

    private static List<Quote> quotes(String text) {
        Analysis a = Fixtures.analyze(text, "2022-08-30").analysis();
        return a.quotes();
    }

    private static Quote quoteWith(String text, String words) {
        List<Quote> quotes = quotes(text);
        return quotes.stream().filter(x -> x.text().contains(words)).findFirst().orElseThrow(
                () -> new AssertionError("no quote with '" + words + "' in " + quotes));
    }
}
