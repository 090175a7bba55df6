package org.newsgraph.index;

import java.util.List;
import org.newsgraph.story.Story;

/** A story as listed: its label, span and size, without its articles and timeline. */
public record StorySummary(String id, String label, List<String> keyEntities, List<String> keyTerms,
                           String firstSeen, String lastSeen, int articleCount, int sources) {

    public StorySummary {
        keyEntities = List.copyOf(keyEntities);
        keyTerms = List.copyOf(keyTerms);
    }

    public static StorySummary of(Story s) {
        return new StorySummary(s.id(), s.label(), s.keyEntities(), s.keyTerms(), s.firstSeen(), s.lastSeen(),
                s.articleCount(), s.sources());
    }
}
