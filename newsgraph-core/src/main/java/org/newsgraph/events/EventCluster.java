package org.newsgraph.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Event;
import org.newsgraph.story.Story;

/**
 * One real-world event as reported by one or more articles (a GDELT Events row with its Mentions rows).
 *
 * @param id       stable numeric id derived from the event's type, actors and date
 * @param event    the representative coding: the first (earliest published) mention's
 * @param mentions every report, in publication order; syndicated copies carry {@code independent = false}
 */
public record EventCluster(long id, Event event, List<EventMention> mentions) {

    public EventCluster {
        mentions = List.copyOf(mentions);
    }

    /** GDELT NumMentions: every report, copies included. */
    public int numMentions() {
        return mentions.size();
    }

    /** GDELT NumArticles, counted honestly: articles that reported the event independently. */
    public int numArticles() {
        int n = 0;
        for (EventMention m : mentions) if (m.independent()) n++;
        return n;
    }

    /** GDELT NumSources: distinct outlets among the independent reports, counted as a story counts its sources. */
    public int numSources() {
        Set<String> s = new HashSet<>();
        for (EventMention m : mentions) if (m.independent()) s.add(Story.sourceOf(m.publisher(), m.articleId()));
        return s.size();
    }
}
