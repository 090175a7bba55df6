package org.newsgraph.story;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The growing state of one story inside {@link StoryClusterer}: centroids, dates, sources and timeline material. */
final class StoryState implements Serializable {

    // 5: members keep their lead numbers
    private static final long serialVersionUID = 5L;

    /**
     * What an article added to the story, kept so that it can be taken back when the article leaves.
     *
     * @param source the outlet it counts for: its publisher, or the article itself when it names none
     * @param leadNumbers the numbers its lead states ({@link LeadNumbers})
     */
    record Member(DocVector terms, DocVector entities, String source, Integer day, Set<String> leadNumbers)
            implements Serializable {
    }

    final int index;
    final String id;
    final Centroid terms = new Centroid();
    final Centroid entities = new Centroid();
    /** Articles in arrival order with what each added. */
    final Map<String, Member> members = new LinkedHashMap<>();
    /** Members per outlet, so that a story says how many independent sources it has. */
    final Map<String, Integer> sources = new HashMap<>();
    final TreeMap<Integer, Integer> articlesPerDay = new TreeMap<>();
    final List<TimelineItem> items = new ArrayList<>();
    /** How many members' leads state each number. */
    private final Map<String, Integer> leadNumbers = new HashMap<>();
    /** The id of the earlier story this one continues (see {@code StoryClusterer.continued}), or null. */
    final String follows;
    Integer firstDay;
    Integer lastDay;

    StoryState(int index, String id, String follows) {
        this.index = index;
        this.id = id;
        this.follows = follows;
    }

    /** Days from the story's dated span to {@code day}; 0 inside it or when either side is undated. */
    int gapDays(Integer day) {
        if (day == null || lastDay == null) return 0;
        if (day > lastDay) return day - lastDay;
        if (day < firstDay) return firstDay - day;
        return 0;
    }

    /** Whether both the story's leads and the article's state numbers and none is the same. */
    boolean numbersDisagree(Set<String> docLeadNumbers) {
        if (leadNumbers.isEmpty() || docLeadNumbers.isEmpty()) return false;
        for (String n : docLeadNumbers) if (leadNumbers.containsKey(n)) return false;
        return true;
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    void add(StoryInput input, DocVector docTerms, DocVector docEntities, Set<String> docLeadNumbers,
             Postings termPostings, Postings entityPostings, Vocabulary termVocabulary, Vocabulary entityVocabulary) {
        terms.add(docTerms, termPostings, index, termVocabulary);
        entities.add(docEntities, entityPostings, index, entityVocabulary);
        String source = Story.sourceOf(input.publisher(), input.id());
        // a HashSet: the stored state's reader admits the collection classes it names, not Set.copyOf's
        members.put(input.id(), new Member(docTerms, docEntities, source, input.publishedDay(),
                new HashSet<>(docLeadNumbers)));
        for (String n : docLeadNumbers) leadNumbers.merge(n, 1, Integer::sum);
        sources.merge(source, 1, Integer::sum);
        Integer day = input.publishedDay();
        if (day != null) articlesPerDay.merge(day, 1, Integer::sum);
        items.addAll(input.items());
        span();
    }

    /** Replaces a member's timeline items; true when they differed. */
    boolean replaceItems(String articleId, List<TimelineItem> fresh) {
        List<TimelineItem> before = items.stream().filter(i -> articleId.equals(i.articleId())).toList();
        if (before.equals(fresh)) return false;
        items.removeIf(i -> articleId.equals(i.articleId()));
        items.addAll(fresh);
        return true;
    }

    /** Takes an article back out: its vectors, source, day and timeline items. Returns what it had added. */
    Member remove(String articleId) {
        Member m = members.remove(articleId);
        terms.subtract(m.terms());
        entities.subtract(m.entities());
        sources.computeIfPresent(m.source(), (p, n) -> n == 1 ? null : n - 1);
        for (String number : m.leadNumbers()) leadNumbers.computeIfPresent(number, (k, n) -> n == 1 ? null : n - 1);
        if (m.day() != null) articlesPerDay.computeIfPresent(m.day(), (d, n) -> n == 1 ? null : n - 1);
        items.removeIf(i -> articleId.equals(i.articleId()));
        span();
        return m;
    }

    private void span() {
        firstDay = articlesPerDay.isEmpty() ? null : articlesPerDay.firstKey();
        lastDay = articlesPerDay.isEmpty() ? null : articlesPerDay.lastKey();
    }
}
