package org.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.model.BlockType;

/** The two real scrapes the project started from, read from the shared seeds folder beside the data sets. */
class SeedScrapesTest {

    private final TextScrapeExtractor parser = new TextScrapeExtractor();

    private static String seed(String prefix) throws IOException {
        String data = System.getProperty("newsgraph.shared.data");
        assumeTrue(data != null, "newsgraph.shared.data not set");
        Path seeds = Path.of(data).resolveSibling("seeds");
        assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds);
        try (var files = Files.list(seeds)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            assumeTrue(file != null, "no seed " + prefix);
            return Files.readString(file);
        }
    }

    @Test
    void splits_the_syndicated_op_ed_from_its_four_teasers() throws IOException {
        ScrapedPage page = parser.parse(seed("000_"));
        String text = page.article().text();

        assertThat(text).startsWith("North Korean leader Kim Jong-un");
        assertThat(text).endsWith("the one that doesn’t take place.”");
        assertThat(page.snippets()).hasSize(4);
        assertThat(page.snippets()).allSatisfy(s -> assertThat(s.warnings()).contains("truncated teaser"));
        assertThat(page.snippets().get(0).text()).startsWith("Because much of what former US president");
        assertThat(text).doesNotContain("Copyright", "Kent Harrington", "Gogoro");
        assertThat(page.metadata().authors()).containsExactly("Kent Harrington", "John Walcott");
        assertThat(page.metadata().syndicatedFrom()).isEqualTo("Project Syndicate");
        assertThat(page.metadata().title()).isNull();
        assertThat(headings(page.article())).containsExactly("PERSONAL SUCCESS", "UPPING THE ANTE", "OTHER FACTORS");
        assertThat(page.article().warnings())
                .contains("split 4 truncated teasers into snippets", "set aside 1 author bio paragraph");
    }

    @Test
    void finds_the_same_teasers_and_bio_without_the_copyright_line_and_with_crlf_breaks() throws IOException {
        String withoutNotice = seed("000_").replace("Copyright: Project Syndicate\n", "").replace("\n", "\r\n");
        ScrapedPage page = parser.parse(withoutNotice);
        assertThat(page.snippets()).hasSize(4);
        assertThat(page.metadata().authors()).containsExactly("Kent Harrington", "John Walcott");
        assertThat(page.article().text()).endsWith("the one that doesn’t take place.”");
    }

    @Test
    void reads_the_blog_post_the_same_when_its_blank_lines_are_gone() throws IOException {
        ScrapedPage page = parser.parse(seed("004_").replaceAll("\n\n+", "\n"));
        assertThat(page.metadata().topics()).containsExactly("South Korea", "North Korea");
        assertThat(page.article().captions()).hasSize(1);
        assertThat(page.article().text()).doesNotContain("More on:", "Will Trump and Kim be Bound");
    }

    @Test
    void sets_aside_the_blog_posts_repeats_navigation_and_licence_footer() throws IOException {
        ScrapedPage page = parser.parse(seed("004_"));
        String title = "Will Trump and Kim be Bound Together by Strength or Weakness?";
        String caption = "U.S. President Donald Trump and North Korean leader Kim Jong-un walk after lunch";
        String text = page.article().text();

        assertThat(page.metadata().title()).isEqualTo(title);
        assertThat(text).doesNotContain(title, caption, "More on:", "Creative Commons", "View License Detail",
                "originally appeared", "from Asia Unbound");
        assertThat(text).startsWith("U.S. President Donald Trump and North Korean leader Kim Jong-un may view");
        assertThat(text).endsWith("address the weaknesses of the other.");
        assertThat(page.article().captions()).singleElement().satisfies(c -> {
            assertThat(c.text()).startsWith(caption).endsWith("June 12, 2018.");
            assertThat(c.credit()).isEqualTo("Jonathan Ernst via REUTERS");
        });
        assertThat(page.metadata().topics()).containsExactly("South Korea", "North Korea");
        assertThat(page.metadata().license()).isEqualTo("CC-BY-NC-ND-4.0");
        assertThat(page.metadata().syndicatedFrom()).isEqualTo("Forbes");
        assertThat(page.metadata().section()).isEqualTo("Asia Unbound");
        assertThat(page.metadata().subtitle()).startsWith("Despite both leaders’ desire");
        assertThat(page.metadata().language()).isNull();
        assertThat(page.snippets()).isEmpty();
        assertThat(page.article().warnings()).contains("set aside 2 navigation lists (6 lines)");
    }

    static java.util.List<String> headings(ExtractedBody body) {
        return body.blocks().stream().filter(b -> b.type() == BlockType.HEADING)
                .map(b -> body.text().substring(b.start(), b.end())).toList();
    }
}
