package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.PageMetadata;

class HtmlMetadataExtractorTest {

    private final HtmlMetadataExtractor extractor = new HtmlMetadataExtractor();

    private PageMetadata extract(String html, String url) {
        return extractor.extract(Jsoup.parse(html, url == null ? "" : url), url);
    }

    @Test
    void reads_a_json_ld_graph_with_author_references() {
        String html = """
                <html lang="en-US"><head><title>Rivers rise in the north | Daily Courier</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","@id":"https://courier.example/#site","name":"Daily Courier"},
                  {"@type":"Person","@id":"https://courier.example/#p1","name":"Ana Lima"},
                  {"@type":["NewsArticle"],"headline":"Rivers rise in the north","author":[{"@id":"https://courier.example/#p1"},
                    {"@type":"Person","name":"Tom Berg"}],"publisher":{"@type":"NewsMediaOrganization","name":"Daily Courier"},
                    "datePublished":"2021-03-04T08:15:00+01:00","dateModified":"2021-03-05T10:00:00+01:00",
                    "articleSection":["Weather"],"keywords":"floods, rivers, Floods","inLanguage":"en-US"}]}
                </script></head><body><h1>Rivers rise in the north</h1><p>Text.</p></body></html>""";
        PageMetadata m = extract(html, "https://courier.example/news/rivers");
        assertThat(m.title()).isEqualTo("Rivers rise in the north");
        assertThat(m.authors()).containsExactly("Ana Lima", "Tom Berg");
        assertThat(m.publisher()).isEqualTo("Daily Courier");
        assertThat(m.published()).isEqualTo("2021-03-04T08:15:00+01:00");
        assertThat(m.modified()).isEqualTo("2021-03-05T10:00:00+01:00");
        assertThat(m.section()).isEqualTo("Weather");
        assertThat(m.topics()).containsExactly("floods", "rivers");
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void a_title_escaped_twice_is_decoded_once_more_and_a_bare_ampersand_is_left_alone() {
        // the h1 and the JSON-LD of a page that escaped them twice (WCXB dev 0244, 0457)
        String h1 = "<html><head><title>Tools for 2026 | Python, SQL &#x26; AI | Splunk</title></head><body>"
                + "<h1>Tools for 2026 | Python, SQL &amp;#x26; AI</h1><p>Text.</p></body></html>";
        assertThat(extract(h1, "https://www.splunk.example/a").title()).isEqualTo("Tools for 2026 | Python, SQL & AI");
        String ld = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"And finally&amp;#8230; trouble brewing\"}</script></head><body>"
                + "<p>Text.</p></body></html>";
        assertThat(extract(ld, "https://news.example/b").title()).isEqualTo("And finally\u2026 trouble brewing");
        // once decoded, what holds no reference stays as written: "R&D", "AT&T", a lone "&", an unknown "&x"
        for (String t : new String[] {"R&amp;D budget cut by 5%", "AT&amp;T &amp; Verizon merge", "Tom & Jerry",
                "Q&amp;A: the &amp;x factor"}) {
            String page = "<html><head><title>" + t + "</title></head><body><h1>" + t + "</h1><p>Text.</p></body></html>";
            assertThat(extract(page, "https://news.example/c").title())
                    .isEqualTo(org.jsoup.parser.Parser.unescapeEntities(t, false));
        }
    }

    @Test
    void reads_json_ld_arrays_and_organisation_authors_when_no_person_is_named() {
        String html = """
                <html><head><script type="application/ld+json">
                [{"@type":"BreadcrumbList","itemListElement":[{"position":2,"name":"Science"},{"position":1,"name":"Home"},
                  {"position":3,"name":"Comet seen over Chile"}]},
                 {"@type":"BlogPosting","headline":"Comet seen over Chile","author":{"@type":"Organization","name":"Sky Desk"},
                  "datePublished":"2019-11-02"}]
                </script></head><body></body></html>""";
        PageMetadata m = extract(html, null);
        assertThat(m.authors()).containsExactly("Sky Desk");
        assertThat(m.section()).isEqualTo("Science");
        assertThat(m.published()).isEqualTo("2019-11-02");
    }

    @Test
    void skips_broken_json_ld_and_falls_back_to_meta_tags() {
        String html = """
                <html><head>
                <script type="application/ld+json">{"@type":"NewsArticle", "headline": "Broken" "author": </script>
                <meta property="og:title" content="Port strike ends after ten days - Harbour Times">
                <meta property="og:site_name" content="Harbour Times">
                <meta name="author" content="Jane Doe">
                <meta property="article:published_time" content="2020-07-14T09:30:00Z">
                <meta property="article:tag" content="Labour"><meta property="article:tag" content="Ports">
                <meta property="og:locale" content="en_GB">
                </head><body><p>Body</p></body></html>""";
        PageMetadata m = extract(html, "https://harbour.example/a");
        assertThat(m.title()).isEqualTo("Port strike ends after ten days");
        assertThat(m.authors()).containsExactly("Jane Doe");
        assertThat(m.publisher()).isEqualTo("Harbour Times");
        assertThat(m.published()).isEqualTo("2020-07-14T09:30:00Z");
        assertThat(m.topics()).containsExactly("Labour", "Ports");
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void takes_names_from_a_visible_byline_when_nothing_is_declared() {
        String html = """
                <html><head><title>Town council votes on budget</title></head><body>
                <nav><div class="author">Menu</div></nav>
                <article><h1>Town council votes on budget</h1>
                <p class="byline">By Maria Santos and Lee Chen, Staff Writers | June 3, 2021</p>
                <p>The council met on Tuesday.</p></article></body></html>""";
        PageMetadata m = extract(html, null);
        assertThat(m.authors()).containsExactly("Maria Santos", "Lee Chen");
        assertThat(m.published()).isEqualTo("2021-06-03");
    }

    @Test
    void a_desk_in_the_author_tag_yields_to_the_reporters_the_byline_links() {
        String html = """
                <html><head><title>Ferry strike ends</title><meta name="author" content="Harbour Herald Staff">
                </head><body><article><h1>Ferry strike ends</h1>
                <div class="meta">By <a rel="author" href="/a/1">Ines Duarte</a> and
                <a rel="author" href="/a/2">Omar Haddad</a> | 4 May 2025</div>
                <p>The crews returned to work on Sunday.</p></article></body></html>""";
        assertThat(extract(html, null).authors()).containsExactly("Ines Duarte", "Omar Haddad");
        assertThat(extract(html, null).publisher()).isNull();
        // the site's name after the shown headline in the title is the publisher when nothing declares one
        assertThat(extract(html.replace("<title>Ferry strike ends", "<title>Ferry strike ends | Harbour Herald"), null)
                .publisher()).isEqualTo("Harbour Herald");
        assertThat(extract(html.replace("<title>Ferry strike ends", "<title>Ferry strike ends - and why it matters"),
                null).publisher()).isNull();
        // with no one named anywhere else, the desk stays
        assertThat(extract(html.replaceAll("(?s)<div class=\"meta\">.*?</div>", ""), null).authors())
                .containsExactly("Harbour Herald Staff");
    }

    @Test
    void credits_wire_agencies_and_republishing_notes() {
        String wire = """
                <html><head><meta property="og:site_name" content="Valley News"></head><body><article>
                <h1>Storm hits coast</h1><p>MIAMI (AP) — A storm hit the coast on Monday.</p></article></body></html>""";
        assertThat(extract(wire, null).syndicatedFrom()).isEqualTo("Associated Press");
        String republished = """
                <html><body><article><h1>Why bees matter</h1><p>Bees pollinate crops.</p>
                <p><em>This article originally appeared on The Conversation. Read the original.</em></p>
                </article></body></html>""";
        assertThat(extract(republished, null).syndicatedFrom()).isEqualTo("The Conversation");
        String own = """
                <html><head><meta property="og:site_name" content="Valley News"></head><body><h1>Fair opens</h1>
                <footer>© 2021 Valley News. All rights reserved.</footer></body></html>""";
        assertThat(extract(own, null).syndicatedFrom()).isNull();
    }

    @Test
    void a_reprint_credits_the_wire_service_its_dateline_or_its_author_names_but_not_a_staff_writer() {
        String dateline = """
                <html><head><meta property="og:site_name" content="Lakeshore Courier"></head><body><article>
                <p class="meta">Filed 4 March</p><h1>Port workers end strike</h1>
                <p>VALPARAISO, March 3 (Pacific Wire) - Dock workers voted on Tuesday to end a nine-day strike that had
                left dozens of container ships waiting offshore, the union said.</p></article></body></html>""";
        assertThat(extract(dateline, null).syndicatedFrom()).isEqualTo("Pacific Wire");
        String author = """
                <html><head><meta property="og:site_name" content="Lakeshore Courier">
                <meta name="author" content="Andes News Service"></head><body><article><h1>Port workers end strike</h1>
                <p>Dock workers voted on Tuesday to end a nine-day strike that had left dozens of ships offshore.</p>
                </article></body></html>""";
        assertThat(extract(author, null).syndicatedFrom()).isEqualTo("Andes News Service");
        String staff = author.replace("Andes News Service", "Lucia Ferreyra");
        assertThat(extract(staff, null).syndicatedFrom()).isNull();
        // the wire's own page credits itself in its dateline, and a page naming no site cannot tell itself apart
        String own = dateline.replace("Lakeshore Courier", "Pacific Wire");
        assertThat(extract(own, null).syndicatedFrom()).isNull();
        String callSign = dateline.replace("(Pacific Wire)", "(KPWR)")
                + "<p>© 2025 Harbor Media Inc., KPWR-TV Lima. All rights reserved.</p>";
        assertThat(extract(callSign, null).syndicatedFrom()).isNull();
        String unnamed = dateline.replace("<meta property=\"og:site_name\" content=\"Lakeshore Courier\">", "")
                + "<p>(c) Pacific Wire 2025. All rights reserved.</p>";
        PageMetadata original = extract(unnamed, null);
        assertThat(original.syndicatedFrom()).isNull();
        assertThat(original.publisher()).isEqualTo("Pacific Wire");
        // a dateline below the story's first paragraphs is a quoted report, not this page's
        String late = dateline.replace("<p>VALPARAISO", "<p>" + "The port reopened to traffic at dawn. ".repeat(3)
                + "</p><p>" + "Ships began to move soon after. ".repeat(3) + "</p><p>"
                + "Queues cleared by noon on the coastal road. ".repeat(3) + "</p><p>VALPARAISO");
        assertThat(extract(late, null).syndicatedFrom()).isNull();
    }

    @Test
    void reads_the_section_label_above_the_headline_but_not_navigation_or_the_masthead() {
        String labelled = """
                <html><head><meta property="og:site_name" content="Lakeshore Courier"></head><body>
                <header><a href="/">Lakeshore Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
                <article><div class="section">Business</div><h1>Port workers end strike</h1>
                <p>Dock workers voted on Tuesday to end a nine-day strike.</p></article></body></html>""";
        assertThat(extract(labelled, null).section()).isEqualTo("Business");
        String kicker = labelled.replace("<div class=\"section\">Business</div>",
                "<p><a href=\"https://courier.example/opinion\">Opinion</a></p>");
        assertThat(extract(kicker, null).section()).isEqualTo("Opinion");
        String capitals = labelled.replace("<div class=\"section\">Business</div>", "<span>ANALYSIS</span>");
        assertThat(extract(capitals, null).section()).isEqualTo("ANALYSIS");
        String declared = labelled.replace("<head>", "<head><meta property=\"article:section\" content=\"Economy\">");
        assertThat(extract(declared, null).section()).isEqualTo("Economy");

        String masthead = """
                <html><head><meta property="og:site_name" content="Lakeshore Courier"></head><body>
                <a href="/">Lakeshore Courier</a><h1>Port workers end strike</h1><p>Dock workers voted.</p></body></html>""";
        assertThat(extract(masthead, null).section()).isNull();
        String menu = labelled.replace("<div class=\"section\">Business</div>",
                "<div class=\"section-nav\"><a href=\"/news\">News</a> <a href=\"/business\">Business</a></div>");
        assertThat(extract(menu, null).section()).isNull();
        String dated = labelled.replace("<div class=\"section\">Business</div>", "<div class=\"section\">4 March 2025</div>");
        assertThat(extract(dated, null).section()).isNull();
        String sentence = labelled.replace("<div class=\"section\">Business</div>", "<p>Updated with reaction.</p>");
        assertThat(extract(sentence, null).section()).isNull();
        for (String status : new String[] {"BREAKING NEWS", "Updated", "Back to Blog", "Feature Article"}) {
            String shown = labelled.replace("<div class=\"section\">Business</div>", "<div class=\"eyebrow\">" + status + "</div>");
            assertThat(extract(shown, null).section()).as(status).isNull();
        }
        String plain = labelled.replace("<div class=\"section\">Business</div>", "<div>Business</div>");
        assertThat(extract(plain, null).section()).as("a bare word is no label without a mark of one").isNull();
    }

    @Test
    void reads_a_creative_commons_licence_from_link_badge_or_footer_text() {
        String link = "<html><head><link rel=\"license\" href=\"https://creativecommons.org/licenses/by-nd/4.0/\">"
                + "</head><body></body></html>";
        assertThat(extract(link, null).license()).isEqualTo("CC-BY-ND-4.0");
        String badge = "<html><body><footer><img src=\"https://i.creativecommons.org/l/by-nc/3.0/88x31.png\">"
                + "</footer></body></html>";
        assertThat(extract(badge, null).license()).isEqualTo("CC-BY-NC-3.0");
        String text = "<html><body><footer><p>This work is licensed under a Creative Commons Attribution-ShareAlike "
                + "4.0 International License.</p></footer></body></html>";
        assertThat(extract(text, null).license()).isEqualTo("CC-BY-SA-4.0");
        assertThat(extract("<html><body><p>All rights reserved.</p></body></html>", null).license()).isNull();
    }

    @Test
    void reads_a_licence_notice_that_names_the_licence_by_its_short_form_but_not_a_sentence_about_one() {
        String footer = "<html><body><article><p>The ferry resumed service on Monday after repairs.</p></article>"
                + "<div class=\"site-end\">Everything on this site is licensed under CC BY-SA 3.0 unless marked "
                + "otherwise. Ridgeway Press, 4 Mill Lane.</div></body></html>";
        assertThat(extract(footer, null).license()).isEqualTo("CC-BY-SA-3.0");
        String longFooter = "<html><body><p>The ferry resumed service on Monday.</p><div>© All rights reserved. "
                + "Quotes from our reporting must link back to the story they come from, and photographs may not be "
                + "reused without the photographer's written consent. Our content is licensed under a Creative Commons "
                + "Attribution-NoDerivatives 4.0 International License. Nothing published here is financial or legal "
                + "advice, and readers should consult a qualified adviser.</div></body></html>";
        assertThat(extract(longFooter, null).license()).isEqualTo("CC-BY-ND-4.0");
        String sentence = "<html><body><article><p>The archive released 2,000 photographs under CC BY 4.0 on "
                + "Monday, its director said.</p><p>Creative Commons Attribution 4.0 is the licence it chose.</p>"
                + "</article></body></html>";
        assertThat(extract(sentence, null).license()).isNull();
    }

    @Test
    void resolves_a_relative_canonical_link_against_the_page_url() {
        String html = "<html><head><link rel=\"canonical\" href=\"/2021/06/story.html?ref=x\"></head><body></body></html>";
        assertThat(extract(html, "https://news.example/amp/story").canonicalUrl())
                .isEqualTo("https://news.example/2021/06/story.html?ref=x");
        assertThat(extract("<html><head><link rel=canonical href=\"javascript:void(0)\"></head></html>",
                "https://news.example/").canonicalUrl()).isNull();
    }

    @Test
    void prefers_the_shown_headline_and_strips_the_site_name() {
        String html = """
                <html><head><title>Mayor resigns amid inquiry | The Gazette</title>
                <meta property="og:title" content="Mayor resigns amid inquiry | The Gazette"></head><body>
                <header><h1 class="site-title">The Gazette</h1></header>
                <main><h1>Mayor resigns amid corruption inquiry</h1>
                <p class="dek">The mayor stepped down on Friday after weeks of pressure from the council.</p>
                <p>Body.</p></main></body></html>""";
        PageMetadata m = extract(html, "https://gazette.example/x");
        assertThat(m.title()).isEqualTo("Mayor resigns amid corruption inquiry");
        assertThat(m.subtitle()).isEqualTo("The mayor stepped down on Friday after weeks of pressure from the council.");
        String titleOnly = "<html><head><title>Rates held steady - Gazette</title></head><body></body></html>";
        assertThat(extract(titleOnly, "https://www.gazette.example/y").title()).isEqualTo("Rates held steady");
    }

    @Test
    void a_crosshead_after_the_first_paragraph_is_no_dek_however_it_is_marked() {
        String html = """
                <html><head><title>Rail strike called off</title></head><body><article>
                <h1>Rail strike called off</h1>
                <p>Unions and the operator reached a deal late on Sunday, hours before the walkout was due.</p>
                <p>The agreement gives drivers a raise of 4 percent this year and 3 percent the next.</p>
                <h2 class="article-subhead">What the deal means for passengers this week</h2>
                <p>Services will run to the normal timetable from Monday morning, the operator said.</p>
                </article></body></html>""";
        assertThat(extract(html, "https://gazette.example/rail").subtitle()).isNull();
    }

    @Test
    void leaves_absent_values_empty_and_never_modifies_the_document() {
        Document doc = Jsoup.parse("<html><body><p>Nothing declared here, 12 apples.</p></body></html>");
        String before = doc.outerHtml();
        PageMetadata m = extractor.extract(doc, null);
        assertThat(doc.outerHtml()).isEqualTo(before);
        assertThat(m.title()).isNull();
        assertThat(m.authors()).isEmpty();
        assertThat(m.published()).isNull();
        assertThat(m.license()).isNull();
        assertThat(m.language()).isNull();
        assertThat(m.canonicalUrl()).isNull();
    }

    @Test
    void survives_hostile_markup() {
        String html = "<html><head><script type=\"application/ld+json\">" + "[".repeat(5000) + "</script>"
                + "<meta name=\"author\" content=\"" + "x".repeat(10000) + "\"></head><body>"
                + "<div>".repeat(3000) + "By" + "</div>".repeat(3000) + "</body></html>";
        PageMetadata m = extract(html, "not a url");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void reads_the_byline_meta_tag() {
        String html = "<html><head><meta name='byline' content='By Sara Lind'></head><body><p>Text.</p></body></html>";
        assertThat(extract(html, null).authors()).containsExactly("Sara Lind");
    }

    @Test
    void a_page_naming_no_site_is_published_by_the_holder_of_its_dated_copyright() {
        String html = "<html><head><title>Ports report record traffic</title></head><body><h1>Ports report record"
                + " traffic</h1><p>Container traffic rose by a tenth last year.</p>"
                + "<p class='legal'>(c) Baltic Wire Service 2025</p></body></html>";
        assertThat(extract(html, null).publisher()).isEqualTo("Baltic Wire Service");
        String named = html.replace("<head>", "<head><meta property='og:site_name' content='Metro Daily'>");
        assertThat(extract(named, null).publisher()).isEqualTo("Metro Daily");
        // a wire's copyright on a page that names no site marks a syndicated copy, not the page's publisher
        String wire = html.replace("(c) Baltic Wire Service 2025", "© 2025 Reuters");
        assertThat(extract(wire, null).publisher()).isNull();
        assertThat(extract(wire, null).syndicatedFrom()).isEqualTo("Reuters");
    }

    @Test
    void an_unmarked_byline_with_its_date_names_the_author_unless_it_names_a_place_or_an_outlet() {
        String page = "<html><head><title>Bakery chain expands</title></head><body><h1>Bakery chain expands</h1>"
                + "<p>%s</p><p>A local bakery chain opened its tenth shop on Saturday.</p></body></html>";
        assertThat(extract(page.formatted("Tom Ashby and Mia Ross, <time>9 April 2024</time>"), null).authors())
                .containsExactly("Tom Ashby", "Mia Ross");
        assertThat(extract(page.formatted("Olena Marchenko, 12 May 2025"), null).authors())
                .containsExactly("Olena Marchenko");
        for (String line : new String[] {"Kyiv, 30 October 2026", "NEW YORK, 5 March 2026", "New York, 5 March 2026",
                "Harbor Gazette, <time>5 March 2026</time>", "Maria Kovalenko, 52, a teacher, said she was relieved."}) {
            assertThat(extract(page.formatted(line), null).authors()).as(line).isEmpty();
        }
    }
}
