package org.newsgraph.story;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Single-pass story clustering in arrival (publication) order: each article joins the most similar active story or
 * opens a new one, and the past is never reclustered.
 *
 * <p>Similarity is {@code (1 - w) * cos(terms) + w * cos(entities)} with {@code w =}
 * {@link StoryParams#entityWeight()} when both the article and the story have entities, else the term cosine alone.
 * Both cosines compare the article's sublinear tf-idf vector with the story's centroid (the mean of its articles'
 * normalised vectors), idf taken from the stream so far, primed with background articles ({@link #primeIdf}; for terms,
 * the shipped corpus: {@link #withBackground}). The
 * score is then halved for every {@link StoryParams#halfLifeDays()} between the article's date and the story's dated
 * span, and a story silent for more than {@link StoryParams#coldAfterDays()} is not considered. Where the article or
 * the story is undated, no dates measure how far apart they are, and leads stating numbers none of which they share
 * ({@link LeadNumbers}) take {@link StoryParams#numbersDisagree()} of the score. An undated article is placed at the
 * day the stream has reached ({@link #placementDay}, {@link StreamFront}). An article that opens a story may continue
 * an earlier one ({@link #continued}): the links make story lines across weeks and months, the stories stay short.
 * Candidate stories are those sharing one of the article's {@link StoryParams#queryTerms()} highest-weighted terms or
 * entities, found through postings, so the cost per article does not grow with the number of stories.
 *
 * <p>An article can be taken out again ({@link #remove}): its vectors leave its story and the document frequencies,
 * so what follows is placed as it would have been without it (stories' cached norms aside, which follow idf drift in
 * steps of a tenth of the collection either way).
 *
 * <p>Methods are synchronised; one clusterer serves one stream.
 */
public final class StoryClusterer implements Serializable {

    // 6: undated articles placed at the stream's front, terms without the stop words of the article's language; 7:
    // story lines reach back four months, not a year, and the stories keep their members' lead numbers; 8: undated
    // articles are placed at a front a single far-future date does not move; 9: names count twice in the term
    // vectors; 10: a story sharing names alone with an article loses a share of its similarity. A state built before
    // is rebuilt, so its links and stories follow the rules
    private static final long serialVersionUID = 10L;

    /** Where an article went. */
    public record Assignment(String storyId, boolean opened, double similarity) {
    }

    private static final int LABEL_ENTITIES = 3;
    private static final int LABEL_TERMS = 5;
    /** Full similarity is computed for at most this many pre-ranked candidate stories per article. */
    private static final int SCORED_CANDIDATES = 24;
    /**
     * How far back from an article's placement day a story may be continued by it ({@link #continued}): about four
     * months. A case's stages (custody, indictment, trial, verdict), a campaign's primaries or a crisis's rescue
     * plans come days to three months after the last one, and each stage continues the one before, so a line can
     * span a year through its links. What comes four months to a year after an organisation's last story is mostly
     * the next of its kind in the same words (a company's next product, a utility's next incident). On the demo's 55
     * links at a year's reach the right ones lay 3-123 days back but for four, the wrong ones mostly 122-365 days
     * back: at 120 days 10 of the 14 wrong links go and 4 of the 41 right ones (docs/stories.md, nineteenth session).
     */
    private static final int LINE_HORIZON_DAYS = 120;
    /** Postings are partitioned after at least this many arrivals, and at least an eighth of the live stories. */
    private static final int MIN_ARRIVALS_BETWEEN_PARTITIONS = 256;

    private final StoryParams params;
    private final Vocabulary termVocabulary = new Vocabulary();
    private final Vocabulary entityVocabulary = new Vocabulary();
    private final Map<Integer, String> entityNames = new HashMap<>();
    private final Postings termPostings = new Postings();
    private final Postings entityPostings = new Postings();
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<String, StoryState> byArticle = new HashMap<>();
    private final Map<String, StoryState> byId = new HashMap<>();
    private int[] stamps = new int[64];
    private double[] preScores = new double[64];
    private final List<Integer> candidateBuffer = new ArrayList<>();
    private int stamp;
    private int[] termBuffer = new int[256];
    private int[] nameBuffer = new int[64];
    /** The term ids the article being placed writes as names, sorted: scratch of {@link #termVector}. */
    private int[] articleNames = new int[0];
    // Stories gone cold for every article dated on or after archiveDay are left out of the postings' live lists (see
    // archived), so a stream in publication order reads only those and its cost follows the live stories, not every
    // story ever opened. archiveStale: a story archived at the last partition has been revived since.
    private final boolean archiveColdStories;
    private Integer archiveDay;
    private boolean archiveStale;
    private final StreamFront front;
    private int arrivalsSincePartition;
    private int liveStoryCount;

    public StoryClusterer(StoryParams params) {
        this(params, true);
    }

    /**
     * A clusterer whose term idf counts {@link BackgroundTerms#shipped()} beside the stream's own articles, so that how
     * much a word weighs does not hang on how focused the knowledge base is: what ingest and every reader use.
     */
    public static StoryClusterer withBackground(StoryParams params) {
        StoryClusterer clusterer = new StoryClusterer(params);
        clusterer.primeIdf(BackgroundTerms.shipped());
        return clusterer;
    }

    /** {@code archiveColdStories} false keeps every posting live: the reference the archive must agree with. */
    StoryClusterer(StoryParams params, boolean archiveColdStories) {
        this.params = params;
        this.archiveColdStories = archiveColdStories;
        this.front = new StreamFront(params.coldAfterDays());
    }

    /** Places an article; adding an id again returns its existing story and changes nothing. */
    public synchronized Assignment add(StoryInput input) {
        StoryState known = byArticle.get(input.id());
        if (known != null) return new Assignment(known.id, false, 1);
        DocVector terms = termVector(input);
        DocVector entities = entityVector(input);
        termVocabulary.addDocument(terms.ids());
        entityVocabulary.addDocument(entities.ids());
        Weighted weightedTerms = Weighted.of(terms, termVocabulary);
        Weighted weightedEntities = Weighted.of(entities, entityVocabulary);

        Integer day = placementDay(input);
        Set<String> leadNumbers = LeadNumbers.of(input.text());
        StoryState best = null;
        double bestScore = 0;
        for (StoryState s : candidates(weightedTerms, weightedEntities, day)) {
            int gap = s.gapDays(day);
            double score = similarity(s, weightedTerms, weightedEntities) * Math.pow(0.5, gap / params.halfLifeDays());
            // an undated article's placement day is assumed, not measured, so its own date decides
            if ((input.publishedDay() == null || s.lastDay == null) && s.numbersDisagree(leadNumbers)) {
                score *= 1 - params.numbersDisagree();
            }
            // only a score that would win is worth the look at what else the two share
            if (input.publishedDay() != null && s.lastDay != null && score > bestScore
                    && score >= params.threshold() && sharesNamesAlone(s, weightedTerms)) {
                score *= 1 - params.namesAlone();
            }
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        boolean opened = best == null || bestScore < params.threshold();
        if (opened) {
            StoryState continued = continued(weightedTerms, weightedEntities, day);
            best = new StoryState(stories.size(), newStoryId(input.id()), continued == null ? null : continued.id);
            stories.add(best);
            byId.put(best.id, best);
        }
        boolean wasArchived = archived(best);
        best.add(input, terms, entities, leadNumbers, termPostings, entityPostings, termVocabulary,
                entityVocabulary);
        if (wasArchived && !archived(best)) archiveStale = true;
        byArticle.put(input.id(), best);
        Integer published = input.publishedDay();
        if (published != null) front.arrived(published);
        if (++arrivalsSincePartition >= Math.max(MIN_ARRIVALS_BETWEEN_PARTITIONS, liveStoryCount / 8)) partition();
        return new Assignment(best.id, opened, opened ? 0 : bestScore);
    }

    /**
     * The day an article is placed at: its publication day, or for an undated one the day the stream has reached
     * ({@link StreamFront}: the latest publication day seen, unless a single date lies far ahead of all the recent
     * ones). No date is no evidence that an article is close in time to any story, so an undated article is taken to
     * arrive at the stream's front, where it is read: it may join the stories live there, under their decay and
     * horizon, and never an old story merely because nothing measures its distance. It adds no date to the story it
     * joins. A stream without any date (ECB+) places everything as before, without decay.
     */
    private Integer placementDay(StoryInput input) {
        return input.publishedDay() != null ? input.publishedDay() : front.day();
    }

    /**
     * Gives an article already placed the timeline items of a new analysis of the same text (a reindex that codes
     * events, or a newer quote or time stage), keeping its place: the same id is the same address and text, so the
     * same terms. Returns true when the items changed; false when they did not or the article is not placed.
     */
    public synchronized boolean reanalysed(StoryInput input) {
        StoryState s = byArticle.get(input.id());
        return s != null && s.replaceItems(input.id(), input.items());
    }

    /**
     * Takes an article out as if it had never been added: its terms and entities leave its story's centroids and the
     * document frequencies, so later articles are placed as they would be without it. The rest of the past stays as
     * it was placed. Returns false when the article is not in any story.
     */
    public synchronized boolean remove(String articleId) {
        StoryState s = byArticle.remove(articleId);
        if (s == null) return false;
        boolean wasArchived = archived(s);
        StoryState.Member m = s.remove(articleId);
        // an emptied story is never a candidate again, archived or not
        if (wasArchived && !archived(s) && !s.isEmpty()) archiveStale = true;
        termVocabulary.removeDocument(m.terms().ids());
        entityVocabulary.removeDocument(m.entities().ids());
        return true;
    }

    /**
     * Counts a background article into the document frequencies without clustering it, so idf is sensible from the
     * first article of a stream (for instance from an earlier period's articles).
     */
    public synchronized void primeIdf(StoryInput background) {
        termVocabulary.addDocument(termVector(background).ids());
        entityVocabulary.addDocument(entityVector(background).ids());
    }

    /** Counts a background corpus's document frequencies into the term idf without clustering anything. */
    public synchronized void primeIdf(BackgroundTerms background) {
        termVocabulary.addCorpus(background.documents(), background.frequencies());
    }

    /** Every story that holds an article, in the order it was opened. */
    public synchronized List<Story> stories() {
        List<Story> out = new ArrayList<>(stories.size());
        for (StoryState s : stories) if (!s.isEmpty()) out.add(snapshot(s));
        return out;
    }

    /** The story of the given id, or null when there is none or all its articles were removed. */
    public synchronized Story story(String storyId) {
        StoryState s = byId.get(storyId);
        return s == null || s.isEmpty() ? null : snapshot(s);
    }

    /** The story holding the article, or null when the article was never added. */
    public synchronized Story storyOf(String articleId) {
        StoryState s = byArticle.get(articleId);
        return s == null ? null : snapshot(s);
    }

    /** The id of the story holding the article, or null when the article was never added: no snapshot built. */
    public synchronized String storyIdOf(String articleId) {
        StoryState s = byArticle.get(articleId);
        return s == null ? null : s.id;
    }

    /** Stories holding an article. */
    public synchronized int size() {
        int n = 0;
        for (StoryState s : stories) if (!s.isEmpty()) n++;
        return n;
    }

    /** {@code story-} and the opening article's id; an article removed and added again opens a story of a new id. */
    private String newStoryId(String articleId) {
        String id = "story-" + articleId;
        for (int n = 2; byId.containsKey(id); n++) id = "story-" + articleId + "~" + n;
        return id;
    }

    /**
     * Whether the article and the story share names but hardly any of the article's other words (less than
     * {@link StoryParams#SHARED_WORDS_IDF} of summed idf), while the article names someone or something the story
     * never does. An official or a town named in every kind of local story then carries the whole similarity to a
     * report of another event, which brings its own people and places (the man sentenced, the school, the shop);
     * a follow-up in new words (traders' takings after a bridge closed) names only the story's own places and
     * people, and the reports of one event share what happened ({@link StoryParams#namesAlone()}). Asked only where
     * the article and the story are dated (see there).
     */
    private boolean sharesNamesAlone(StoryState s, Weighted terms) {
        if (params.namesAlone() == 0) return false;
        if (!s.terms.lacksAnyOf(articleNames)) return false;
        return s.terms.sharedIdf(terms, articleNames, StoryParams.SHARED_WORDS_IDF) < StoryParams.SHARED_WORDS_IDF;
    }

    private double similarity(StoryState s, Weighted terms, Weighted entities) {
        double text = s.terms.cosine(terms, termVocabulary);
        if (entities.isEmpty() || s.entities.isEmpty()) return text;
        double w = params.entityWeight();
        return (1 - w) * text + w * s.entities.cosine(entities, entityVocabulary);
    }

    /**
     * Stories sharing one of the article's top terms or entities, pre-ranked by the summed idf-weighted mass of the
     * shared query ids and cut to {@link #SCORED_CANDIDATES}, so the full cosine runs on a bounded number of stories.
     */
    private List<StoryState> candidates(Weighted terms, Weighted entities, Integer day) {
        if (preScores.length < stories.size()) {
            preScores = Arrays.copyOf(preScores, stories.size() * 2);
            stamps = Arrays.copyOf(stamps, stories.size() * 2);
        }
        int current = ++stamp;
        candidateBuffer.clear();
        // an archived story is cold for this article, so it would be stamped and never listed: skip it
        boolean liveOnly = archiveDay != null && !archiveStale && day != null && day >= archiveDay;
        int horizon = params.coldAfterDays();
        collect(terms, termPostings, params.queryTerms(), current, 1 - params.entityWeight(), day, horizon, liveOnly);
        collect(entities, entityPostings, params.queryTerms(), current, params.entityWeight(), day, horizon, liveOnly);
        keepBestPreScored();
        List<StoryState> out = new ArrayList<>(candidateBuffer.size());
        for (int story : candidateBuffer) out.add(stories.get(story));
        return out;
    }

    /**
     * The earlier story an article that opens a story continues, or null: of the stories within
     * {@link #LINE_HORIZON_DAYS} that hold one of its {@link #LABEL_ENTITIES} key entities, the most similar before
     * time decay, when that similarity and the entity cosine alone both reach the joining threshold. Such an article
     * is about the same people and organisations in the same words as a story it would have joined had it not come
     * weeks or months later, so it opens a story of its own and links it to that one: stories stay one development
     * each, and the links make a story line across a case's stages. The entity bar keeps out the next event of the
     * same kind (a second hurricane, another candidate ending a bid), which shares the words but not the people.
     * Searched through the whole entity postings (cold stories included), and only for articles that open a story.
     */
    private StoryState continued(Weighted terms, Weighted entities, Integer day) {
        if (entities.isEmpty()) return null;
        candidateBuffer.clear();
        collect(entities, entityPostings, LABEL_ENTITIES, ++stamp, 1, day, LINE_HORIZON_DAYS, false);
        keepBestPreScored();
        StoryState best = null;
        double bestScore = params.threshold();
        for (int story : candidateBuffer) {
            StoryState s = stories.get(story);
            if (s.entities.cosine(entities, entityVocabulary) < params.threshold()) continue;
            double score = similarity(s, terms, entities);
            if (score >= bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    /** Cuts the candidates to the {@link #SCORED_CANDIDATES} of highest pre-score. */
    private void keepBestPreScored() {
        if (candidateBuffer.size() > SCORED_CANDIDATES) {
            candidateBuffer.sort((a, b) -> Double.compare(preScores[b], preScores[a]));
            candidateBuffer.subList(SCORED_CANDIDATES, candidateBuffer.size()).clear();
        }
    }

    /**
     * Adds the stories posted under the article's {@code queryIds} top ids to the candidates. Stories more than
     * {@code horizonDays} from the article's day (and emptied ones) are stamped but never listed, so however many old
     * stories share its words, they cannot crowd a live story out of the {@link #SCORED_CANDIDATES}.
     */
    private void collect(Weighted doc, Postings postings, int queryIds, int current, double weight, Integer day,
                         int horizonDays, boolean liveOnly) {
        double[] scores = doc.weighted();
        int[] top = TopK.indices(scores, queryIds, doc.ids());
        double[] topScores = TopK.values(scores, queryIds);
        for (int q = 0; q < top.length; q++) {
            int[] list = liveOnly ? postings.liveStories(top[q]) : postings.stories(top[q]);
            double mass = weight * topScores[q];
            for (int i = 0, n = liveOnly ? postings.liveSize(top[q]) : postings.size(top[q]); i < n; i++) {
                int story = list[i];
                if (stamps[story] != current) {
                    stamps[story] = current;
                    preScores[story] = 0;
                    StoryState s = stories.get(story);
                    if (!s.isEmpty() && s.gapDays(day) <= horizonDays) candidateBuffer.add(story);
                }
                preScores[story] += mass;
            }
        }
    }

    /**
     * Whether the story is cold for every article dated on or after {@link #archiveDay}: its dated span ends more than
     * {@code coldAfterDays} before that day. A story without dates is never archived (it is never cold).
     */
    private boolean archived(StoryState s) {
        // long: a horizon of Integer.MAX_VALUE days means never cold, not an overflow
        return archiveDay != null && s.lastDay != null && (long) s.lastDay + params.coldAfterDays() < archiveDay;
    }

    /**
     * Leaves the stories cold for the day the stream has reached ({@link StreamFront}) out of the postings' live
     * lists. Run every so many arrivals (at least an eighth of the live stories, so filtering the live lists costs a
     * constant per arrival); until the next one, a story revived meanwhile (a late article moved its span within
     * reach, or a removal left it undated) makes every article read the whole lists, and the next one builds the live
     * lists again from those.
     */
    private void partition() {
        arrivalsSincePartition = 0;
        // the stream's front, not the latest day seen: one page dated years ahead would leave every story cold
        Integer day = front.day();
        if (!archiveColdStories || day == null) return;
        boolean rebuild = archiveStale;
        archiveDay = day;
        archiveStale = false;
        termPostings.partition(story -> archived(stories.get(story)), rebuild);
        entityPostings.partition(story -> archived(stories.get(story)), rebuild);
        liveStoryCount = 0;
        for (StoryState s : stories) if (!archived(s)) liveStoryCount++;
    }

    /** Term postings left out of the live lists, for tests. */
    synchronized long archivedTermPostings() {
        return termPostings.archivedSize();
    }

    private DocVector termVector(StoryInput input) {
        int[] n = {0};
        String outlet = Terms.oneWordName(input.publisher());
        Predicate<String> stopWords = input.stopWords();
        Predicate<String> dropped = term -> term.equals(outlet) || stopWords.test(term);
        Terms.Sink sink = term -> {
            if (dropped.test(term)) return;
            if (n[0] == termBuffer.length) termBuffer = Arrays.copyOf(termBuffer, n[0] * 2);
            termBuffer[n[0]++] = termVocabulary.id(term);
        };
        if (input.title() != null) Terms.split(input.title(), sink);
        // not the title's names: a headline capitalises every word
        int extra = params.nameCount() - 1;
        int[] names = {0};
        Terms.split(input.text(), sink, term -> {
            for (int c = 0; c < extra; c++) sink.term(term);
            if (dropped.test(term)) return;
            if (names[0] == nameBuffer.length) nameBuffer = Arrays.copyOf(nameBuffer, names[0] * 2);
            nameBuffer[names[0]++] = termVocabulary.id(term);
        });
        articleNames = Arrays.stream(nameBuffer, 0, names[0]).sorted().distinct().toArray();
        return DocVector.ofCounts(termBuffer, null, n[0]);
    }

    private DocVector entityVector(StoryInput input) {
        int n = input.entities().size();
        int[] ids = new int[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            EntityRef e = input.entities().get(i);
            ids[i] = entityVocabulary.id(e.key());
            counts[i] = e.mentions();
            entityNames.putIfAbsent(ids[i], e.name());
        }
        return DocVector.ofCounts(ids, counts, n);
    }

    private Story snapshot(StoryState s) {
        List<String> keyEntities = new ArrayList<>();
        for (int id : s.entities.top(entityVocabulary, LABEL_ENTITIES)) keyEntities.add(entityNames.get(id));
        List<String> keyTerms = new ArrayList<>();
        for (int id : s.terms.top(termVocabulary, LABEL_TERMS)) keyTerms.add(termVocabulary.term(id));
        String label = String.join(", ", keyEntities) + (keyEntities.isEmpty() ? "" : ": ")
                + String.join(", ", keyTerms);
        return new Story(s.id, label, keyEntities, keyTerms, iso(s.firstDay), iso(s.lastDay),
                new ArrayList<>(s.members.keySet()), s.sources.size(), timeline(s), s.follows);
    }

    private static List<TimelineDay> timeline(StoryState s) {
        TreeMap<Integer, List<TimelineItem>> itemsByDay = new TreeMap<>();
        for (TimelineItem item : s.items) itemsByDay.computeIfAbsent(item.day(), d -> new ArrayList<>()).add(item);
        TreeMap<Integer, TimelineDay> days = new TreeMap<>();
        s.articlesPerDay.forEach((day, count) -> days.put(day, new TimelineDay(iso(day), count,
                itemsByDay.getOrDefault(day, List.of()))));
        itemsByDay.forEach((day, items) -> days.putIfAbsent(day, new TimelineDay(iso(day), 0, items)));
        return new ArrayList<>(days.values());
    }

    private static String iso(Integer epochDay) {
        return epochDay == null ? null : LocalDate.ofEpochDay(epochDay).toString();
    }
}
