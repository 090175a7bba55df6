package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockType;
import org.newsgraph.model.Caption;

class MainContentExtractorTest {

    private static final String P1 = "The city council voted on Tuesday to expand the bus network, adding four new "
            + "routes that will serve the eastern suburbs from next spring.";
    private static final String P2 = "Officials said the plan, which costs about 12 million dollars, would cut "
            + "commuting times for roughly 30,000 residents, according to a report published last month.";
    private static final String P3 = "Critics argued that the money should have gone to road repairs instead, but "
            + "the measure passed by a comfortable margin after a long debate.";

    private final MainContentExtractor extractor = new MainContentExtractor();

    private ExtractedBody extract(String body) {
        String html = "<html><head><title>Bus plan | Daily</title></head><body>"
                + "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
                + "<li><a href='/sport'>Sport</a></li></ul></nav></header>"
                + body
                + "<footer><p>Copyright 2024 Daily News Ltd. All rights reserved.</p>"
                + "<ul><li><a href='/about'>About us</a></li><li><a href='/privacy'>Privacy policy</a></li></ul>"
                + "</footer></body></html>";
        return extractor.extract(Jsoup.parse(html, "https://example.com/news/bus-plan"));
    }

    private static List<String> blockTexts(ExtractedBody body) {
        return body.blocks().stream().map(b -> body.text().substring(b.start(), b.end())).toList();
    }

    private static List<BlockType> blockTypes(ExtractedBody body) {
        return body.blocks().stream().map(Block::type).toList();
    }

