package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdTest {
    private static final String TEXT = "Authorities in three provinces limited household water use on Wednesday.";

    private static Article article(String url, String title, String publisher) {
        return Article.builder().url(url).title(title).publisher(publisher).text(TEXT).build();
    }

    @Test
    void without_a_url_the_headline_and_publisher_keep_copies_of_one_text_apart() {
        Article original = article(null, "Drought forces water limits", "Valley Times");
        assertThat(article(null, "Gardens go dry", "Valley Times").id()).isNotEqualTo(original.id());
        assertThat(article(null, "Drought forces water limits", "Coast Herald").id()).isNotEqualTo(original.id());
        assertThat(article(null, "Drought forces water limits", "Valley Times").id()).isEqualTo(original.id());
    }

    @Test
    void with_a_url_the_address_and_text_alone_make_the_id() {
        Article page = article("https://valley.example/drought", "Drought forces water limits", "Valley Times");
        assertThat(article("https://valley.example/drought", "Drought: limits (updated)", null).id())
                .isEqualTo(page.id());
        assertThat(article("https://coast.example/drought", "Drought forces water limits", "Valley Times").id())
                .isNotEqualTo(page.id());
    }
}
