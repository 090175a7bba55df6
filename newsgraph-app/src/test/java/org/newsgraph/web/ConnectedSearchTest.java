package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A hit counts all its copies but lists only the first few ids. */
class ConnectedSearchTest {

    @Test
    void a_large_group_is_counted_exactly_and_listed_in_part() {
        List<String> members = IntStream.range(0, 243).mapToObj(i -> "a" + i).toList();
        assertThat(ConnectedSearch.others(members, "a5")).isEqualTo(242);
        List<String> listed = ConnectedSearch.firstOthers(members, "a5");
        assertThat(listed).hasSize(ConnectedSearch.COPY_IDS).doesNotContain("a5").startsWith("a0", "a1", "a2", "a3",
                "a4", "a6");
    }

    @Test
    void a_small_group_lists_every_other_member() {
        assertThat(ConnectedSearch.firstOthers(List.of("x", "y", "z"), "y")).containsExactly("x", "z");
        assertThat(ConnectedSearch.others(List.of("x", "y", "z"), "y")).isEqualTo(2);
        assertThat(ConnectedSearch.others(List.of(), "y")).isZero();
    }
}
