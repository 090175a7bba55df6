package org.newsgraph.index.connect;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.ArticleRef;
import org.newsgraph.story.Story;
import org.newsgraph.story.TimelineDay;
import org.newsgraph.story.TimelineItem;

/**
 * Stories and copy groups as a reader builds them from the view's lines ({@link ViewLine}), one line at a time:
 * a story is assembled from its placed articles (their days, publishers and timeline items) and its latest label.
 * Not thread-safe; the caller guards it.
 */
public final class ViewTable {

    private final Map<String, ViewLine.Placed> articles = new HashMap<>();
    private final Map<String, StoryParts> stories = new LinkedHashMap<>();
    private final Map<String, CopyGroup> groupOf = new HashMap<>();
    private final Map<String, Story> assembled = new HashMap<>();
    private List<Story> all;

    private static final class StoryParts {
        ViewLine.Label label;
        final LinkedHashMap<String, ViewLine.Placed> articles = new LinkedHashMap<>();
    }

    public void apply(ViewLine line) {
        all = null;
        if (line.placed() != null) {
            ViewLine.Placed p = line.placed();
            ViewLine.Placed before = articles.put(p.id(), p);
            if (before != null) parts(before.story()).articles.remove(p.id());
            parts(p.story()).articles.put(p.id(), p);
            assembled.remove(p.story());
            if (before != null) assembled.remove(before.story());
        } else if (line.story() != null) {
            parts(line.story().id()).label = line.story();
            assembled.remove(line.story().id());
        } else if (line.group() != null) {
            CopyGroup g = line.group();
            for (String m : g.members()) {
                if (g.members().size() > 1) groupOf.put(m, g);
                else groupOf.remove(m);
                ViewLine.Placed p = articles.get(m);
                if (p != null) assembled.remove(p.story());
            }
        } else if (line.removed() != null) {
            ViewLine.Placed p = articles.remove(line.removed());
            groupOf.remove(line.removed());
            if (p != null) {
                StoryParts s = parts(p.story());
                s.articles.remove(p.id());
                if (s.articles.isEmpty()) stories.remove(p.story());
                assembled.remove(p.story());
            }
        }
    }

    private StoryParts parts(String storyId) {
        return stories.computeIfAbsent(storyId, k -> new StoryParts());
    }

    /** Every story with at least one article, in the order they were opened. */
    public List<Story> stories() {
        if (all == null) {
            List<Story> out = new ArrayList<>(stories.size());
            for (String id : stories.keySet()) {
                Story s = story(id);
                if (s != null) out.add(s);
            }
            all = out;
        }
        return all;
    }

    public Story story(String id) {
        StoryParts parts = stories.get(id);
        if (parts == null || parts.articles.isEmpty()) return null;
        return assembled.computeIfAbsent(id, k -> assemble(k, parts));
    }

    /**
     * The story line the story belongs to: every story linked to it through {@link Story#follows}, either way, itself
     * included, earliest first (undated ones last). A story whose articles all left breaks the line there.
     */
    public List<Story> line(String id) {
        Map<String, List<String>> continuations = new HashMap<>();
        stories.forEach((storyId, parts) -> {
            if (parts.label != null && parts.label.follows() != null) {
                continuations.computeIfAbsent(parts.label.follows(), k -> new ArrayList<>()).add(storyId);
            }
        });
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        List<Story> out = new ArrayList<>();
        while (!todo.isEmpty()) {
            String storyId = todo.pop();
            Story s = seen.add(storyId) ? story(storyId) : null;
            if (s == null) continue;
            out.add(s);
            if (s.follows() != null) todo.push(s.follows());
            todo.addAll(continuations.getOrDefault(storyId, List.of()));
        }
        out.sort(Comparator.comparing(Story::firstSeen, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    public ArticleRef article(String id) {
        ViewLine.Placed p = articles.get(id);
        if (p == null) return null;
        CopyGroup g = groupOf.get(id);
        return new ArticleRef(p.id(), p.title(), p.publisher(), p.published(), p.story(),
                g == null ? p.id() : g.canonical());
    }

    public CopyGroup copiesOf(String articleId) {
        return groupOf.get(articleId);
    }

    /** Every group of two or more copies, in the order their first member was placed. */
    public List<CopyGroup> groups() {
        Set<CopyGroup> distinct = new HashSet<>(groupOf.values());
        List<CopyGroup> out = new ArrayList<>(distinct);
        out.sort(Comparator.comparingInt(g -> sequence(g.members().get(0))));
        return out;
    }

    private int sequence(String articleId) {
        ViewLine.Placed p = articles.get(articleId);
        return p == null ? Integer.MAX_VALUE : p.sequence();
    }

    /**
     * A story's parts put together. A copy's quotes and events are its original's again, so they go on the timeline
     * once, from the original, when the original is in the story too.
     */
    private Story assemble(String id, StoryParts parts) {
        TreeMap<Integer, Integer> perDay = new TreeMap<>();
        TreeMap<Integer, List<TimelineItem>> itemsByDay = new TreeMap<>();
        Set<String> publishers = new HashSet<>();
        List<String> ids = new ArrayList<>(parts.articles.size());
        for (ViewLine.Placed p : parts.articles.values()) {
            ids.add(p.id());
            if (p.day() != null) perDay.merge(p.day(), 1, Integer::sum);
            publishers.add(Story.sourceOf(p.publisher(), p.id()));
            if (repeatsItsOriginal(p.id(), parts)) continue;
            for (TimelineItem i : p.items()) itemsByDay.computeIfAbsent(i.day(), d -> new ArrayList<>()).add(i);
        }
        TreeMap<Integer, TimelineDay> days = new TreeMap<>();
        perDay.forEach((day, n) -> days.put(day, new TimelineDay(iso(day), n, itemsByDay.getOrDefault(day, List.of()))));
        itemsByDay.forEach((day, items) -> days.putIfAbsent(day, new TimelineDay(iso(day), 0, items)));
        ViewLine.Label l = parts.label;
        return new Story(id, l == null ? "" : l.label(), l == null ? List.of() : l.keyEntities(),
                l == null ? List.of() : l.keyTerms(), perDay.isEmpty() ? null : iso(perDay.firstKey()),
                perDay.isEmpty() ? null : iso(perDay.lastKey()), ids, publishers.size(), new ArrayList<>(days.values()),
                l == null ? null : l.follows());
    }

    private boolean repeatsItsOriginal(String articleId, StoryParts parts) {
        CopyGroup g = groupOf.get(articleId);
        return g != null && !g.canonical().equals(articleId) && parts.articles.containsKey(g.canonical());
    }

    private static String iso(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
