package org.newsgraph.nlp.time;

import org.newsgraph.model.Analysis;
import org.newsgraph.model.PublishedEstimate;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.Annotated;
import org.newsgraph.pipeline.ArticleStage;
import org.newsgraph.pipeline.Layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Time expressions resolved against the publication date; when the article has none, against an estimate from its
 * own dated references (then {@code published_estimate} says how it was reached), which a photo caption's date may
 * bound from below ({@link CaptionDates}) and the crawler's capture time from above ({@link CaptureDates}).
 */
public final class TimeStage implements ArticleStage {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final TimeTagger tagger;

    public TimeStage(TimeTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public Set<String> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS);
    }

    @Override
    public Set<String> provides() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public Annotated apply(Annotated in) {
        String published = in.article().published();
        String date = published != null && published.length() >= 10
                && ISO_DATE.matcher(published.substring(0, 10)).matches() ? published.substring(0, 10) : null;
        Analysis a = in.analysis();
        List<String> warnings = new ArrayList<>(a.analysisWarnings());
        PublishedEstimate estimate = a.publishedEstimate();
        List<TimeExpression> times;
        String captured = in.article().source() == null ? null : in.article().source().captured();
        if (date != null) {
            times = tagger.tag(in.nlp(), date);
            if (CaptureDates.publishedAfterCapture(date, captured)) {
                warnings.add("times: the page gives " + date + " as its publication day but was captured on "
                        + captured.substring(0, 10) + "; its date may be wrong");
            }
        } else {
            TimeTagger.Undated undated = tagger.tagUndated(in.nlp());
            times = undated.times();
            PublishedEstimate fromCaption = CaptionDates.bound(in.article().captions(), undated.estimate());
            if (CaptureDates.contradicts(captured, fromCaption)) {
                warnings.add("times: the text reports " + fromCaption.earliest() + " but the page was captured on "
                        + captured.substring(0, 10) + "; the capture does not bound the estimate");
            }
            PublishedEstimate bounded = CaptureDates.bound(captured, fromCaption);
            if (undated.estimate() == null && !times.isEmpty()) {
                warnings.add(bounded == null ? "times: no publication date and no absolute date to estimate it from; "
                        + "relative times left unresolved" : "times: no publication date and no absolute date in the "
                        + "text; relative times left unresolved (the estimate rests on "
                        + restsOn(fromCaption != null, bounded != fromCaption) + ")");
            }
            estimate = bounded;
        }
        return in.withAnalysis(new Analysis(a.sentences(), a.entities(), a.quotes(), times, a.events(), estimate,
                warnings));
    }

    private static String restsOn(boolean caption, boolean capture) {
        if (caption && capture) return "a photo caption and the page's capture date";
        return caption ? "a photo caption" : "the page's capture date";
    }
}
