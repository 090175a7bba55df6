package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilteredDocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.newsgraph.index.FacetValue;
import org.newsgraph.index.KbEntity;
import org.newsgraph.model.EntityType;

/**
 * The knowledge-base entities of one index snapshot, built from the mention documents by one pass over their doc
 * values and resolved with {@link EntityResolver}. Built once per reader and shared by every query on it.
 *
 * <p>Copies count once (see {@link CopyGroups}): an entity's article count, and every {@link Counter} tally, counts a
 * group of copies as one article, and its mention total takes one copy's mentions.
 */
public final class EntityCatalog {
    /** Counters kept for reuse: a few per core covers the server's admission gate and a caller or two beside it. */
    private static final int SPARE_COUNTERS = 8;

    private final List<KbEntity> entities;
    private final Map<String, Integer> indexByKey;
    private final Map<String, Integer> indexById;
    private final List<List<String>> keysByIndex;
    // short forms no article kept as a name of its own ("HPA" where each article joined it to its full name), each
    // with the entities articles joined it to, most mentioned first
    private final Map<String, List<Integer>> indicesByShortForm;
    // built on first use by leaf ord; the draft catalog of build() fills every leaf and hands them on
    private final AtomicReferenceArray<LeafEntities> leafEntities;
    private final CopyGroups copies;
    // a counter's arrays span the whole catalog (thousands of entities), and a search or an entity page made new ones
    // each time (growing its list of counted entities an eighth at a time, a tenth of an entity page's CPU): closed
    // counters wait here for the next, their arrays reset where they were used
    private final Spares<Counter> spareCounters = new Spares<>(SPARE_COUNTERS);

