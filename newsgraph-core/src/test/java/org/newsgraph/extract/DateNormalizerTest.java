package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.DateNormalizer.DateMatch;
import org.newsgraph.extract.DateNormalizer.NumericOrder;

class DateNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "June 12, 2018|2018-06-12",
            "12 June 2018|2018-06-12",
            "Jun. 3, 2021|2021-06-03",
            "Sept. 30th, 2019|2019-09-30",
            "the 1st of March 2020|2020-03-01",
            "Tuesday, 12-Jun-2018|2018-06-12",
            "2018-06-12|2018-06-12",
            "2018/06/12|2018-06-12",
            "20180612|2018-06-12",
            "12.06.2018|2018-06-12",
            "12 de junio de 2018|2018-06-12",
            "3. März 2021|2021-03-03",
            "le 14 juillet 2019|2019-07-14",
            "December 2017|2017-12"})
    void reads_dates_written_in_words_and_numbers(String text, String iso) {
        assertThat(DateNormalizer.normalize(text)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2018-06-12T10:00:00+02:00|2018-06-12T10:00:00+02:00",
            "2018-06-12T10:00:00.000Z|2018-06-12T10:00:00Z",
            "2018-06-12T10:00:00+0200|2018-06-12T10:00:00+02:00",
            "2018-06-12 10:00:00|2018-06-12T10:00:00",
            "2018-06-12T10:00|2018-06-12T10:00:00",
            "Tue, 12 Jun 2018 10:00:00 GMT|2018-06-12T10:00:00Z",
            "Published 3:04 PM ET, Tue June 12, 2018|2018-06-12T15:04:00-04:00",
            "Updated 11:30 a.m. EST Jan 5, 2021|2021-01-05T11:30:00-05:00",
            "January 5, 2021 at 9 pm|2021-01-05T21:00:00",
            "5 January 2021, 18:45 CET|2021-01-05T18:45:00+01:00",
            "Jan 5, 2021 12:05 AM|2021-01-05T00:05:00"})
    void keeps_the_time_and_the_written_offset(String text, String iso) {
        assertThat(DateNormalizer.normalize(text)).isEqualTo(iso);
    }

    @Test
    void reads_ambiguous_numeric_dates_month_first_unless_told_otherwise() {
        assertThat(DateNormalizer.normalize("06/12/2018")).isEqualTo("2018-06-12");
        assertThat(DateNormalizer.normalize("06/12/2018", NumericOrder.DAY_FIRST)).isEqualTo("2018-12-06");
        assertThat(DateNormalizer.normalize("25/12/2018")).isEqualTo("2018-12-25");
        assertThat(DateNormalizer.normalize("12/25/2018", NumericOrder.DAY_FIRST)).isEqualTo("2018-12-25");
        assertThat(DateNormalizer.normalize("6/12/18")).isEqualTo("2018-06-12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no date here", "2 hours ago", "version 1.2.3", "February 30, 2019", "13/13/2019", "call 555-12-2019x",
            "Page 12 of 2018 results", "sold out 2018 tickets"})
    void finds_nothing_where_no_valid_date_is_written(String text) {
        assertThat(DateNormalizer.normalize(text)).isNull();
    }

    @Test
    void finds_a_date_in_running_text_with_its_offsets() {
        String text = "By Jane Doe | Posted on March 3, 2022 at 10:15 am | 5 min read";
        DateMatch m = DateNormalizer.find(text, NumericOrder.MONTH_FIRST);
        assertThat(m).isNotNull();
        assertThat(m.value()).isEqualTo("2022-03-03T10:15:00");
        assertThat(text.substring(m.start(), m.end())).isEqualTo("March 3, 2022 at 10:15 am");
    }

    @Test
    void does_not_take_a_number_across_a_separator_for_the_time() {
        assertThat(DateNormalizer.normalize("10 | March 3, 2022")).isEqualTo("2022-03-03");
    }
}
