package org.newsgraph.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.connect.ConnectView;
import org.newsgraph.index.connect.ConnectViews;
import org.newsgraph.story.Story;

/**
 * Stories and copy groups as the last connect pass left them (see {@code org.newsgraph.index.connect}): read from
 * the data directory's view file, and read again when an ingest in another process rewrote it (checked at most once
 * a second). Thread-safe.
 */
public final class Connections {
    private static final long RECHECK_NANOS = 1_000_000_000L;
    private static final Loaded NONE = new Loaded(null, null);

    /** How stories are listed. */
    public enum Order { NEWEST, LARGEST }

    private final Path dataDir;
    private volatile Loaded loaded = NONE;
    private volatile long lastCheck;

    Connections(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Whether a connect pass has run on this knowledge base (older bases have none until their next ingest). */
    public boolean available() {
        return current().view != null;
    }

    /** Stories, newest last-seen first (undated last) or largest first, the other order breaking ties. */
    public Page<StorySummary> stories(Order order, int limit, int offset) {
        List<Story> all = current().sorted(order);
        return new Page<>(all.size(), offset, all.subList(Math.min(offset, all.size()),
                Math.min(offset + limit, all.size())).stream().map(StorySummary::of).toList());
    }

    /** Every story, largest first. */
    public List<Story> stories() {
        return current().sorted(Order.LARGEST);
    }

    public Optional<Story> story(String id) {
        return Optional.ofNullable(current().storyById.get(id));
    }

    public Optional<ArticleRef> article(String id) {
        return Optional.ofNullable(current().articleById.get(id));
    }

    /** The copy group holding the article, or empty when it has no copies (or was not placed yet). */
    public Optional<CopyGroup> copiesOf(String articleId) {
        return Optional.ofNullable(current().groupByMember.get(articleId));
    }

    /** Every group of two or more copies. */
    public List<CopyGroup> groups() {
        Loaded l = current();
        return l.view == null ? List.of() : l.view.groups();
    }

    private Loaded current() {
        long now = System.nanoTime();
        Loaded l = loaded;
        if (l != NONE && now - lastCheck < RECHECK_NANOS) return l;
        synchronized (this) {
            lastCheck = now;
            Path file = ConnectViews.file(dataDir);
            try {
                FileTime modified = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
                if (modified == null) return loaded = NONE;
                if (modified.equals(loaded.modified)) return loaded;
                return loaded = new Loaded(ConnectViews.read(dataDir), modified);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    private static final class Loaded {
        final ConnectView view;
        final FileTime modified;
        final Map<String, Story> storyById = new HashMap<>();
        final Map<String, ArticleRef> articleById = new HashMap<>();
        final Map<String, CopyGroup> groupByMember = new HashMap<>();
        final Map<Order, List<Story>> orders = new HashMap<>();

        Loaded(ConnectView view, FileTime modified) {
            this.view = view;
            this.modified = modified;
            if (view == null) return;
            for (Story s : view.stories()) storyById.put(s.id(), s);
            for (ArticleRef a : view.articles()) articleById.put(a.id(), a);
            for (CopyGroup g : view.groups()) for (String m : g.members()) groupByMember.put(m, g);
            Comparator<Story> largest = Comparator.comparingInt(Story::articleCount).reversed();
            Comparator<Story> newest = Comparator.comparing(Story::lastSeen,
                    Comparator.nullsLast(Comparator.<String>reverseOrder()));
            orders.put(Order.LARGEST, view.stories().stream().sorted(largest.thenComparing(newest)).toList());
            orders.put(Order.NEWEST, view.stories().stream().sorted(newest.thenComparing(largest)).toList());
        }

        List<Story> sorted(Order order) {
            return view == null ? List.of() : orders.get(order);
        }
    }
}
