package org.newsgraph.web;

import java.util.List;
import org.newsgraph.index.DayCount;
import org.newsgraph.index.FacetValue;
import org.newsgraph.index.KbEntity;

/** An entity's page as served: what the index holds, with its quotes counted once per independent source. */
record ConnectedEntityPage(KbEntity entity, ConnectedQuotes.QuotePage quotes, List<FacetValue> coMentioned,
                           boolean coMentionedSampled, List<DayCount> mentionsPerDay) {
}
