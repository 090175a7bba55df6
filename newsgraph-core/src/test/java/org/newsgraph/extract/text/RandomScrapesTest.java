package org.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockType;

/** Random concatenations of prose, boilerplate and junk: the parser never throws and its offsets always hold. */
class RandomScrapesTest {

    private static final List<String> POOL = List.of(
            "The committee met on Tuesday to discuss the budget, and members agreed to postpone the vote.",
            "Officials said the measure would cost about 40 million dollars over five years",
            "By Jane Doe and Omar Haddad", "BY LI WEI", "Reporting by Sam Ortiz; Editing by Kim Lee",
            "Copyright: Example Syndicate", "© 2021 Example Media. All rights reserved.",
            "This article originally appeared on Example Weekly.", "Advertisement", "Share this", "Close",
            "More on:", "Tags: Politics, Budget", "Related:", "PERSONAL SUCCESS", "What Comes Next",
            "• first point", "- second point", "1. numbered point", "> a marked quotation", "“A whole quotation.”",
            "A photo caption of a protest.", "A photo caption of a protest. Jane Roe via REUTERS",
            "Photo: Jane Roe/AFP", "March 3, 2024", "Updated 2024-13-45", "from Example Blog",
            "Jane Doe, a former diplomat, teaches at a university.", "Jane Doe has covered Asia for years.",
            "Licensed under CC BY 4.0", "Creative Commons", "(c) ", "©", "By", ">", "•", "-", "“", "”",
            "SEOUL (Reuters) - The talks ended without agreement on Friday, officials said.",
            "北京 — 中国政府周二宣布了新的经济措施，以应对增长放缓。", "Die Regierung hat am Dienstag neue Maßnahmen angekündigt",
            "\u0000\u0001binary\uFFFD\uD800 junk", "a", "?", "...", "…", "   ", "", "\t");

    @Test
    void random_scrapes_always_yield_valid_offsets() {
        Random random = new Random(20240229L);
        TextScrapeExtractor parser = new TextScrapeExtractor();
        for (int round = 0; round < 2000; round++) {
            List<String> lines = new ArrayList<>();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) lines.add(pick(random));
            String separator = switch (random.nextInt(4)) {
                case 0 -> "\n";
                case 1 -> "\n\n";
                case 2 -> "\r\n";
                default -> "\r";
            };
            String input = String.join(separator, lines);
            ScrapedPage page = parser.parse(input);

            ScrapeInvariants.assertWellFormed(page.article());
            page.snippets().forEach(ScrapeInvariants::assertWellFormed);
            assertBlocksComeFromLines(page.article(), lines);
            if (lines.stream().anyMatch(l -> l.strip().length() >= 60 && l.chars().filter(Character::isLetter)
                    .count() > 40)) {
                assertThat(page.article().text()).as(input).isNotBlank();
            }
        }
    }

    @Test
    void an_enormous_single_line_is_read_in_linear_time() {
        String paragraph = "Words of an endless paragraph without any line break at all, ";
        String input = paragraph.repeat(200_000);
        long start = System.nanoTime();
        ScrapedPage page = new TextScrapeExtractor().parse(input);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(page.article().text()).hasSize(input.strip().length());
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void many_short_lines_are_read_in_linear_time() {
        // a bound on the time alone failed on a machine busy with other builds: four times the lines must take
        // about four times as long, not sixteen, whatever the load
        millisToParse(10_000);
        long small = millisToParse(25_000);
        long large = millisToParse(100_000);
        assertThat(large).isLessThan(8 * Math.max(small, 50));
    }

    private static long millisToParse(int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(POOL.get(i % POOL.size())).append(i % 7 == 0 ? "\n\n" : "\n");
        }
        long start = System.nanoTime();
        ScrapedPage page = new TextScrapeExtractor().parse(sb.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        ScrapeInvariants.assertWellFormed(page.article());
        return millis;
    }

    @Test
    void empty_and_blank_input_give_empty_text() {
        TextScrapeExtractor parser = new TextScrapeExtractor();
        for (String input : new String[] {"", " \n\r\n\t ", null}) {
            ScrapedPage page = parser.parse(input);
            assertThat(page.article().text()).isEmpty();
            assertThat(page.article().blocks()).isEmpty();
            assertThat(page.snippets()).isEmpty();
        }
    }

    private static String pick(Random random) {
        if (random.nextInt(10) == 0) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(400);
            for (int i = 0; i < len; i++) sb.append((char) (random.nextInt(12) == 0 ? ' ' : 32 + random.nextInt(0x3000)));
            return sb.toString();
        }
        return POOL.get(random.nextInt(POOL.size()));
    }

    /** Each block is one input line (a list block or unwrapped paragraph, several), at most a quote marker taken off. */
    private static void assertBlocksComeFromLines(ExtractedBody body, List<String> lines) {
        Set<String> stripped = new HashSet<>();
        List<String> inOrder = new ArrayList<>();
        for (String l : lines) {
            for (String part : l.split("[\r\n]")) {
                stripped.add(part.strip());
                if (!part.isBlank()) inOrder.add(part.strip());
            }
        }
        // hard-wrapped scrapes have their lines joined back with single spaces
        String unwrapped = String.join(" ", inOrder);
        for (Block b : body.blocks()) {
            String span = body.text().substring(b.start(), b.end());
            if (b.type() == BlockType.LIST) {
                assertThat(span.split("\n")).allMatch(stripped::contains);
            } else if (b.type() == BlockType.QUOTE && !stripped.contains(span)) {
                assertThat(stripped).anyMatch(l -> l.startsWith(">") && l.substring(1).strip().equals(span));
            } else if (!stripped.contains(span)) {
                assertThat(unwrapped).contains(span);
            }
        }
    }
}
