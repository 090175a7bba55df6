package org.newsgraph.index;

import java.util.List;
import org.newsgraph.model.Event;

/**
 * One real event across the knowledge base (the GDELT Events row) with every report of it (the Mentions rows).
 *
 * @param id          the event's stable id, as a string: it is a 63-bit number, beyond what JavaScript numbers hold
 * @param event       the representative coding, that of the earliest report
 * @param numMentions every report, copies included (GDELT NumMentions)
 * @param numArticles independent reports (GDELT NumArticles without syndicated copies)
 * @param numSources  distinct publishers among the independent reports
 * @param mentions    the reports, earliest first
 */
public record EventItem(String id, Event event, int numMentions, int numArticles, int numSources,
                        List<EventEvidence> mentions) {
    public EventItem {
        mentions = List.copyOf(mentions);
    }
}
