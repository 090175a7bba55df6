package org.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.text.LineFact.Kind;

class LineClassifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Advertisement|INTERFACE|-",
            "Share this article|INTERFACE|-",
            "4 min read|INTERFACE|-",
            "More on:|TOPIC_HEADER|-",
            "Tags: Energy, Climate|TOPIC_HEADER|Energy, Climate",
            "Read more: Why rivers run warm|LINK_HEADER|Why rivers run warm",
            "Lire aussi :|LINK_HEADER|-",
            "Photo: Jean Martin/AFP|PHOTO_CREDIT|Jean Martin/AFP",
            "Copyright: Project Syndicate|SYNDICATION|Project Syndicate",
            "© 2024 Daily Planet Media. All rights reserved.|COPYRIGHT|Daily Planet Media",
            "Copyright law has changed a great deal since the last century.|PROSE|-",
            "This post originally appeared on Forbes.|SYNDICATION|Forbes",
            "This article was first published in The Atlantic on March 3, 2021.|SYNDICATION|The Atlantic",
            "Republished with permission from Example Weekly.|SYNDICATION|Example Weekly",
            "Creative Commons: Some rights reserved.|LICENSE|-",
            "Licensed under CC BY-SA 4.0|LICENSE|CC-BY-SA-4.0",
            "from Asia Unbound|SECTION|Asia Unbound",
            "Published March 3, 2024 10:32 AM ET|PUBLISHED|2024-03-03",
            "Updated: 2024-03-04|MODIFIED|2024-03-04",
            "March 3, 2024 marked the end of a long campaign for the union.|PROSE|-",
            "• a bullet point|LIST_ITEM|-",
            "> a marked quotation|MARKED_QUOTE|-",
            "By contrast, the administration has little to show for its efforts.|PROSE|-",
            "Par exemple, Jean Dupont a refusé.|PROSE|-"})
    void recognises_boilerplate_lines(String line, Kind kind, String value) {
        LineFact fact = LineClassifier.classify(line);
        assertThat(fact.kind()).isEqualTo(kind);
        assertThat(fact.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By Jane Doe and John Roe, Reuters|Jane Doe;John Roe",
            "BY MARIA LOPEZ and TOM WEBB|Maria Lopez;Tom Webb",
            "By Jane Doe, Staff Writer|Jane Doe",
            "Von Anna Müller|Anna Müller",
            "By Ludwig van Beethoven and Ana de la Cruz|Ludwig van Beethoven;Ana de la Cruz",
            "Reporting by Anna Kowalska in Gdansk; Editing by Mark Hendricks|Anna Kowalska"})
    void reads_the_names_in_bylines_and_credits(String line, String names) {
        assertThat(LineClassifier.classify(line).names()).containsExactly(names.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kent Harrington, a former senior CIA analyst, served in Asia. John Walcott has covered foreign policy.|Kent Harrington;John Walcott",
            "Maria Santos is a professor of history at the University of Lisbon.|Maria Santos",
            "Jean Dupont est économiste à Lyon.|Jean Dupont"})
    void reads_authors_from_bio_notes(String paragraph, String names) {
        assertThat(AuthorBios.authorsOf(paragraph)).containsExactly(names.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "Lakeside FM News | 3 March 2024 | By Dana Whitfield;PUBLISHED;2024-03-03;Dana Whitfield;Lakeside FM News",
            "By Dana Whitfield • March 3, 2024;PUBLISHED;2024-03-03;Dana Whitfield;-",
            "The Valley Courier — Updated 2024-03-04 10:15 — By Omar Reyes;MODIFIED;2024-03-04;Omar Reyes;The Valley Courier",
            "The Hill Country Times · Sunday 3 March 2024;PUBLISHED;2024-03-03;-;The Hill Country Times",
            "Dana Whitfield | 3 March 2024;PUBLISHED;2024-03-03;Dana Whitfield;-"})
    void reads_a_head_line_of_outlet_date_and_byline(String line, Kind kind, String date, String author,
                                                     String outlet) {
        LineFact fact = LineClassifier.classify(line);
        assertThat(fact.kind()).isEqualTo(kind);
        assertThat(fact.value()).isEqualTo(date);
        assertThat(fact.names()).isEqualTo(author == null ? List.of() : List.of(author));
        assertThat(fact.outlet()).isEqualTo(outlet);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "The council approved the plan on 3 March 2024 by a vote of six to three.",
            "Voting closed on 3 March 2024 - by then the count was already under way.",
            "Lakeside Courier | 3 March 2024",
            "Hill Country Times | 3 March 2024",
            "Rovers 2 - 1 United | 3 March 2024 | By Dana Whitfield",
            "Licensing | 3 March 2024 | the council's new rules by Dana Whitfield take effect"})
    void leaves_prose_and_ambiguous_lines_that_mention_a_date_and_by(String line) {
        LineFact fact = LineClassifier.classify(line);
        assertThat(fact.outlet()).isNull();
        assertThat(fact.kind()).isIn(Kind.PROSE, Kind.BYLINE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Share: Facebook | X | Email;INTERFACE",
            "Share this page: WhatsApp, Telegram, Copy link;INTERFACE",
            "Facebook · LinkedIn · Reddit;INTERFACE",
            "Listen to the full interview on our podcast.;INTERFACE",
            "Subscribe to our morning newsletter;INTERFACE",
            "Watch the video of the launch below.;PROSE",
            "Listen to the podcast, and you hear the fear in her voice as the water rises.;PROSE",
            "Share prices on X fell sharply after the announcement.;PROSE",
            "Facebook said it would appeal.;PROSE",
            "Already have an account? Log in;INTERFACE",
            "To read the rest of this story subscribe to the Courier.;INTERFACE",
            "Readers will have to log in to continue reading, the editor said.;PROSE"})
    void tells_prompts_to_the_reader_from_sentences_naming_a_network_or_a_podcast(String line, Kind kind) {
        assertThat(LineClassifier.classify(line).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "Content licensed under CC BY-SA 4.0 unless otherwise noted.;LICENSE;CC-BY-SA-4.0",
            "All content on this site is available under the GNU Free Documentation License, Version 1.3;LICENSE;GFDL-1.3-only",
            "Licensed under the Open Government Licence v3.0;LICENSE;-",
            "The clinic is licensed under the state's 2019 health act, officials said.;PROSE;-",
            "The museum released the photographs under CC BY 4.0 last week.;PROSE;-",
            "Released as a single in 1990, the song reached the top ten.;PROSE;-",
            "Creative Commons said on Tuesday it would review its licences.;PROSE;-"})
    void tells_licence_notices_from_sentences_that_mention_a_licence(String line, Kind kind, String id) {
        LineFact fact = LineClassifier.classify(line);
        assertThat(fact.kind()).isEqualTo(kind);
        assertThat(fact.value()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "John Smith, a former senator, said the deal was dead.",
            "Gogoro Inc was once a rising star and a would-be unicorn in the years prior to",
            "The Pentagon has declined to comment on the report.",
            "Trump has backpedaled on virtually all of his demands."})
    void does_not_read_news_or_cut_off_teasers_as_bio_notes(String paragraph) {
        assertThat(AuthorBios.authorsOf(paragraph)).isEmpty();
    }
}
