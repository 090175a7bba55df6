package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDayJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DAY = (int) LocalDate.parse("2026-10-05").toEpochDay();

    @Test
    void a_timeline_item_writes_its_day_as_an_iso_date_and_reads_it_back() throws Exception {
        TimelineItem item = new TimelineItem(TimelineItem.Kind.QUOTE, DAY, "We will return to talks", "Simon Reid",
                "a1");
        String json = JSON.writeValueAsString(item);
        assertThat(JSON.readTree(json).path("day").asText()).isEqualTo("2026-10-05");
        assertThat(JSON.readValue(json, TimelineItem.class)).isEqualTo(item);
    }

    @Test
    void a_day_written_as_a_number_by_an_earlier_build_still_reads_and_garbage_does_not() throws Exception {
        String old = "{\"kind\":\"EVENT\",\"day\":" + DAY + ",\"text\":\"t\",\"who\":null,\"articleId\":\"a1\"}";
        assertThat(JSON.readValue(old, TimelineItem.class).day()).isEqualTo(DAY);
        assertThatThrownBy(() -> JSON.readValue(old.replace(String.valueOf(DAY), "\"soon\""), TimelineItem.class))
                .isInstanceOf(JsonMappingException.class);
    }
}
