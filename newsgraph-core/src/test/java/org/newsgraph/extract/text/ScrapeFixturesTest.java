package org.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.text.SeedScrapesTest.headings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockType;

/** Scrapes written in the style of real pages, one per kind of boilerplate, none of them the seeds. */
class ScrapeFixturesTest {

    private final TextScrapeExtractor parser = new TextScrapeExtractor();

    private ScrapedPage parse(String name) throws IOException {
        return parser.parse(resource(name));
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/scrapes/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void reads_a_wire_story_dateline_date_and_reporting_credits() throws IOException {
        ScrapedPage page = parse("wire_reuters.txt");
        assertThat(page.metadata().title()).isEqualTo("Port strike halts container traffic along the Baltic coast");
        assertThat(page.metadata().syndicatedFrom()).isEqualTo("Reuters");
        assertThat(page.metadata().published()).isEqualTo("2024-03-04");
        assertThat(page.metadata().authors()).containsExactly("Anna Kowalska", "Jonas Petraitis");
        assertThat(page.article().text()).startsWith("GDANSK, Poland (Reuters) - Dock workers")
                .endsWith("millions of euros a day.").doesNotContain("Advertisement", "Editing by");
        assertThat(page.snippets()).isEmpty();
    }

    @Test
    void reads_byline_dek_photo_credit_related_links_and_tags() throws IOException {
        ScrapedPage page = parse("byline_photo.txt");
        assertThat(page.metadata().subtitle()).startsWith("Record demand for air conditioning");
        assertThat(page.metadata().authors()).containsExactly("Claire Dubois", "Henrik Olsen");
        assertThat(page.metadata().published()).isEqualTo("2023-07-18");
        assertThat(page.metadata().topics()).containsExactly("Energy", "Climate", "Europe");
        assertThat(page.article().captions()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("A technician inspects a transformer at a substation outside Lyon.");
            assertThat(c.credit()).isEqualTo("Jean Martin/AFP");
        });
        assertThat(page.article().text()).startsWith("Electricity prices in France")
                .doesNotContain("Share this", "Twitter", "Related", "rivers are running too warm", "Tags");
        assertThat(page.article().blocks()).hasSize(5);
    }

    @Test
    void keeps_lists_quotes_and_subheads_of_a_republished_blog_post() throws IOException {
        ScrapedPage page = parse("blog_conversation.txt");
        ExtractedBody body = page.article();
        assertThat(page.metadata().syndicatedFrom()).isEqualTo("The Conversation");
        assertThat(page.metadata().license()).isEqualTo("CC-BY-ND-4.0");
        assertThat(headings(body)).containsExactly("THREE LESSONS FROM THE HIVE");
        assertThat(spans(body, BlockType.LIST)).singleElement().satisfies(list ->
                assertThat(list.split("\n")).hasSize(3).allMatch(item -> item.startsWith("• ")));
        assertThat(spans(body, BlockType.QUOTE))
                .containsExactly("A swarm is a remarkably good decision maker, better than most committees.");
        assertThat(body.text()).doesNotContain("republished", "CC BY-ND");
    }

    @Test
    void keeps_a_page_without_boilerplate_whole_even_when_its_last_paragraph_lacks_a_full_stop() throws IOException {
        ScrapedPage page = parse("plain_no_boilerplate.txt");
        assertThat(page.metadata().title()).isNull();
        assertThat(page.article().blocks()).hasSize(4).allMatch(b -> b.type() == BlockType.PARAGRAPH);
        assertThat(page.article().text()).endsWith("take about eighteen months");
        assertThat(page.snippets()).isEmpty();
        assertThat(page.article().warnings()).containsExactly("last paragraph ends mid-sentence; it may be truncated");
    }

    @Test
    void keeps_a_single_paragraph_page_as_its_text() throws IOException {
        ScrapedPage page = parse("single_paragraph.txt");
        assertThat(page.article().text()).startsWith("A magnitude 5.1 earthquake").endsWith("service said.");
        assertThat(page.metadata().title()).isNull();
        assertThat(page.snippets()).isEmpty();
    }

    @Test
    void splits_titled_teasers_after_a_dated_copyright_footer() throws IOException {
        ScrapedPage page = parse("titled_teasers.txt");
        assertThat(page.metadata().publisher()).isEqualTo("Daily Planet Media");
        assertThat(page.metadata().syndicatedFrom()).isNull();
        assertThat(page.article().text()).endsWith("final vote in the autumn.").doesNotContain("orchestra");
        assertThat(page.snippets()).hasSize(3);
        ExtractedBody first = page.snippets().get(0);
        assertThat(headings(first)).containsExactly("Local orchestra wins national award");
        assertThat(first.text()).endsWith("a local composer who");
        assertThat(first.warnings()).containsExactly("truncated teaser");
        String[] lines = resource("titled_teasers.txt").split("\n", -1);
        for (ScrapedPage.Teaser t : page.teasers()) {
            assertThat(lines[t.line() - 1].strip()).as("the line a teaser starts on holds its title")
                    .isEqualTo(headings(t.body()).get(0));
        }
    }

