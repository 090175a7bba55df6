package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleKind;

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
}
