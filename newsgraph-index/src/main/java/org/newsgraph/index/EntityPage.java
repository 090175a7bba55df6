package org.newsgraph.index;

import java.util.List;

/**
 * An entity with what it said, who appears with it, and its mentions over time (days in order).
 *
 * @param coMentionedSampled whether the co-mention counts are scaled up from a random sample of the entity's articles
 *                           (estimates) rather than counted over all of them
 */
public record EntityPage(KbEntity entity, Page<QuoteHit> quotes, List<FacetValue> coMentioned,
                         boolean coMentionedSampled, List<DayCount> mentionsPerDay) {
    public EntityPage {
        coMentioned = List.copyOf(coMentioned);
        mentionsPerDay = List.copyOf(mentionsPerDay);
    }
}
