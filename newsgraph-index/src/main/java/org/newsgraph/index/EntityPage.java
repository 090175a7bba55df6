package org.newsgraph.index;

import java.util.List;

/** An entity with what it said, who appears with it, and its mentions over time (days in order). */
public record EntityPage(KbEntity entity, Page<QuoteHit> quotes, List<FacetValue> coMentioned,
                         List<DayCount> mentionsPerDay) {
    public EntityPage {
        coMentioned = List.copyOf(coMentioned);
        mentionsPerDay = List.copyOf(mentionsPerDay);
    }
}