    private EntityCatalog(List<KbEntity> entities, Map<String, Integer> indexByKey, List<List<String>> keysByIndex,
                          Map<String, List<Integer>> indicesByShortForm, Map<String, Integer> formerIds,
                          AtomicReferenceArray<LeafEntities> leafEntities, CopyGroups copies) {
        this.entities = entities;
        this.copies = copies;
        this.indexByKey = indexByKey;
        this.keysByIndex = keysByIndex;
        this.indicesByShortForm = indicesByShortForm;
        this.indexById = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) indexById.put(entities.get(i).id(), i);
        formerIds.forEach(indexById::putIfAbsent);
        this.leafEntities = leafEntities;
    }

    /** The catalog of a reader; {@code values} carries the copy groups' per-segment values across snapshots. */
    public static EntityCatalog build(IndexReader reader, CopyValues values) throws IOException {
        CopyGroups copies = CopyGroups.build(reader, values);
        Map<String, AliasStats> aliases = new HashMap<>();
        Map<String, Map<String, Long>> shortForms = new HashMap<>();
        Map<String, Integer> keyIds = new HashMap<>();
        Set<Long> tallied = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            tallyMentions(leaf, aliases, shortForms, copies, keyIds, tallied);
        }

        Map<String, Set<String>> genders = new HashMap<>();
        aliases.forEach((key, stats) -> {
            if (!stats.genders.isEmpty()) genders.put(key, stats.genders);
        });
        Map<String, Long> mentions = new HashMap<>();
        Map<String, Long> articlesOfKey = new HashMap<>();
        Set<String> settlements = new HashSet<>();
        aliases.forEach((key, stats) -> {
            mentions.put(key, stats.mentions);
            articlesOfKey.put(key, stats.articles);
            if (stats.settlement) settlements.add(key);
        });
        Set<String> apart = TypesKeptApart.of(reader, typedSeveralWays(aliases.keySet()));
        Map<String, String> votes = TypeVote.losers(mentions, articlesOfKey, apart, shortForms, genders,
                settlements);
        Map<String, String> canonical = EntityResolver.canonicalKeys(aliases.keySet(), shortForms, genders, votes);
        Map<String, List<String>> groups = new HashMap<>();
        canonical.forEach((key, canon) -> groups.computeIfAbsent(canon, c -> new ArrayList<>()).add(key));

        // order: most mentioned first, then by canonical key, so listings are deterministic
        List<Map.Entry<String, List<String>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Comparator.<Map.Entry<String, List<String>>>comparingLong(
                g -> -g.getValue().stream().mapToLong(k -> aliases.get(k).mentions).sum())
                .thenComparing(Map.Entry::getKey));
        Map<String, Integer> indexByKey = new HashMap<>();
        List<List<String>> keysByIndex = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            keysByIndex.add(List.copyOf(ordered.get(i).getValue()));
            for (String key : ordered.get(i).getValue()) indexByKey.put(key, i);
        }
        // the draft has the final catalog's entity indices (the same keys map), so what it reads for counting serves
        // the final catalog's counters too
        Map<String, List<Integer>> indicesByShortForm = shortFormsAlone(shortForms, indexByKey);
        EntityCatalog draft = new EntityCatalog(List.of(), indexByKey, keysByIndex, indicesByShortForm, Map.of(),
                new AtomicReferenceArray<>(reader.leaves().size()), copies);
        List<KbEntity> entities = new ArrayList<>(ordered.size());
        try (Counter articles = draft.counter(false)) {
            for (LeafReaderContext leaf : reader.leaves()) articles.add(leaf, allLive(leaf));
            for (int i = 0; i < ordered.size(); i++) {
                entities.add(entityOf(ordered.get(i).getKey(), ordered.get(i).getValue(), aliases, articles.count(i)));
            }
        }
        // the id a losing key's entity had when its type won, or when the key stood alone, still finds the entity
        Map<String, Integer> formerIds = new HashMap<>();
        for (String loser : votes.keySet()) {
            Integer i = indexByKey.get(loser);
            if (i != null) formerIds.put(EntityResolver.idOf(loser), i);
        }
        return new EntityCatalog(List.copyOf(entities), indexByKey, keysByIndex, indicesByShortForm, formerIds,
                draft.leafEntities, copies);
    }

    /** The keys whose name some other key has in another type ("LOCATION|white house", "ORGANIZATION|white house"). */
    private static Set<String> typedSeveralWays(Set<String> keys) {
        Map<String, Integer> typesByName = new HashMap<>();
        for (String key : keys) typesByName.merge(EntityNames.nameOf(key), 1, Integer::sum);
        Set<String> out = new HashSet<>();
        for (String key : keys) if (typesByName.get(EntityNames.nameOf(key)) > 1) out.add(key);
        return out;
    }

    /** Per short-form key that is no key of its own, the indices of the entities articles joined it to, in order. */
    private static Map<String, List<Integer>> shortFormsAlone(Map<String, Map<String, Long>> shortForms,
                                                              Map<String, Integer> indexByKey) {
        Map<String, List<Integer>> out = new HashMap<>();
        shortForms.forEach((shortForm, longer) -> {
            if (indexByKey.containsKey(shortForm)) return;
            List<Integer> indices = longer.keySet().stream().map(indexByKey::get).filter(i -> i != null)
                    .distinct().sorted().toList();
            if (!indices.isEmpty()) out.put(shortForm, indices);
        });
        return out;
    }

    /** The groups of copies of the snapshot this catalog was built from. */
    public CopyGroups copies() {
        return copies;
    }

    public List<KbEntity> all() {
        return entities;
    }

    public int size() {
        return entities.size();
    }

    public KbEntity at(int index) {
        return entities.get(index);
    }

    public Optional<KbEntity> byId(String id) {
        Integer i = indexById.get(id);
        return i == null ? Optional.empty() : Optional.of(entities.get(i));
    }

    /** The knowledge-base id an article-level key resolves to, or null when the key is not in this snapshot. */
    public String idOfKey(String key) {
        Integer i = indexByKey.get(key);
        return i == null ? null : entities.get(i).id();
    }

    /** The article-level keys that resolve to an entity. */
    public List<String> keysOf(String id) {
        Integer i = indexById.get(id);
        return i == null ? List.of() : keysByIndex.get(i);
    }

    /**
     * The entities a user's words name: an id; else a name in any type, as written in some article ("Trump" finds
     * the person "Donald Trump" when it resolves to him), or a short form articles joined to names ("HPA" finds
     * what "The Halvern Port Authority (HPA)" introduced it for, every such entity where articles used it for
     * several); else the entities one of whose names holds the words whole and in order ("Halvorsen" finds "Ingrid
     * Halvorsen" where no article wrote the surname alone). Case, accents and punctuation do not count, as in the
     * names' keys.
     */
    public List<KbEntity> find(String idOrName) {
        Optional<KbEntity> byId = byId(idOrName.strip());
        if (byId.isPresent()) return List.of(byId.get());
        List<KbEntity> found = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            Integer i = indexByKey.get(EntityNames.key(type, idOrName));
            // the name's keys in two types are one entity where the base's type vote joined them
            if (i != null && !found.contains(entities.get(i))) found.add(entities.get(i));
        }
        for (KbEntity e : byShortForm(idOrName)) if (!found.contains(e)) found.add(e);
        return found.isEmpty() ? namedInPart(idOrName) : found;
    }

    /**
     * The entities articles joined a short form to where no article kept it as a name of its own ("HPA" after "the
     * Halvern Port Authority (HPA)"), most mentioned first; the short form in any type.
     */
    public List<KbEntity> byShortForm(String words) {
        List<KbEntity> found = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            for (int j : indicesByShortForm.getOrDefault(EntityNames.key(type, words), List.of())) {
                if (!found.contains(entities.get(j))) found.add(entities.get(j));
            }
        }
        return found;
    }

    private List<KbEntity> namedInPart(String words) {
        Map<EntityType, String> wanted = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            String normalized = EntityNames.normalize(type, words);
            if (!normalized.isEmpty()) wanted.put(type, ' ' + normalized + ' ');
        }
        List<KbEntity> found = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            for (String key : keysByIndex.get(i)) {
                String w = wanted.get(EntityNames.typeOf(key));
                if (w != null && (' ' + EntityNames.nameOf(key) + ' ').contains(w)) {
                    found.add(entities.get(i));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A fresh tally of articles per entity of this catalog. Exact ({@code sampled} false), a group of copies counts
     * once with the union of its copies' entities. For a sample whose counts are scaled to estimates ({@code sampled}
     * true), a group of copies counts with the entities of the first of its documents it is given (index order), and
     * its other documents' entities are not read at all. Exact copies name the same entities, so this changes nothing
     * for them; for near-duplicates that differ in entities, an entity only a later copy names goes uncounted for that
     * group. Where most sampled hits are copies of a few groups, reading every copy's entities was most of a search's
     * facet cost.
     */
    public Counter counter(boolean sampled) {
        Counter c = spareCounters.take();
        if (c == null) c = new Counter();
        c.open(sampled);
        return c;
    }

    /**
     * Articles per entity over the documents given to {@link #add}. Entities are counted by knowledge-base index, so
     * an article naming one person two ways counts once; and an article and its copies count once. Close it when
     * done, and use it no more: the next counter of this catalog may be this one again.
     */
    public final class Counter implements AutoCloseable {
        private final long[] counts = new long[keysByIndex.size()];
        // Several keys of one article can resolve to one entity, and copies of one group share entities: stamping
        // each entity with the last document (index wide, >= 0) or copy group (< -1) that counted it makes the check
        // O(1). A set of (group, entity) pairs did the same for copies, at a boxed insert per key: most of a search's
        // facet cost on a base where most articles have copies.
        private final int[] lastStamp = new int[counts.length];
        // articles with copies wait here, as their entities, until every document is in; then they are tallied
        // group by group, so one stamp per group does what the pair set did
        private long[] pendingGroups = new long[64];
        private int[] pendingStarts = new int[65];
        private int[] pendingEntities = new int[2048];
        private int pending;
        private int groupStamp = -1;
        private int documents;
        // entities counted at least once, so ranking them need not scan the whole catalog
        private final int[] touched = new int[counts.length];
        private int touchedCount;
        private boolean open;
        private boolean firstCopyOnly;
        // with firstCopyOnly, the groups already tallied, by copy_of value; each is tallied at once, so nothing is
        // held (a set of boxed Longs cost an allocation per sampled copy)
        private FixedBitSet groupsCounted;

        private Counter() {
            Arrays.fill(lastStamp, -1);
        }

        /** Starts a count; counts, stamps and the counted entities are as new (see {@link #close}). */
        private void open(boolean firstCopyOnly) {
            this.firstCopyOnly = firstCopyOnly;
            if (firstCopyOnly) {
                if (groupsCounted == null) groupsCounted = new FixedBitSet(copies.groupValues());
                else groupsCounted.clear(0, groupsCounted.length());
            }
            pending = 0;
            groupStamp = -1;
            documents = 0;
            open = true;
        }

        /** Adds one to every distinct entity of each article document {@code docs} gives. */
        public void add(LeafReaderContext leaf, DocIdSetIterator docs) throws IOException {
            LeafEntities named = leafEntities(leaf);
            CopyValues.Segment copyOf = copies.segment(leaf);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                documents++;
                long group = copyOf == null ? Fields.PENDING : copyOf.of(doc);
                boolean shared = copies.shared(group);
                if (shared && firstCopyOnly && groupsCounted.get((int) group)) continue;
                int at = named.indexOf(doc);
                if (at < 0) continue;
                if (shared && !firstCopyOnly) {
                    hold(group, named, at);
                    continue;
                }
                int stamp = leaf.docBase + doc;
                if (shared) {
                    groupsCounted.set((int) group);
                    stamp = --groupStamp; // below -1: never a document's stamp nor the initial one
                }
                for (int k = named.start(at), end = named.end(at); k < end; k++) tally(named.entity(k), stamp);
            }
        }

        private void tally(int entity, int stamp) {
            if (entity < 0 || lastStamp[entity] == stamp) return;
            lastStamp[entity] = stamp;
            if (counts[entity]++ == 0) touched[touchedCount++] = entity;
        }

        private void hold(long group, LeafEntities named, int at) {
            int count = named.end(at) - named.start(at);
            int start = pendingStarts[pending];
            if (pendingEntities.length < start + count) {
                // doubled: an entity page holds every copy's entities here (hundreds of thousands on a base of many
                // copies), and ArrayUtil.grow's eighth more each time copied the array over and over, most of the
                // page's garbage
                pendingEntities = Arrays.copyOf(pendingEntities, Math.max(start + count, 2 * pendingEntities.length));
            }
            for (int k = 0; k < count; k++) pendingEntities[start + k] = named.entity(named.start(at) + k);
            if (pendingGroups.length == pending) pendingGroups = ArrayUtil.grow(pendingGroups, pending + 1);
            if (pendingStarts.length == pending + 1) pendingStarts = ArrayUtil.grow(pendingStarts, pending + 2);
            pendingGroups[pending] = group;
            pendingStarts[++pending] = start + count;
        }

        /** Tallies the held articles with copies, each group's entities once. */
        private void flush() {
            if (pending == 0) return;
            // (group, position) packed in one long: shared groups are below Integer.MAX_VALUE (see CopyGroups)
            long[] order = new long[pending];
            for (int i = 0; i < pending; i++) order[i] = pendingGroups[i] << 32 | i;
            Arrays.sort(order);
            long group = Fields.PENDING;
            for (long packed : order) {
                int i = (int) packed;
                if (pendingGroups[i] != group) {
                    group = pendingGroups[i];
                    groupStamp--; // below -1: never a document's stamp nor the initial one
                }
                for (int k = pendingStarts[i]; k < pendingStarts[i + 1]; k++) tally(pendingEntities[k], groupStamp);
            }
            pending = 0;
        }

        /**
         * Resets the arrays and leaves the counter for the next: every entity this one stamped was counted, so
         * resetting the touched ones restores all.
         */
        @Override
        public void close() {
            if (!open) return;
            open = false;
            for (int j = 0; j < touchedCount; j++) {
                counts[touched[j]] = 0;
                lastStamp[touched[j]] = -1;
            }
            touchedCount = 0;
            spareCounters.giveBack(this);
        }

        /** How many documents were counted. */
        public int documents() {
            return documents;
        }

        long count(int index) {
            flush();
            return counts[index];
        }

        /**
         * The {@code n} most counted entities, leaving out {@code excludeId}; equal counts in catalog order (most
         * mentioned overall first), so listings are deterministic.
         */
        public List<FacetValue> top(String excludeId, int n) {
            flush();
            Integer excluded = excludeId == null ? null : indexById.get(excludeId);
            // (count descending, index ascending) packed in one long, the n smallest kept in order: a few compares
            // per counted entity, where sorting them all cost more than the counting
            long[] best = new long[Math.max(0, Math.min(n, touchedCount))];
            int size = 0;
            for (int j = 0; j < touchedCount; j++) {
                int i = touched[j];
                if (excluded != null && i == excluded) continue;
                long key = (long) (Integer.MAX_VALUE - (int) Math.min(counts[i], Integer.MAX_VALUE)) << 32 | i;
                if (size == best.length && (size == 0 || key >= best[size - 1])) continue;
                int at = size == best.length ? size - 1 : size++;
                for (; at > 0 && best[at - 1] > key; at--) best[at] = best[at - 1];
                best[at] = key;
            }
            List<FacetValue> out = new ArrayList<>(size);
            for (int j = 0; j < size; j++) {
                int i = (int) best[j];
                out.add(new FacetValue(at(i).id(), at(i).name(), counts[i]));
            }
            return out;
        }
    }

    private LeafEntities leafEntities(LeafReaderContext leaf) throws IOException {
        LeafEntities named = leafEntities.get(leaf.ord);
        if (named != null) return named;
        // two threads may read a leaf at once; both get the same arrays' contents
        SortedSetDocValues keys = DocValues.getSortedSet(leaf.reader(), Fields.ENTITY_KEY);
        int[] ordMap = new int[(int) keys.getValueCount()];
        for (int ord = 0; ord < ordMap.length; ord++) {
            Integer i = indexByKey.get(keys.lookupOrd(ord).utf8ToString());
            ordMap[ord] = i == null ? -1 : i;
        }
        named = LeafEntities.read(leaf.reader(), ordMap);
        leafEntities.set(leaf.ord, named);
        return named;
    }

    private static DocIdSetIterator allLive(LeafReaderContext leaf) throws IOException {
        SortedSetDocValues keys = DocValues.getSortedSet(leaf.reader(), Fields.ENTITY_KEY);
        Bits live = leaf.reader().getLiveDocs();
        return live == null ? keys : new FilteredDocIdSetIterator(keys) {
            @Override
            protected boolean match(int doc) {
                return live.get(doc);
            }
        };
    }

    /**
     * Mentions, names and days per article-level key over the mention documents; a copy's mentions are left out when
     * another copy of its group was tallied for the key (its days are not: first and last seen include copies).
     * {@code tallied} holds the (group, key id) pairs tallied so far, over all leaves (copies can sit in any
     * segment), a key's id numbering it across leaves in {@code keyIds}. {@code shortForms} counts, for each short-form
     * key (an acronym, a surname), the articles whose resolver joined it into each longer key (one copy of a group counting).
     */
    private static void tallyMentions(LeafReaderContext leaf, Map<String, AliasStats> aliases,
                                      Map<String, Map<String, Long>> shortForms, CopyGroups copies,
                                      Map<String, Integer> keyIds, Set<Long> tallied) throws IOException {
        SortedDocValues keys = DocValues.getSorted(leaf.reader(), Fields.MENTION_KEY);
        SortedSetDocValues shortFormsOf = DocValues.getSortedSet(leaf.reader(), Fields.MENTION_SHORT_FORM);
        SortedSetDocValues gendersOf = DocValues.getSortedSet(leaf.reader(), Fields.MENTION_GENDER);
        NumericDocValues settlementsOf = DocValues.getNumeric(leaf.reader(), Fields.MENTION_SETTLEMENT);
        SortedSetDocValues spellingsOf = DocValues.getSortedSet(leaf.reader(), Fields.MENTION_SPELLING);
        SortedDocValues names = DocValues.getSorted(leaf.reader(), Fields.MENTION_NAME);
        NumericDocValues counts = DocValues.getNumeric(leaf.reader(), Fields.MENTION_COUNT);
        NumericDocValues days = DocValues.getNumeric(leaf.reader(), Fields.DAY);
        int[] copyOf = copies.ofLeaf(leaf);
        Bits live = leaf.reader().getLiveDocs();
        AliasStats[] byOrd = new AliasStats[keys.getValueCount()];
        int[] keyIdByOrd = copies.any() ? new int[byOrd.length] : null;
        Map<Long, long[]> nameCounts = new HashMap<>();
        for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
            if (live != null && !live.get(doc)) continue;
            int ord = keys.ordValue();
            AliasStats s = byOrd[ord] == null ? byOrd[ord] = new AliasStats() : byOrd[ord];
            if (days.advanceExact(doc)) s.seen(days.longValue());
            long group = copyOf == null ? Fields.PENDING : copyOf[doc];
            if (copies.shared(group)) {
                if (keyIdByOrd[ord] == 0) {
                    keyIdByOrd[ord] = keyIds.computeIfAbsent(keys.lookupOrd(ord).utf8ToString(), k -> keyIds.size() + 1);
                }
                // Long's hash folds the halves together (group ^ key id), which collides for small ids; multiplying
                // by an odd constant is a bijection that spreads the pair over the hash.
                if (!tallied.add((group << 32 | keyIdByOrd[ord]) * 0x9E3779B97F4A7C15L)) continue;
            }
            long n = counts.advanceExact(doc) ? counts.longValue() : 1;
            s.mentions += n;
            s.articles++;
            if (shortFormsOf.advanceExact(doc)) {
                String key = keys.lookupOrd(ord).utf8ToString();
                for (int i = 0; i < shortFormsOf.docValueCount(); i++) {
                    shortForms.computeIfAbsent(shortFormsOf.lookupOrd(shortFormsOf.nextOrd()).utf8ToString(),
                            k -> new HashMap<>()).merge(key, 1L, Long::sum);
                }
            }
            if (gendersOf.advanceExact(doc)) {
                for (int i = 0; i < gendersOf.docValueCount(); i++) {
                    s.genders.add(gendersOf.lookupOrd(gendersOf.nextOrd()).utf8ToString());
                }
            }
            if (settlementsOf.advanceExact(doc)) s.settlement = true;
            if (spellingsOf.advanceExact(doc)) {
                for (int i = 0; i < spellingsOf.docValueCount(); i++) {
                    s.spellings.merge(spellingsOf.lookupOrd(spellingsOf.nextOrd()).utf8ToString(), 1L, Long::sum);
                }
            }
            if (names.advanceExact(doc)) {
                nameCounts.computeIfAbsent(((long) ord << 32) | names.ordValue(), k -> new long[1])[0] += n;
            }
        }
        for (Map.Entry<Long, long[]> e : nameCounts.entrySet()) {
            int ord = (int) (e.getKey() >>> 32);
            byOrd[ord].names.merge(names.lookupOrd((int) (long) e.getKey()).utf8ToString(), e.getValue()[0], Long::sum);
        }
        for (int ord = 0; ord < byOrd.length; ord++) {
            if (byOrd[ord] != null) {
                aliases.merge(keys.lookupOrd(ord).utf8ToString(), byOrd[ord], AliasStats::merge);
            }
        }
    }

    private static KbEntity entityOf(String canonicalKey, List<String> keys, Map<String, AliasStats> aliases,
                                     long articles) {
        AliasStats all = new AliasStats();
        for (String key : keys) all.merge(aliases.get(key));
        Map<String, Long> canonicalNames = aliases.get(canonicalKey).names;
        String name = canonicalNames.isEmpty() ? EntityNames.nameOf(canonicalKey) : mostUsed(canonicalNames);
        List<String> spellings = new ArrayList<>(all.names.keySet());
        spellings.sort(Comparator.<String>comparingLong(s -> -all.names.get(s)).thenComparing(s -> s));
        // then the short forms articles joined into it, by the articles writing them, unless a name already
        List<String> joined = new ArrayList<>(all.spellings.keySet());
        joined.removeIf(all.names::containsKey);
        joined.sort(Comparator.<String>comparingLong(s -> -all.spellings.get(s)).thenComparing(s -> s));
        spellings.addAll(joined);
        // what the articles said where the base's type is not theirs: an article's own analysis keeps its type
        EntityType type = EntityNames.typeOf(canonicalKey);
        Map<EntityType, Long> otherTypes = new EnumMap<>(EntityType.class);
        for (String key : keys) {
            EntityType of = EntityNames.typeOf(key);
            if (of != type) otherTypes.merge(of, aliases.get(key).articles, Long::sum);
        }
        Map<String, Long> alsoTyped = new LinkedHashMap<>();
        otherTypes.forEach((t, n) -> alsoTyped.put(t.name(), n));
        return new KbEntity(EntityResolver.idOf(canonicalKey), type.name(), name,
                spellings, articles, all.mentions,
                all.firstDay == Long.MAX_VALUE ? null : Dates.isoDay(all.firstDay),
                all.lastDay == Long.MIN_VALUE ? null : Dates.isoDay(all.lastDay), alsoTyped);
    }

    private static String mostUsed(Map<String, Long> names) {
        return names.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static final class AliasStats {
        final Map<String, Long> names = new HashMap<>();
        /** The other spellings of the mentions ({@link Fields#MENTION_SPELLING}), by articles writing them. */
        final Map<String, Long> spellings = new HashMap<>();
        /** The genders articles gave the key's person: a surname "Mr" and "Ms" precede is two people. */
        final Set<String> genders = new HashSet<>();
        /** Whether an article described the key's place as a settlement ({@link SettlementCues}). */
        boolean settlement;
        long mentions;
        /** Mention documents: the articles naming the key, a group of copies once. */
        long articles;
        long firstDay = Long.MAX_VALUE;
        long lastDay = Long.MIN_VALUE;

        void seen(long day) {
            firstDay = Math.min(firstDay, day);
            lastDay = Math.max(lastDay, day);
        }

        AliasStats merge(AliasStats other) {
            mentions += other.mentions;
            articles += other.articles;
            firstDay = Math.min(firstDay, other.firstDay);
            lastDay = Math.max(lastDay, other.lastDay);
            other.names.forEach((k, v) -> names.merge(k, v, Long::sum));
            other.spellings.forEach((k, v) -> spellings.merge(k, v, Long::sum));
            genders.addAll(other.genders);
            settlement |= other.settlement;
            return this;
        }
    }
}