    @Test
    void keeps_paragraphs_and_drops_navigation_footer_and_headline() {
        ExtractedBody body = extract("<article><h1>Council expands bus network</h1>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>");
        assertThat(body.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(blockTypes(body)).containsExactly(BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH);
        assertThat(body.warnings()).isEmpty();
    }

    @Test
    void gives_block_offsets_into_the_text_and_normalises_whitespace() {
        ExtractedBody body = extract("<div class='story'><p>  " + P1.replace(" ", "\n   ") + " </p>"
                + "<p>" + P2 + "<br>Second line of the same paragraph, kept below it.</p><p>" + P3 + "</p></div>");
        assertThat(blockTexts(body)).containsExactly(P1,
                P2 + "\nSecond line of the same paragraph, kept below it.", P3);
        Block second = body.blocks().get(1);
        assertThat(second.start()).isEqualTo(P1.length() + 2);
    }

    @Test
    void keeps_subheadings_lists_and_block_quotes_with_their_types() {
        ExtractedBody body = extract("<article><h1>Headline</h1><p>" + P1 + "</p>"
                + "<h2>What changes for riders</h2><p>" + P2 + "</p>"
                + "<ul><li>Route 12 runs every ten minutes.</li><li>Route 14 gets night service.</li></ul>"
                + "<blockquote><p>This is the biggest change in a generation, and riders deserve it.</p></blockquote>"
                + "<p>" + P3 + "</p></article>");
        assertThat(blockTypes(body)).containsExactly(BlockType.PARAGRAPH, BlockType.HEADING, BlockType.PARAGRAPH,
                BlockType.LIST, BlockType.QUOTE, BlockType.PARAGRAPH);
        assertThat(blockTexts(body)).contains("What changes for riders",
                "Route 12 runs every ten minutes.\nRoute 14 gets night service.",
                "This is the biggest change in a generation, and riders deserve it.");
        assertThat(body.text()).doesNotContain("Headline");
    }

    @Test
    void keeps_the_caption_of_a_lead_picture_set_between_the_headline_and_the_text_container() {
        ExtractedBody body = extract("<div class='item'><h1>Council expands bus network</h1>"
                + "<div class='meta'>Transport desk | 3 March 2024</div><div class='pic'><img src='bus.jpg'><p class='caption'>The first of the new buses at the depot."
                + "</p></div><div class='article-body'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div class='pic'><img src='other.jpg'><p class='caption'>A bridge in another town.</p></div>"
                + "</div>");
        assertThat(body.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(body.captions()).containsExactly(new Caption("The first of the new buses at the depot.", null));
    }

    @Test
    void sets_labelled_captions_and_prompts_to_the_reader_aside_but_keeps_text_that_talks_about_captions() {
        String captionTalk = "Caption contests have become a fixture of the festival, and this year the winning "
                + "entry read: “Next stop, nowhere.”";
        ExtractedBody body = extract("<article><p>" + P1 + "</p><p><em>Photo caption: Drivers try out the new "
                + "routes.</em></p><p>" + P2 + "</p><p>" + captionTalk + "</p><p>" + P3 + "</p>"
                + "<p>Listen to the full interview with the mayor on our podcast.</p>"
                + "<p>Share: Facebook | X | Email</p></article>");
        assertThat(body.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + captionTalk + "\n\n" + P3);
        assertThat(body.captions()).containsExactly(new Caption("Drivers try out the new routes.", null));
    }

    @Test
    void sets_captions_and_credits_aside() {
        ExtractedBody body = extract("<article><p>" + P1 + "</p>"
                + "<figure><img src='bus.jpg'><figcaption>A new electric bus on its first test run. "
                + "<span class='credit'>Jane Doe/Reuters</span></figcaption></figure>"
                + "<p>" + P2 + "</p>"
                + "<div class='wp-caption'><img src='map.png'><p class='wp-caption-text'>The four new routes in "
                + "the east. Photo: City Transit Authority</p></div>"
                + "<p>" + P3 + "</p></article>");
        assertThat(body.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(body.captions()).containsExactly(
                new Caption("A new electric bus on its first test run.", "Jane Doe/Reuters"),
                new Caption("The four new routes in the east.", "Photo: City Transit Authority"));
    }

    @Test
    void drops_share_bars_bylines_comments_and_newsletter_boxes() {
        ExtractedBody body = extract("<article><h1>Headline</h1><p class='byline'>By Jane Doe, Transport "
                + "Reporter</p><div class='share-tools'><a href='#'>Facebook</a> <a href='#'>Twitter</a></div>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class='newsletter-signup'><p>Get the morning briefing, with all the news you need, "
                + "delivered to your inbox every day.</p></div>"
                + "<p>" + P3 + "</p></article>"
                + "<section id='comments'><h3>3 comments</h3><div class='comment'><p>I think this is a "
                + "terrible idea, and the council should be ashamed of wasting our money on it.</p></div>"
                + "<div class='comment'><p>Finally! I have waited years for a decent bus to the east side, "
                + "and this will change my commute.</p></div></section>");
        assertThat(body.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void drops_related_story_teasers_but_keeps_inline_links() {
        String teaser = "<li><h3><a href='/a%d'>Another story about the transit budget number %d</a></h3>"
                + "<p>The budget committee met again this week, and members disagreed about the timing of "
                + "the next fare increase.</p></li>";
        ExtractedBody body = extract("<main><div class='body'><p>" + P1 + "</p><p>As <a href='/x'>reported "
                + "earlier</a>, " + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div><h2>More stories</h2><ul>" + String.format(teaser, 1, 1) + String.format(teaser, 2, 2)
                + String.format(teaser, 3, 3) + "</ul></div></main>");
        assertThat(body.text()).contains("As reported earlier, " + P2);
        assertThat(body.text()).doesNotContain("budget committee", "More stories");
    }

    @Test
    void drops_link_lists_and_interface_labels_inside_the_article() {
        ExtractedBody body = extract("<article><p>" + P1 + "</p><div>Advertisement</div><p>" + P2 + "</p>"
                + "<ul><li><a href='/1'>Bus routes</a></li><li><a href='/2'>City council</a></li>"
                + "<li><a href='/3'>Transport</a></li></ul><p>" + P3 + "</p><p>Read more</p></article>");
        assertThat(body.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void drops_short_labels_at_the_edges_but_keeps_a_closing_list() {
        ExtractedBody body = extract("<article><p>Key facts</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><ul><li>Route 12</li><li>Route 14</li></ul><div>Related Tags</div></article>");
        assertThat(body.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\nRoute 12\nRoute 14");
        assertThat(blockTypes(body)).last().isEqualTo(BlockType.LIST);
    }

    @Test
    void drops_a_heading_whose_section_was_removed() {
        ExtractedBody body = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<h2>Related coverage</h2><ul><li><a href='/1'>Bus fares rise again in the city</a></li>"
                + "<li><a href='/2'>New tram line opens downtown this week</a></li></ul></article>");
        assertThat(body.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void keeps_link_heavy_blocks_the_json_ld_article_body_vouches_for() {
        String linked = "Read the full council report on the eastern transit expansion";
        String page = "<article><p>" + P1 + "</p><p><a href='/report'>" + linked + "</a>.</p><p>" + P2 + "</p><p>"
                + P3 + "</p></article>";
        assertThat(extract(page).text()).doesNotContain(linked);
        String jsonLd = "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"articleBody\":\"" + P1 + " " + linked + ". " + P2 + " " + P3 + "\"}]}</script>";
        assertThat(extract(jsonLd + page).text()).isEqualTo(P1 + "\n\n" + linked + ".\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void ignores_hidden_boxes_and_scripts() {
        ExtractedBody body = extract("<article><p>" + P1 + "</p><div style='display: none'><p>This hidden "
                + "paragraph, a duplicate for another layout, must not be part of the article text.</p></div>"
                + "<script>var x = 'not text, not at all, never';</script><p>" + P2 + "</p><p>" + P3
                + "</p></article>");
        assertThat(body.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void does_not_modify_the_document() {
        Document doc = Jsoup.parse("<html><body><nav><a href='/'>Home</a></nav><article><h1>T</h1><p>" + P1
                + "</p><figure><figcaption>Caption. Photo: X</figcaption></figure><p>" + P2 + "</p></article>"
                + "</body></html>");
        String before = doc.outerHtml();
        extractor.extract(doc);
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void reports_a_page_without_text_instead_of_failing() {
        ExtractedBody empty = extractor.extract(Jsoup.parse(""));
        assertThat(empty.text()).isEmpty();
        assertThat(empty.blocks()).isEmpty();
        assertThat(empty.warnings()).containsExactly("no main content found");
        ExtractedBody binary = extractor.extract(Jsoup.parse("\u0000\u0001\u0002<<<>>>&&&\ufffd"));
        assertThat(binary.blocks()).allSatisfy(b -> assertThat(b.end()).isLessThanOrEqualTo(binary.text().length()));
    }

    @Test
    void survives_deeply_nested_markup() {
        String html = "<div>".repeat(5000) + "<p>" + P1 + "</p>" + "</div>".repeat(5000);
        ExtractedBody body = extractor.extract(Jsoup.parse(html));
        assertThat(body.text()).isEqualTo(P1);
    }

    @Test
    void a_page_built_by_script_takes_its_text_from_the_declared_article_body() {
        String declared = P1 + "\\n\\n" + P2 + "\\n" + P3;
        ExtractedBody body = extract("<div id='app'></div><script>window.start()</script>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + declared
                + "\"}</script>");
        assertThat(blockTexts(body)).containsExactly(P1, P2, P3);
        assertThat(body.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(body.warnings()).singleElement().asString().contains("JSON-LD articleBody");
    }

    @Test
    void a_declared_body_in_html_keeps_its_paragraphs_and_loses_its_markup() {
        String declared = "<p>" + P1 + "</p><p>" + P2.replaceFirst(" ", "\\\\n")
                + "<br/>Fares stay the same &amp; so do stops.</p>";
        ExtractedBody body = extract("<div id='app'></div>"
                + "<script type='application/ld+json'>{\"articleBody\":\"" + declared.replace("\"", "\\\"")
                + "\"}</script>");
        assertThat(blockTexts(body)).containsExactly(P1, P2, "Fares stay the same & so do stops.");
    }

    @Test
    void a_section_row_and_an_unmarked_dated_byline_above_the_text_are_not_the_article() {
        ExtractedBody body = extract("<div class='top'>Coast Weekly — Ports | Energy | Farming</div>"
                + "<h1>Bus plan approved</h1><p>Ana Lima, <time>4 March 2024</time></p>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p>");
        assertThat(blockTexts(body)).containsExactly(P1, P2);
    }

    @Test
    void a_dateline_place_or_a_lede_opening_on_a_place_and_a_date_stays_with_the_text() {
        String lede = "Kharkiv, 12 May 2025 — " + P1;
        ExtractedBody body = extract("<h1>Bus plan approved</h1><p>" + lede + "</p><p>" + P2 + "</p>");
        assertThat(blockTexts(body)).containsExactly(lede, P2);
    }

    @Test
    void rights_notices_are_dropped_and_news_about_copying_is_kept() {
        String news = "Reproduction of the mural is prohibited, the council ruled.";
        ExtractedBody body = extract("<article><h1>Bus plan approved</h1><p>" + P1 + "</p><p>" + news + "</p><p>"
                + P2 + "</p><p>Coast Weekly. Reproduction only with permission.</p></article>");
        assertThat(blockTexts(body)).containsExactly(P1, news, P2);
    }

    @Test
    void a_brief_keeps_its_short_closing_sentence() {
        String close = "Linda Park said the decision was unanimous.";
        ExtractedBody body = extract("<article><h1>Bus fares frozen</h1><p>" + P1 + "</p><p>" + close
                + "</p></article>");
        assertThat(blockTexts(body)).containsExactly(P1, close);
    }

    @Test
    void a_brief_keeps_a_run_of_short_sentences_after_its_lead() {
        String second = "City had led at half-time.";
        String third = "Osei said the team never stopped believing.";
        ExtractedBody body = extract("<article><p>" + P1 + "</p><p>" + second + "</p><p>" + third + "</p></article>"
                + "<div class='newsletter'><p>Sign up for our sport newsletter.</p>"
                + "<p>Already a subscriber? Sign in here.</p></div>");
        assertThat(blockTexts(body)).containsExactly(P1, second, third);
    }

    @Test
    void a_short_sentence_in_a_box_of_its_own_does_not_widen_the_text() {
        ExtractedBody body = extract("<div><article><p>" + P1 + "</p></article>"
                + "<div><p>Comments are closed for this post.</p></div></div>");
        assertThat(blockTexts(body)).containsExactly(P1);
    }

    @Test
    void a_paywall_box_with_its_price_table_is_set_aside_and_named() {
        ExtractedBody body = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class='breaker'><div><p>Premium Story</p><p>Already have an account? <a href='/login'>Log in"
                + "</a></p></div><h3>Unlock this article, plus analysis, newsletters and events.</h3>"
                + "<div class='cards'><div><p>Monthly</p><p>$39</p><p>Totals $468 per year</p></div>"
                + "<div><p>Annual</p><p>$399</p><p>Save 15%</p><p>Savings start at 25%!</p></div></div></div>"
                + "<div><p>To read the rest of this story subscribe to The Daily.</p></div></article>");
        assertThat(blockTexts(body)).containsExactly(P1, P2);
        assertThat(body.warnings()).singleElement().asString().contains("paywall");
    }

    @Test
    void an_article_about_subscription_prices_keeps_its_price_list() {
        String lead = "The Daily raised the price of its digital subscription on Monday, the first increase since "
                + "2021, and said readers who already have an account would keep their old rate until March.";
        String after = "Subscribers who want to read the paper on more than two devices will need the family plan, "
                + "the company said.";
        ExtractedBody body = extract("<article><p>" + lead + "</p><ul><li>Monthly: $12</li><li>Annual: $120</li>"
                + "<li>Family: $180 a year</li></ul><p>" + after + "</p></article>");
        assertThat(blockTexts(body)).containsExactly(lead, "Monthly: $12\nAnnual: $120\nFamily: $180 a year", after);
        assertThat(body.warnings()).isEmpty();
    }
}
