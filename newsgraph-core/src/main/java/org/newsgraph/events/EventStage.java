package org.newsgraph.events;

import java.util.Set;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Annotated;
import org.newsgraph.pipeline.ArticleStage;
import org.newsgraph.pipeline.Layer;

/**
 * The event-coding step of the understanding pipeline: codes the article's parsed sentences with its resolved
 * entities, time expressions and quotes into {@code analysis.events}. Dates fall back to the publication date (or
 * an estimate that pins one day) when no time expression dates an event.
 */
public final class EventStage implements ArticleStage {

    /** The layer this stage provides. */
    public static final String EVENTS = "events";

    private final EventCoder coder;

    public EventStage(EventCoder coder) {
        this.coder = coder;
    }

    public EventStage() {
        this(new EventCoder());
    }

    @Override
    public Set<String> requires() {
        return Set.of(Layer.SENTENCES, Layer.LEMMAS, Layer.POS, Layer.DEPENDENCIES, Layer.ENTITIES);
    }

    @Override
    public Set<String> provides() {
        return Set.of(EVENTS);
    }

    @Override
    public Annotated apply(Annotated in) {
        Article article = in.article();
        Analysis a = in.analysis();
        String published = article.published() != null ? article.published() : estimate(a);
        EventCoder.Document doc = new EventCoder.Document(article.id(), in.nlp(), a.entities(), a.times(),
                a.quotes(), published);
        return in.withAnalysis(new Analysis(a.sentences(), a.entities(), a.quotes(), a.times(), coder.code(doc),
                a.publishedEstimate(), a.analysisWarnings()));
    }

    /** An estimated publication day, when the estimate pins one day; a range dates nothing. */
    private static String estimate(Analysis a) {
        var e = a.publishedEstimate();
        if (e == null || e.earliest() == null || !e.earliest().equals(e.latest())) return null;
        return e.earliest();
    }
}
