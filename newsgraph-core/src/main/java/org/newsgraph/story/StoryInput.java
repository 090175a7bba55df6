package org.newsgraph.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.dedup.DedupDocument;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventModality;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;

/**
 * What story clustering needs from an article, neutral about where it came from, so plain-text data sets can be
 * clustered the same way as analysed articles.
 *
 * @param id           the article's id
 * @param publishedDay publication date as days since 1970-01-01, or null when unknown (no time decay applies)
 * @param publisher    the outlet, or null
 * @param title        the headline, or null
 * @param text         the body text
 * @param entities     the article's entities, each once
 * @param items        quotes and events to place on the story's timeline
 * @param stopWords    the function words of the article's language left out of its terms besides English's
 */
public record StoryInput(String id, Integer publishedDay, String publisher, String title, String text,
                         List<EntityRef> entities, List<TimelineItem> items, Predicate<String> stopWords) {

    public StoryInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(stopWords, "stopWords");
        entities = List.copyOf(entities);
        items = List.copyOf(items);
    }

    /** An English article, or one whose language has no function words known beyond English's. */
    public StoryInput(String id, Integer publishedDay, String publisher, String title, String text,
                      List<EntityRef> entities, List<TimelineItem> items) {
        this(id, publishedDay, publisher, title, text, entities, items, StopWords.NONE);
    }

    /**
     * From an analysed article. Entities are keyed by their name (ids are only article-local until the knowledge
     * base resolves them). A quote is placed on the day named by a date expression in its own sentence outside its
     * quoted words ("said on Tuesday"), else on the publication day; an event on its own date. Items without a day are left out. The
     * function words of the article's language, as {@code languages} knows them, are no terms.
     */
    public static StoryInput of(AnalyzedArticle analyzed, StopWords languages) {
        var article = analyzed.article();
        var analysis = analyzed.analysis();
        Integer published = DedupDocument.epochDay(article.published());
        if (published == null && analysis.publishedEstimate() != null) {
            published = DedupDocument.epochDay(analysis.publishedEstimate().earliest());
        }
        List<EntityRef> entities = entities(analysis.entities(), article.publisher());
        List<TimelineItem> items = new ArrayList<>();
        for (Quote q : analysis.quotes()) {
            Integer day = daySaid(q.start(), q.end(), published, analysis.sentences(), analysis.times(),
                    analysis.quotes());
            if (day == null) day = published;
            if (day != null) items.add(new TimelineItem(TimelineItem.Kind.QUOTE, day, q.text(), q.speakerName(),
                    article.id()));
        }
        items.addAll(eventItems(analysis.events(), article.text(), article.id()));
        return new StoryInput(article.id(), published, article.publisher(), article.title(), article.text(),
                entities, items, languages.of(article.language()));
    }

    /**
     * One item per sentence and day for the events its sentence reports, naming their types and doers: a sentence
     * that codes three events ("X invited Y to visit Z") is one line of the timeline, not three alike.
     */
    private static List<TimelineItem> eventItems(List<Event> events, String text, String articleId) {
        Map<String, List<Event>> bySentence = new LinkedHashMap<>();
        for (Event ev : events) {
            Integer day = DedupDocument.epochDay(ev.date());
            if (day == null || ev.negated()) continue;
            String sentence = ev.sentence() == null || ev.sentence().end() > text.length()
                    ? ev.type() : ev.sentence().of(text);
            bySentence.computeIfAbsent(day + "\u0000" + sentence, k -> new ArrayList<>()).add(ev);
        }
        List<TimelineItem> items = new ArrayList<>(bySentence.size());
        for (Map.Entry<String, List<Event>> e : bySentence.entrySet()) {
            String key = e.getKey();
            int cut = key.indexOf('\u0000');
            Set<String> what = new LinkedHashSet<>();
            Set<String> who = new LinkedHashSet<>();
            for (Event ev : e.getValue()) {
                what.add(ev.modality() == EventModality.ASSERTED ? ev.type()
                        : ev.type() + " (" + ev.modality().name().toLowerCase(Locale.ROOT) + ")");
                if (ev.source() != null && ev.source().text() != null) who.add(ev.source().text());
            }
            items.add(new TimelineItem(TimelineItem.Kind.EVENT, Integer.parseInt(key.substring(0, cut)),
                    key.substring(cut + 1), who.isEmpty() ? null : String.join(", ", who), articleId,
                    String.join("; ", what)));
        }
        return items;
    }

    /** The NLP stage's entities as clustering keys them: by name, as ids are only article-local. */
    public static List<EntityRef> entities(List<Entity> analysed) {
        return entities(analysed, null);
    }

    /**
     * As {@link #entities(List)}, leaving out the outlet itself: "told Wikinews", "the Guardian understands" say who
     * reports, not what about, and would join an outlet's unrelated interviews into one story.
     */
    static List<EntityRef> entities(List<Entity> analysed, String publisher) {
        List<EntityRef> out = new ArrayList<>(analysed.size());
        for (Entity e : analysed) {
            if (publisher != null && sameOutlet(e.name(), publisher)) continue;
            out.add(EntityRef.byName(e.name(), e.type() == null ? null : e.type().name(),
                    Math.max(1, e.mentions().size())));
        }
        return out;
    }

    private static boolean sameOutlet(String name, String publisher) {
        return withoutArticle(name).equalsIgnoreCase(withoutArticle(publisher));
    }

    private static String withoutArticle(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
    }

    /**
     * The day of the first full-date time expression in the sentence around the quote [start, end) that is outside
     * every quote's words and not after publication, or null.
     */
    private static Integer daySaid(int start, int end, Integer published, List<Span> sentences,
                                   List<TimeExpression> times, List<Quote> quotes) {
        int from = start, to = end;
        for (Span s : sentences) {
            if (s.start() <= start && start < s.end()) from = s.start();
            if (s.start() < end && end <= s.end()) to = s.end();
        }
        for (TimeExpression t : times) {
            // a date inside quoted words, this quote's or another's of the sentence, is what is spoken of ("said
            // Britain would leave on October 31", "said the strike, which began on November 19, ..., and he said
            // ..."), and one after publication cannot be when it was said ("will be buried on Tuesday")
            boolean inQuote = false;
            for (Quote other : quotes) inQuote |= t.start() < other.end() && other.start() < t.end();
            if (t.start() >= from && t.end() <= to && !inQuote && "DATE".equals(t.type()) && t.value() != null
                    && t.value().length() == 10) {
                Integer day = DedupDocument.epochDay(t.value());
                if (day != null && (published == null || day <= published)) return day;
            }
        }
        return null;
    }
}
