package org.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireDatelineTest {

    @Test
    void a_dateline_date_with_its_year_before_or_right_after_the_credit_is_the_day_filed() {
        assertThat(WireDateline.date("OSLO, October 14, 2021 (Reuters) - Norway's wealth fund sold its stake."))
                .isEqualTo("2021-10-14");
        assertThat(WireDateline.date("NAIROBI, Kenya, 3 May 2022 (AFP) - Heavy rain flooded the capital."))
                .isEqualTo("2022-05-03");
        assertThat(WireDateline.date("LIMA (AP) — July 21, 2020 — Peru's congress voted to delay the election."))
                .isEqualTo("2020-07-21");
    }

    @Test
    void a_dateline_without_a_year_or_a_date_inside_the_sentence_gives_no_day() {
        // the year is left to guess
        assertThat(WireDateline.date("DENVER, March 3 (AP) — Snow closed the interstate.")).isNull();
        // dates the sentence reports, not the filing
        assertThat(WireDateline.date("MADRID (Reuters) - The strike of June 2, 2021 - the longest in years - ended."))
                .isNull();
        assertThat(WireDateline.date("MADRID (Reuters) - Unions that struck on June 2, 2021 said they would return."))
                .isNull();
        assertThat(WireDateline.date("The ruling of May 4, 2020 (the first of its kind) - judges said - stands."))
                .isNull();
        assertThat(WireDateline.date("Shares of Acme (NYSE) - up 4% since March 2, 2021 - closed higher.")).isNull();
    }

    @Test
    void a_place_and_a_whole_date_before_a_dash_date_a_story_without_a_credit() {
        // session 26: a newspaper's own dateline is the same evidence as a wire's
        assertThat(WireDateline.date("BERLIN, April 2, 2019 - Germany's coalition agreed on a budget."))
                .isEqualTo("2019-04-02");
        assertThat(WireDateline.date("LONDON, 4 May 2026 - Shares in Harbour Bank fell 6 percent on Monday."))
                .isEqualTo("2026-05-04");
        assertThat(WireDateline.date("STRATFORD-UPON-AVON, 12 June 2025 — The theatre reopened after repairs."))
                .isEqualTo("2025-06-12");
        // without the dateline's capitals: a judgment's heading, a lede in ordinary case
        assertThat(WireDateline.date("Mr Justice Hale, 3 March 2026 - The judge said the contract was void."))
                .isNull();
        // no year, a date the sentence reports or heads, or no place before it
        assertThat(WireDateline.date("BERLIN, April 2 - Germany's coalition agreed on a budget.")).isNull();
        assertThat(WireDateline.date("LONDON, 7 July 2005 - a day the city will never forget - was remembered on "
                + "Monday.")).isNull();
        assertThat(WireDateline.date("Prices rose 4% - the most since March 2, 2021 - statistics showed.")).isNull();
        assertThat(WireDateline.date("On April 2, 2019 - a Tuesday - the coalition agreed on a budget.")).isNull();
        assertThat(WireDateline.date("The council met on 4 May 2026 - its first meeting since the election.")).isNull();
        assertThat(WireDateline.date("Riverton United 2, Northshire City 1 - Osei scored late.")).isNull();
    }

    @Test
    void a_date_after_the_credit_that_is_the_sentences_subject_gives_no_day() {
        // session 24 review: the date heads a phrase closed by a dash of its own, or its verb follows the dash
        assertThat(WireDateline.date("NEW YORK (AP) — Sept. 11, 2001 — a day that changed the city forever — was "
                + "remembered on Monday with a reading of names.")).isNull();
        assertThat(WireDateline.date("KYIV (Reuters) - Feb. 24, 2022 - a date every Ukrainian remembers - was marked "
                + "on Saturday.")).isNull();
        assertThat(WireDateline.date("HOUSTON (AP) — July 20, 1969 — was celebrated on Saturday.")).isNull();
        // a new sentence after the date, in capitals or not, leaves it the day filed
        assertThat(WireDateline.date("ANKARA (AP) — Feb. 6, 2023 — A powerful earthquake struck southern Turkey."))
                .isEqualTo("2023-02-06");
        assertThat(WireDateline.date("MINNEAPOLIS (AP) — April 20, 2021 — the jury reached a verdict after 10 hours, "
                + "the court said.")).isEqualTo("2021-04-20");
        assertThat(WireDateline.date("ROME (AP) — May 2, 2023 — Heavy rain — the worst in decades — flooded the "
                + "north.")).isEqualTo("2023-05-02");
    }

    @Test
    void a_scrape_without_a_date_stamp_is_dated_by_its_dateline_and_says_so() {
        ScrapedPage page = new TextScrapeExtractor().parse("Fund sells stake\n\nOSLO, October 14, 2021 (Reuters) - "
                + "Norway's wealth fund sold its stake in a mining group, it said on Thursday.\n\nThe fund holds "
                + "shares in more than 9,000 companies worldwide.\n");
        assertThat(page.metadata().published()).isEqualTo("2021-10-14");
        assertThat(page.article().warnings()).anyMatch(w -> w.contains("wire dateline"));
        ScrapedPage stamped = new TextScrapeExtractor().parse("Fund sells stake\n\nPublished October 15, 2021\n\n"
                + "OSLO, October 14, 2021 (Reuters) - Norway's wealth fund sold its stake in a mining group, it said "
                + "on Thursday.\n\nThe fund holds shares in more than 9,000 companies worldwide.\n");
        assertThat(stamped.metadata().published()).isEqualTo("2021-10-15");
        // an update stamp is no first publication: the dateline still dates the story
        ScrapedPage updated = new TextScrapeExtractor().parse("Rates rise\n\nUpdated: 2022-07-28\n\nWASHINGTON, "
                + "July 27, 2022 (Reuters) - The Federal Reserve raised rates by three quarters of a point.\n\n"
                + "Markets rallied after the decision.\n");
        assertThat(updated.metadata().published()).isEqualTo("2022-07-27");
        assertThat(updated.metadata().modified()).isEqualTo("2022-07-28");
        assertThat(stamped.article().warnings()).noneMatch(w -> w.contains("wire dateline"));
    }

    @Test
    void a_scrape_opening_on_its_own_dateline_is_dated_by_it_and_says_so() {
        ScrapedPage page = new TextScrapeExtractor().parse("Bank shares fall\n\nLONDON, 4 May 2026 - Shares in "
                + "Harbour Bank fell 6 percent on Monday after it cut its forecast.\n\nThe bank employs 4,000 "
                + "people in the city.\n");
        assertThat(page.metadata().published()).isEqualTo("2026-05-04");
        assertThat(page.metadata().syndicatedFrom()).isNull();
        assertThat(page.article().warnings()).contains("published: the date of the first paragraph's dateline");
    }
}
