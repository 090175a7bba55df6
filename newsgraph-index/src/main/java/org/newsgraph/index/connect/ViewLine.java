package org.newsgraph.index.connect;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.story.TimelineItem;

/**
 * One line of the readers' view ({@code DATA/connect/view.jsonl}), a JSON object with exactly one of its fields set.
 * The view is a log: a pass appends what it changed, and a reader applies the lines in order, up to the last
 * {@code generation} line (lines after it belong to a pass still being written).
 *
 * @param placed     an article placed in a story
 * @param story      the label of a story, emitted again when its articles changed it
 * @param group      the live members of a copy group (one member: it has no copies any more)
 * @param removed    the id of an article that left the index
 * @param generation the state's operation count when the lines before were written: a consistent point
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ViewLine(Placed placed, Label story, CopyGroup group, String removed, Long generation) {

    /**
     * @param sequence the order the article was placed in
     * @param day      the day its story counts it on (publication, else estimated), as days since 1970-01-01
     * @param items    its quotes and events on the story's timeline
     */
    public record Placed(String id, int sequence, String title, String publisher, String published, Integer day,
                         String story, List<TimelineItem> items) {

        public Placed {
            items = List.copyOf(items);
        }
    }

    /** @param follows the earlier story this one continues ({@code Story.follows}), or null */
    public record Label(String id, String label, List<String> keyEntities, List<String> keyTerms, String follows) {
    }

    static ViewLine of(Placed p) {
        return new ViewLine(p, null, null, null, null);
    }

    static ViewLine of(Label l) {
        return new ViewLine(null, l, null, null, null);
    }

    static ViewLine of(CopyGroup g) {
        return new ViewLine(null, null, g, null, null);
    }

    static ViewLine removedArticle(String id) {
        return new ViewLine(null, null, null, id, null);
    }

    static ViewLine at(long generation) {
        return new ViewLine(null, null, null, null, generation);
    }
}
