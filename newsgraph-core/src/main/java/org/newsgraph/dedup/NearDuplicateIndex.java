package org.newsgraph.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds copies of articles as they arrive, one at a time, and keeps them in groups with a canonical member.
 *
 * <p>Each document's shingles are MinHashed and banded into an {@link LshIndex}; every earlier document sharing a
 * band is a candidate, and a candidate is a copy when the exact containment of the shorter shingle set in the longer
 * reaches {@link DedupParams#minContainment()} and the shared shingles cover {@link DedupParams#minCoverage()} of
 * the longer, unless each headline names a subject the other document never names ({@link HeadlineNames}: two
 * articles cut from one template). Containment rather than Jaccard decides, so an article embedded in a
 * page with teasers, navigation or a new headline, or cut short, still matches its original. Copies are joined
 * transitively (union-find).
 *
 * <p>Memory: the sorted shingle hashes of every document are kept for the exact check (8 bytes per word of text),
 * its names (8 bytes per distinct name) plus about 16 bytes per band. Methods are synchronised; one index serves one stream.
 */
public final class NearDuplicateIndex implements Serializable {

    // 2: headline names. A state built before is rebuilt, so its groups follow the rule
    private static final long serialVersionUID = 2L;
    private static final long SECONDS_PER_DAY = 86_400;

    private final DedupParams params;
    private final Shingler shingler;
    private final MinHasher hasher;
    private final LshIndex lsh;
    private final UnionFind groups = new UnionFind();
    private final List<long[]> shingles = new ArrayList<>();
    private final List<HeadlineNames> names = new ArrayList<>();
    private final List<DedupDocument> documents = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();

    public NearDuplicateIndex(DedupParams params) {
        this.params = params;
        this.shingler = new Shingler(params.shingleSize());
        this.hasher = new MinHasher(params.numHashes(), params.seed());
        this.lsh = new LshIndex(params.bands(), params.rows());
    }

    /**
     * Adds a document and returns the earlier documents it copies or is copied by, best first. Adding an id again
     * returns no matches and changes nothing.
     */
    public synchronized List<DuplicateMatch> add(DedupDocument doc) {
        if (byId.containsKey(doc.id())) return List.of();
        long[] set = shingler.shingles(doc.text());
        long[] signature = hasher.signature(set);
        HeadlineNames subject = HeadlineNames.of(doc.title(), doc.text());
        List<DuplicateMatch> matches = new ArrayList<>();
        if (set.length >= params.minShingles()) {
            lsh.forEachCandidate(signature, candidate -> {
                long[] other = shingles.get(candidate);
                if (other.length < params.minShingles()) return;
                int common = Shingler.intersectionSize(set, other);
                double containment = (double) common / Math.min(set.length, other.length);
                double coverage = (double) common / Math.max(set.length, other.length);
                if (containment >= params.minContainment() && coverage >= params.minCoverage()
                        && !subject.differentSubjects(names.get(candidate))) {
                    double jaccard = (double) common / (set.length + other.length - common);
                    matches.add(new DuplicateMatch(documents.get(candidate).id(), containment, jaccard));
                }
            });
        }
        int index = lsh.add(signature);
        groups.add();
        shingles.add(set);
        names.add(subject);
        documents.add(doc.text().isEmpty() ? doc : withoutText(doc));
        byId.put(doc.id(), index);
        for (DuplicateMatch m : matches) {
            groups.union(index, byId.get(m.id()));
        }
        matches.sort(Comparator.comparingDouble(DuplicateMatch::containment).reversed());
        return matches;
    }

    /** The canonical record of the group holding {@code id}, which is {@code id} itself when it has no copies. */
    public synchronized String canonicalOf(String id) {
        Integer index = byId.get(id);
        if (index == null) throw new IllegalArgumentException("unknown document id " + id);
        if (groups.sizeOf(index) == 1) return id;
        return documents.get(canonical(groups.members(index))).id();
    }

    /** The group holding {@code id}: itself alone when it has no copies. */
    public synchronized CopyGroup groupOf(String id) {
        Integer index = byId.get(id);
        if (index == null) throw new IllegalArgumentException("unknown document id " + id);
        return group(groups.members(index));
    }

    /** Whether a document with this id was added. */
    public synchronized boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Every group of two or more copies, in the order their first member was added. */
    public synchronized List<CopyGroup> groups() {
        List<int[]> sets = new ArrayList<>();
        for (int i = 0; i < groups.count(); i++) {
            if (groups.find(i) == i && groups.sizeOf(i) > 1) sets.add(groups.members(i));
        }
        sets.sort(Comparator.comparingInt(members -> members[0]));
        List<CopyGroup> out = new ArrayList<>(sets.size());
        for (int[] members : sets) out.add(group(members));
        return out;
    }

    public synchronized int size() {
        return documents.size();
    }

    private CopyGroup group(int[] members) {
        List<String> ids = new ArrayList<>(members.length);
        for (int m : members) ids.add(documents.get(m).id());
        return new CopyGroup(documents.get(canonical(members)).id(), ids);
    }

    /**
     * The original publisher's copy when another member names it as its source, else the earliest published, else
     * the first added. Members are in the order they were added, so ties fall to the first seen. Copies of one day
     * are told apart by their time where it is known (a wire story and its reprints share a day): a copy dated by
     * its day alone follows those of that day whose time is known, since nothing shows it came before them.
     */
    private int canonical(int[] members) {
        Set<String> namedSources = new HashSet<>();
        for (int i : members) {
            String from = normalise(documents.get(i).syndicatedFrom());
            if (from != null) namedSources.add(from);
        }
        Comparator<Integer> order = Comparator
                .comparing((Integer i) -> !namedSources.contains(normalise(documents.get(i).publisher())))
                .thenComparing(i -> day(documents.get(i)), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> documents.get(i).publishedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i);
        return Arrays.stream(members).boxed().min(order).orElseThrow();
    }

    /** The UTC day of a known time, so that the time and the day never disagree; else the day as written. */
    private static Integer day(DedupDocument d) {
        if (d.publishedAt() == null) return d.publishedDay();
        return Math.toIntExact(Math.floorDiv(d.publishedAt(), SECONDS_PER_DAY));
    }

    private static String normalise(String outlet) {
        if (outlet == null || outlet.isBlank()) return null;
        return outlet.strip().toLowerCase(Locale.ROOT);
    }

    private static DedupDocument withoutText(DedupDocument d) {
        return new DedupDocument(d.id(), "", d.publisher(), d.syndicatedFrom(), d.publishedDay(), d.publishedAt(),
                null);
    }
}
