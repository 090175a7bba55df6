package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlDatesTest {

    @Test
    void reads_the_day_a_url_path_names_in_the_common_layouts() {
        assertThat(UrlDates.of("https://www.example.com/2023/09/21/harbour-wall-repaired/")).isEqualTo("2023-09-21");
        assertThat(UrlDates.of("https://example.org/news/2024-05-16/bridge.html")).isEqualTo("2024-05-16");
        assertThat(UrlDates.of("https://example.org/politics/20190228-summit-ends-early")).isEqualTo("2019-02-28");
        assertThat(UrlDates.of("https://example.org/2019/2/8/story")).isEqualTo("2019-02-08");
    }

    @Test
    void a_month_alone_an_impossible_day_an_id_or_the_query_string_names_no_day() {
        assertThat(UrlDates.of("https://example.com/2023/09/archive")).isNull();
        assertThat(UrlDates.of("https://example.com/2023/02/30/story")).isNull();
        assertThat(UrlDates.of("https://example.com/story/98765432")).isNull();
        assertThat(UrlDates.of("https://example.com/story?date=2023/09/21")).isNull();
        assertThat(UrlDates.of("https://2023-09-21.example.com/story")).isNull();
        assertThat(UrlDates.of("https://example.com/1850/01/01/history")).isNull();
        assertThat(UrlDates.of(null)).isNull();
    }
}