    @Test
    void splits_a_link_list_of_headline_and_blurb_cards_and_drops_the_repeated_caption() throws IOException {
        ScrapedPage page = parse("card_teasers.txt");
        String text = page.article().text();
        assertThat(text).startsWith("A night frost on Sunday").endsWith("before deciding on any compensation.")
                .doesNotContain("Most read", "library", "cycle lane", "Cyclists", "grower inspects");
        assertThat(page.article().captions()).extracting(c -> c.text())
                .containsExactly("A grower inspects frost-damaged apricot blossom near Kecskemet.");
        assertThat(page.snippets()).hasSize(2);
        assertThat(headings(page.snippets().get(1))).containsExactly("Cyclists get new lane on the river road");
        assertThat(page.snippets().get(1).text()).endsWith("before the summer holidays.");
        assertThat(page.snippets()).allSatisfy(s -> assertThat(s.warnings()).containsExactly("teaser"));
        assertThat(page.article().warnings()).contains("split 2 teaser cards of a link list into snippets",
                "set aside 1 repeated line");
        String[] lines = resource("card_teasers.txt").split("\n", -1);
        for (ScrapedPage.Teaser t : page.teasers()) {
            assertThat(lines[t.line() - 1]).isEqualTo(headings(t.body()).get(0));
        }
    }

    @Test
    void a_single_card_ending_the_page_is_a_teaser_but_a_link_box_the_story_goes_on_after_is_not() {
        String ending = """
                Ferry timetable cut for the winter
                The lake ferry will run four times a day instead of seven from November, the operator said on Friday.
                Fuel costs and a shortage of crew were behind the cut, the operator said.
                Islanders said the change would make it harder to reach the hospital on the mainland.
                More from Lakeside FM
                Night market opens in the old harbour
                Traders will set up stalls every Thursday evening until the end of September.""";
        ScrapedPage page = parser.parse(ending);
        assertThat(page.article().text()).endsWith("hospital on the mainland.").doesNotContain("Traders", "market");
        assertThat(page.snippets()).singleElement().satisfies(s -> assertThat(s.text()).startsWith("Night market"));

        String middle = ending.replace("Traders will set up stalls every Thursday evening until the end of September.",
                "Councillors said they would ask the operator to keep the early sailing.\n"
                        + "The operator said it would review the timetable in the spring.");
        ScrapedPage story = parser.parse(middle);
        assertThat(story.snippets()).isEmpty();
        assertThat(story.article().text()).contains("Councillors said", "review the timetable in the spring.");
    }

