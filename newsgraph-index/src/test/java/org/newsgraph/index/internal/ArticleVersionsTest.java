package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleKind;
import org.newsgraph.model.SourceRef;

class ArticleVersionsTest {

    private static Article page(String id, String url, String publisher, String published, String modified) {
        return Article.builder().id(id).url(url).publisher(publisher).published(published).modified(modified)
                .text("text of " + id).build();
    }

    @Test
    void an_address_is_the_same_without_fragment_trailing_slash_or_host_case() {
        assertThat(ArticleVersions.key("HTTPS://News.Example/a/B/#top")).isEqualTo("https://news.example/a/B");
        assertThat(ArticleVersions.key("https://news.example/a/b")).isNotEqualTo(ArticleVersions.key(
                "https://news.example/a/B"));
        assertThat(ArticleVersions.key("https://news.example/a?id=1")).isNotEqualTo(ArticleVersions.key(
                "https://news.example/a?id=2"));
    }

    @Test
    void versions_share_an_address_and_no_two_outlets_are_named() {
        Article a = page("a", "https://p.example/x", "Tyneside Post", null, null);
        assertThat(ArticleVersions.areVersions(a, page("b", "https://p.example/x/", "tyneside post ", null, null)))
                .isTrue();
        assertThat(ArticleVersions.areVersions(a, page("b", "https://p.example/x", null, null, null))).isTrue();
        // a syndicated copy that kept the original's canonical address, another page, the same record, a teaser
        assertThat(ArticleVersions.areVersions(a, page("b", "https://p.example/x", "Wearside Courier", null, null)))
                .isFalse();
        assertThat(ArticleVersions.areVersions(a, page("b", "https://p.example/y", "Tyneside Post", null, null)))
                .isFalse();
        assertThat(ArticleVersions.areVersions(a, a)).isFalse();
        Article teaser = Article.builder().id("t").kind(ArticleKind.SNIPPET).url("https://p.example/x").text("t")
                .build();
        assertThat(ArticleVersions.areVersions(a, teaser)).isFalse();
    }

    @Test
    void another_publication_day_without_a_modification_is_another_piece_at_a_reused_address() {
        String report = "https://p.example/business/market-report";
        Article monday = page("mon", report, "Valley Times", "2026-11-09T17:00:00Z", null);
        Article tuesday = page("tue", report, "Valley Times", "2026-11-10T17:00:00Z", null);
        assertThat(ArticleVersions.areVersions(monday, tuesday)).isFalse();
        // the same day, a modification date, or no date to go by: versions
        assertThat(ArticleVersions.areVersions(monday, page("b", report, null, "2026-11-09T21:00:00Z", null)))
                .isTrue();
        assertThat(ArticleVersions.areVersions(monday, page("b", report, null, "2026-11-10", "2026-11-10"))).isTrue();
        assertThat(ArticleVersions.areVersions(monday, page("b", report, null, null, null))).isTrue();
    }

    @Test
    void the_later_last_change_wins_and_equal_or_missing_dates_leave_it_to_the_order_of_storing() {
        Article published = page("a", "u", null, "2026-10-05T09:00:00Z", null);
        Article corrected = page("b", "u", null, "2026-10-05T09:00:00Z", "2026-10-06T08:00:00+01:00");
        assertThat(ArticleVersions.isNewer(corrected, published)).isTrue();
        assertThat(ArticleVersions.isNewer(published, corrected)).isFalse(); // a backfill stays history
        assertThat(ArticleVersions.isNewer(page("c", "u", null, "2026-10-05", null), published)).isFalse();
        assertThat(ArticleVersions.isNewer(page("c", "u", null, "2026-10-05T09:00:00Z", null), published)).isTrue();
        assertThat(ArticleVersions.isNewer(page("c", "u", null, null, null), corrected)).isTrue();
        assertThat(ArticleVersions.isNewer(page("c", "u", null, "Monday", null), corrected)).isTrue();
    }

    private static Article capture(String id, String published, String captured) {
        return Article.builder().id(id).url("https://p.example/x").published(published)
                .source(new SourceRef("crawl-" + id + ".warc.gz", null, "<urn:" + id + ">", 0L, "https://p.example/x",
                        captured))
                .text("text of " + id).build();
    }

    @Test
    void where_the_dates_decide_nothing_the_later_capture_wins_whichever_was_stored_first() {
        Article morning = capture("m", null, "2026-11-20T08:00:00Z");
        Article evening = capture("e", null, "2026-11-20T18:30:00Z");
        assertThat(ArticleVersions.isNewer(morning, evening)).isFalse(); // the earlier capture, ingested later
        assertThat(ArticleVersions.isNewer(evening, morning)).isTrue();
        assertThat(ArticleVersions.compareDates(morning, evening)).isNegative();
        // the same publication date: the capture still decides
        assertThat(ArticleVersions.isNewer(capture("m2", "2026-11-20", "2026-11-20T08:00:00Z"),
                capture("e2", "2026-11-20", "2026-11-20T18:30:00Z"))).isFalse();
        // dates of last change that differ come first: a later modification captured earlier is still newer
        Article corrected = Article.builder().id("c").url("https://p.example/x").published("2026-11-20")
                .modified("2026-11-21T09:00:00Z")
                .source(new SourceRef("c.warc", null, null, 0L, null, "2026-11-20T07:00:00Z")).text("c").build();
        assertThat(ArticleVersions.isNewer(corrected, capture("e3", "2026-11-20", "2026-11-20T18:30:00Z"))).isTrue();
        // one capture time only, or none: the order of storing, as before
        assertThat(ArticleVersions.isNewer(page("p", "https://p.example/x", null, null, null), evening)).isTrue();
        assertThat(ArticleVersions.isNewer(morning, page("p", "https://p.example/x", null, null, null))).isTrue();
        assertThat(ArticleVersions.compareDates(morning, page("p", "https://p.example/x", null, null, null)))
                .isZero();
    }
}
