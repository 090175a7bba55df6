package org.newsgraph.index.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.story.Story;
import org.newsgraph.story.TimelineDay;
import org.newsgraph.story.TimelineItem;

class ViewTableTest {
    private static final int MARCH_4 = (int) LocalDate.of(2024, 3, 4).toEpochDay();

    private static ViewLine.Placed placed(String id, int sequence, String publisher, int day, String story) {
        TimelineItem quote = new TimelineItem(TimelineItem.Kind.QUOTE, MARCH_4, "We will sign", "Ingrid Halvorsen", id);
        TimelineItem event = new TimelineItem(TimelineItem.Kind.EVENT, MARCH_4, "Norway signed", "Norway", id);
        return new ViewLine.Placed(id, sequence, id, publisher, null, day, story, List.of(quote, event));
    }

    private static int itemsOn(Story s, int day) {
        return s.timeline().stream().filter(d -> d.date().equals(LocalDate.ofEpochDay(day).toString()))
                .mapToInt(d -> d.items().size()).sum();
    }

    @Test
    void a_copy_s_quotes_and_events_go_on_its_story_s_timeline_once_but_an_independent_report_s_do_too() {
        ViewTable table = new ViewTable();
        table.apply(ViewLine.of(placed("original", 1, "North Post", MARCH_4, "s1")));
        table.apply(ViewLine.of(placed("copy", 2, "South Herald", MARCH_4 + 1, "s1")));
        assertThat(itemsOn(table.story("s1"), MARCH_4)).isEqualTo(4);

        table.apply(ViewLine.of(new CopyGroup("original", List.of("original", "copy"))));
        Story story = table.story("s1");
        assertThat(itemsOn(story, MARCH_4)).isEqualTo(2);
        assertThat(story.timeline()).extracting(TimelineDay::articles).containsExactly(1, 1);

        table.apply(ViewLine.of(placed("follow-up", 3, "Bay Daily", MARCH_4 + 8, "s1")));
        assertThat(itemsOn(table.story("s1"), MARCH_4)).isEqualTo(4);
    }

    @Test
    void a_copy_in_another_story_than_its_original_keeps_its_items_there() {
        ViewTable table = new ViewTable();
        table.apply(ViewLine.of(placed("original", 1, "North Post", MARCH_4, "s1")));
        table.apply(ViewLine.of(placed("copy", 2, "South Herald", MARCH_4 + 1, "s2")));
        table.apply(ViewLine.of(new CopyGroup("original", List.of("original", "copy"))));
        assertThat(itemsOn(table.story("s2"), MARCH_4)).isEqualTo(2);
    }

    @Test
    void an_article_without_a_publisher_counts_as_a_source_of_its_own() {
        ViewTable table = new ViewTable();
        table.apply(ViewLine.of(placed("a", 1, null, MARCH_4, "s1")));
        table.apply(ViewLine.of(placed("b", 2, " ", MARCH_4, "s1")));
        table.apply(ViewLine.of(placed("c", 3, "North Post", MARCH_4, "s1")));
        table.apply(ViewLine.of(placed("d", 4, "north post ", MARCH_4, "s1")));
        assertThat(table.story("s1").sources()).isEqualTo(3);
    }

    @Test
    void a_story_line_gathers_the_stories_linked_either_way_earliest_first_and_breaks_where_one_left() {
        ViewTable table = new ViewTable();
        String[][] stories = {{"trial", "inquiry"}, {"inquiry", null}, {"verdict", "trial"}, {"appeal", "trial"},
                {"flood", null}};
        int[] days = {MARCH_4 + 90, MARCH_4, MARCH_4 + 200, MARCH_4 + 260, MARCH_4 + 100};
        for (int i = 0; i < stories.length; i++) {
            String id = stories[i][0];
            table.apply(ViewLine.of(placed(id + "-1", i, "Wire", days[i], id)));
            table.apply(ViewLine.of(new ViewLine.Label(id, id, List.of(), List.of(), stories[i][1])));
        }
        assertThat(table.line("verdict")).extracting(Story::id).containsExactly("inquiry", "trial", "verdict", "appeal");
        assertThat(table.line("inquiry")).extracting(Story::id).containsExactly("inquiry", "trial", "verdict", "appeal");
        assertThat(table.line("flood")).extracting(Story::id).containsExactly("flood");
        assertThat(table.story("trial").follows()).isEqualTo("inquiry");
        table.apply(ViewLine.removedArticle("trial-1"));
        // the verdict and the appeal both continued the trial: without it, nothing links them
        assertThat(table.line("verdict")).extracting(Story::id).containsExactly("verdict");
        assertThat(table.line("appeal")).extracting(Story::id).containsExactly("appeal");
        assertThat(table.line("inquiry")).extracting(Story::id).containsExactly("inquiry");
    }
}
