package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.index.Fixtures.article;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hit's fields are read from the stored article JSON without parsing all of it: they must survive any escaping. */
class SearchHitFieldsTest {
    @TempDir
    Path dir;

    @Test
    void a_hit_carries_the_stored_articles_title_url_publisher_date_and_language() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb,
                    article("quoted", "Minister says \"no\" to C:\\temp \u00e9t\u00e9 plan \u2014 \uD83D\uDCF0",
                            "The minister rejected the glacier plan on Friday.")
                            .publisher("Le Monde \"Diplo\"").published("2021-07-14").language("fr"),
                    article("bare", "Glacier retreat measured", "Scientists measured the glacier again."));
            Searcher searcher = kb.searcher();

            SearchHit quoted = searcher.search("minister glacier", SearchFilters.NONE, 10, 0).hits().get(0);
            assertThat(quoted.id()).isEqualTo("quoted");
            assertThat(quoted.title()).isEqualTo("Minister says \"no\" to C:\\temp \u00e9t\u00e9 plan \u2014 \uD83D\uDCF0");
            assertThat(quoted.url()).isEqualTo("https://news.example/quoted");
            assertThat(quoted.publisher()).isEqualTo("Le Monde \"Diplo\"");
            assertThat(quoted.published()).startsWith("2021-07-14");
            assertThat(quoted.language()).isEqualTo("fr");

            SearchHit bare = searcher.search("scientists", SearchFilters.NONE, 10, 0).hits().get(0);
            assertThat(bare.id()).isEqualTo("bare");
            assertThat(bare.publisher()).isNull();
            assertThat(bare.published()).isNull();
            assertThat(bare.language()).isEqualTo("en");
        }
    }
}
