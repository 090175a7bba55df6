package org.newsgraph.nlp;

import org.newsgraph.events.EventStage;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleKind;
import org.newsgraph.model.Article;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.quote.QuoteStage;
import org.newsgraph.nlp.time.TimeStage;
import org.newsgraph.nlp.time.TimeTagger;
import org.newsgraph.pipeline.Annotated;
import org.newsgraph.pipeline.ArticleStage;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.StagePipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The understanding stage as one call: article in, analysed article out. Texts the English models cannot serve
 * (empty, another language, no sentences) get a warning and empty annotations; very long texts are analysed up to
 * {@link #MAX_CHARS} characters. Thread-safe: the CoreNLP models are shared, stages keep no state.
 */
public final class Analyzer {
    /** About 40,000 tokens: longer texts are transcripts or dumps, and would hold one thread for a minute. */
    public static final int MAX_CHARS = 200_000;
    /** Ten times a long news sentence (about 60 words): no sentence of prose runs this long. */
    static final int RUN_ON_CHARS = 3_000;

    private final StagePipeline pipeline;
    private final int maxChars;

    /** @param dependencies also parse dependencies and code events; about three times the cost of the rest */
    public Analyzer(boolean dependencies) {
        this(dependencies, MAX_CHARS);
    }

    /** @param maxChars how much of a long text is analysed */
    public Analyzer(boolean dependencies, int maxChars) {
        this.maxChars = maxChars;
        CoreNlpModels.loadInBackground(dependencies);
        List<ArticleStage> stages = new ArrayList<>(List.of(new CoreNlpAnnotator()));
        if (dependencies) stages.add(new DependencyStage());
        stages.add(new EntityStage());
        stages.add(new QuoteStage());
        stages.add(new TimeStage(TimeTagger.shared()));
        // Event coding reads subjects and objects off the dependency parse, so it comes with it.
        if (dependencies) stages.add(new EventStage());
        this.pipeline = new StagePipeline(stages);
    }

    public AnalyzedArticle analyze(Article article) {
        return new AnalyzedArticle(article, annotate(article).analysis());
    }

    /** The full annotation, tokens and dependencies included, for stages that build on it (event coding). */
    public Annotated annotate(Article article) {
        String text = article.text() == null ? "" : article.text();
        if (text.isBlank()) return skipped(article, "analysis: empty text, nothing to analyse");
        String language = LanguageCheck.language(article.language(), text);
        if (language != null && !language.equals("en")) {
            return skipped(article, Analysis.notEnglishWarning(language));
        }
        List<String> warnings = new ArrayList<>();
        if (language == null) warnings.add("analysis: language could not be detected; analysed as English");
        String analysed = text;
        if (text.length() > maxChars) {
            analysed = text.substring(0, cutPoint(text, maxChars));
            warnings.add(Analysis.cappedWarning(text.length(), analysed.length(), maxChars));
        }
        Annotated start = new Annotated(article, NlpDocument.empty(analysed), withWarnings(Analysis.EMPTY, warnings));
        try {
            Annotated out = pipeline.apply(start);
            if (out.nlp().sentences().isEmpty()) {
                return out.withAnalysis(withWarnings(out.analysis(), List.of("analysis: no sentences found")));
            }
            String runOn = runOnWarning(out.analysis().sentences());
            out = runOn == null ? out : out.withAnalysis(withWarnings(out.analysis(), List.of(runOn)));
            return article.kind() == ArticleKind.SNIPPET ? out.withAnalysis(withoutStatements(out.analysis())) : out;
        } catch (RuntimeException e) {
            return skipped(article, Analysis.FAILED + describe(article) + ": " + e);
        }
    }

    /**
     * Text without sentence ends (a scraped line of keywords, a caption dump, a transcript without stops) comes out
     * of the splitter as one "sentence" of thousands of characters, in which cue verbs and names far apart are read
     * as one clause: the annotations are there but not to be trusted, and the warning says so and where.
     */
    static String runOnWarning(List<Span> sentences) {
        int n = 0, first = -1;
        for (Span s : sentences) {
            if (s.end() - s.start() <= RUN_ON_CHARS) continue;
            if (n++ == 0) first = s.start();
        }
        return n == 0 ? null : "analysis: " + n + (n == 1 ? " sentence" : " sentences") + " of over " + RUN_ON_CHARS
                + " characters without a sentence end (the first at offset " + first + "); quotes and names read"
                + " there may be wrong";
    }

    /** The last paragraph or sentence break before the cap, so no sentence is cut in half. */
    private static int cutPoint(String text, int cap) {
        int p = text.lastIndexOf("\n", cap);
        if (p < cap / 2) p = text.lastIndexOf(". ", cap) + 1;
        return p < cap / 2 ? cap : p;
    }

    private static Annotated skipped(Article article, String warning) {
        return Annotated.start(article).withAnalysis(withWarnings(Analysis.EMPTY, List.of(warning)));
    }

    /**
     * A snippet (a teaser cut short, of an article stored or published in full elsewhere) keeps its names and times
     * but is no source of quotes or events: its last sentence breaks off ("... improved its pay offer..."), so a quote
     * or event read there is missing its end, and the full article says it whole.
     */
    static Analysis withoutStatements(Analysis a) {
        if (a.quotes().isEmpty() && a.events().isEmpty()) return a;
        List<String> w = new ArrayList<>(a.analysisWarnings());
        w.add("analysis: a teaser cut short, no source of quotes or events (the full article is): left out "
                + a.quotes().size() + " quote(s), " + a.events().size() + " event(s)");
        return new Analysis(a.sentences(), a.entities(), List.of(), a.times(), List.of(), a.publishedEstimate(), w);
    }

    private static Analysis withWarnings(Analysis a, List<String> more) {
        List<String> w = new ArrayList<>(a.analysisWarnings());
        w.addAll(more);
        return new Analysis(a.sentences(), a.entities(), a.quotes(), a.times(), a.events(), a.publishedEstimate(), w);
    }

    private static String describe(Article a) {
        return a.url() != null ? a.url() : a.id();
    }
}
