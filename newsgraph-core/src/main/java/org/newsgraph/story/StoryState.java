package org.newsgraph.story;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/** The growing state of one story inside {@link StoryClusterer}: centroids, dates, sources and timeline material. */
final class StoryState implements Serializable {

    private static final long serialVersionUID = 1L;

    final int index;
    final String id;
    final Centroid terms = new Centroid();
    final Centroid entities = new Centroid();
    final List<String> articleIds = new ArrayList<>();
    final Set<String> publishers = new HashSet<>();
    final TreeMap<Integer, Integer> articlesPerDay = new TreeMap<>();
    final List<TimelineItem> items = new ArrayList<>();
    Integer firstDay;
    Integer lastDay;

    StoryState(int index, String id) {
        this.index = index;
        this.id = id;
    }

    /** Days from the story's dated span to {@code day}; 0 inside it or when either side is undated. */
    int gapDays(Integer day) {
        if (day == null || lastDay == null) return 0;
        if (day > lastDay) return day - lastDay;
        if (day < firstDay) return firstDay - day;
        return 0;
    }

    void add(StoryInput input, DocVector docTerms, DocVector docEntities, Postings termPostings,
             Postings entityPostings) {
        terms.add(docTerms, termPostings, index);
        entities.add(docEntities, entityPostings, index);
        articleIds.add(input.id());
        if (input.publisher() != null && !input.publisher().isBlank()) {
            publishers.add(input.publisher().strip().toLowerCase(Locale.ROOT));
        }
        Integer day = input.publishedDay();
        if (day != null) {
            articlesPerDay.merge(day, 1, Integer::sum);
            firstDay = firstDay == null ? day : Math.min(firstDay, day);
            lastDay = lastDay == null ? day : Math.max(lastDay, day);
        }
        items.addAll(input.items());
    }
}