    @Test
    void reads_a_german_wire_story() throws IOException {
        ScrapedPage page = parse("german_dpa.txt");
        assertThat(page.metadata().authors()).containsExactly("Anna Müller");
        assertThat(page.metadata().syndicatedFrom()).isEqualTo("dpa");
        assertThat(page.metadata().topics()).containsExactly("Bahn", "Polen", "Verkehr");
        assertThat(page.article().captions()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Ein Zug verlässt den Berliner Hauptbahnhof.");
            assertThat(c.credit()).isEqualTo("Lukas Weber/dpa");
        });
        assertThat(page.article().text()).doesNotContain("Mehr zum Thema", "Streik bei der Bahn", "Foto");
        assertThat(page.article().blocks()).hasSize(3);
    }

    @Test
    void reads_a_french_opinion_piece_with_its_author_note() throws IOException {
        ScrapedPage page = parse("french_opinion.txt");
        assertThat(page.metadata().title()).startsWith("L'Europe doit investir");
        assertThat(page.metadata().authors()).containsExactly("Jean Dupont");
        assertThat(page.article().text()).startsWith("Face à la hausse")
                .endsWith("partagent les coûts.").doesNotContain("Lire aussi", "programme nucléaire");
    }

    @Test
    void reads_an_ap_story_with_shouted_byline_inline_photo_credit_and_subhead() throws IOException {
        ScrapedPage page = parse("ap_story.txt");
        assertThat(page.metadata().authors()).containsExactly("Maria Lopez", "Tom Webb");
        assertThat(page.metadata().syndicatedFrom()).isEqualTo("AP");
        assertThat(page.metadata().publisher()).isEqualTo("The Associated Press");
        assertThat(page.article().captions()).singleElement()
                .satisfies(c -> assertThat(c.credit()).isEqualTo("AP Photo/Rachel Stone"));
        assertThat(headings(page.article())).containsExactly("WHAT COMES NEXT");
        assertThat(page.article().text()).doesNotContain("Read more", "Copyright", "Senators walk");
    }

    @Test
    void splits_unrelated_teasers_of_similar_length_without_any_closing_notice() throws IOException {
        ScrapedPage page = parse("teasers_without_marker.txt");
        assertThat(page.snippets()).hasSize(3);
        assertThat(page.article().text()).endsWith("which it expects to finish by 2026");
        assertThat(page.article().blocks()).hasSize(3);
    }

    @Test
    void splits_teasers_that_sit_above_the_sites_copyright_footer() throws IOException {
        ScrapedPage page = parse("teasers_above_footer.txt");
        assertThat(page.snippets()).hasSize(2);
        assertThat(page.article().text()).endsWith("final vote in the autumn.").doesNotContain("orchestra", "surgery");
        assertThat(page.metadata().publisher()).isEqualTo("Daily Planet Media");
    }

    @Test
    void joins_the_lines_of_a_hard_wrapped_text_dump_back_into_paragraphs() throws IOException {
        ScrapedPage page = parse("hard_wrapped.txt");
        assertThat(page.metadata().title()).isEqualTo("Drought forces farmers to sell cattle early");
        assertThat(page.metadata().authors()).containsExactly("Lucia Fernandes");
        assertThat(page.article().blocks()).hasSize(4).allMatch(b -> b.type() == BlockType.PARAGRAPH);
        assertThat(spans(page.article(), BlockType.PARAGRAPH).get(0)).isEqualTo("Ranchers across the southern plains"
                + " are selling cattle months ahead of schedule as a second year of drought leaves pastures bare and"
                + " the price of hay climbs to record levels, according to market reports published on Friday.");
        assertThat(parser.parse("Rain fell on Monday.\nThe river rose.\nSchools closed early.\nRoads reopened on Tuesday.").article().blocks())
                .as("short lines of a one-paragraph-per-line scrape stay apart").hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"card_teasers.txt", "teasers_above_footer.txt", "hard_wrapped.txt", "wire_reuters.txt", "byline_photo.txt", "blog_conversation.txt",
            "plain_no_boilerplate.txt", "single_paragraph.txt", "titled_teasers.txt", "german_dpa.txt",
            "french_opinion.txt", "ap_story.txt", "teasers_without_marker.txt"})
    void every_block_covers_a_whole_paragraph_of_its_text(String name) throws IOException {
        ScrapedPage page = parse(name);
        ScrapeInvariants.assertWellFormed(page.article());
        page.snippets().forEach(ScrapeInvariants::assertWellFormed);
        assertThat(page.article().text()).isNotBlank();
    }

    private static java.util.List<String> spans(ExtractedBody body, BlockType type) {
        return body.blocks().stream().filter(b -> b.type() == type).map(b -> text(body, b)).toList();
    }

    private static String text(ExtractedBody body, Block b) {
        return body.text().substring(b.start(), b.end());
    }

    @Test
    void reads_a_head_line_of_outlet_date_and_byline_and_sets_prompts_captions_and_licence_aside() throws IOException {
        ScrapedPage page = parse("radio_head_line.txt");
        assertThat(page.metadata().published()).isEqualTo("2024-03-03");
        assertThat(page.metadata().authors()).containsExactly("Dana Whitfield");
        assertThat(page.metadata().publisher()).isEqualTo("Lakeside FM News");
        assertThat(page.metadata().license()).isEqualTo("CC-BY-SA-4.0");
        assertThat(page.article().captions()).extracting(c -> c.text())
                .containsExactly("A ferry leaves the northern terminal on a reduced timetable.");
        assertThat(page.article().text()).startsWith("Ferry crews on the northern lakes")
                .contains("which began on 2 February 2024 by some accounts.")
                .endsWith("which began on 2 February 2024 by some accounts.")
                .doesNotContain("Lakeside FM", "Photo caption", "Listen to", "Share:", "licensed");
        assertThat(page.article().warnings()).contains("set aside 1 date line", "set aside 2 interface lines",
                "set aside 1 caption line", "set aside 1 licence line");
    }

    @Test
    void a_short_paragraph_with_a_photo_under_it_below_the_title_is_the_dek() throws IOException {
        ScrapedPage page = parse("dek_above_photo.txt");
        assertThat(page.metadata().subtitle()).startsWith("A ruling on Friday gives the valley's sheep farmers");
        assertThat(page.article().text()).startsWith("The regional court ruled");
    }

    @Test
    void keeps_a_head_shaped_line_below_the_opening_paragraphs_as_text() throws IOException {
        ScrapedPage page = parse("dated_prose_head.txt");
        assertThat(page.metadata().published()).isNull();
        assertThat(page.metadata().authors()).isEmpty();
        assertThat(page.article().text()).contains("on 3 March 2024 by a show of hands",
                "Harbour Weekly | 3 March 2024 | By Omar Reyes");
    }
}
