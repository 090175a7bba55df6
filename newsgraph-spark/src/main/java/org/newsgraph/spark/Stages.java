package org.newsgraph.spark;

import java.util.List;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.PageExtractor;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.RawPage;
import org.newsgraph.nlp.Analyzer;

/**
 * The extraction and analysis stages of an executor JVM. CoreNLP's models take seconds and gigabytes to load, so
 * every task of the JVM shares one analyser (it is thread-safe; the CLI runs it on every core the same way).
 */
final class Stages {

    private static final Object LOCK = new Object();
    private static Stages plain;
    private static Stages withEvents;

    private final Extractor extractor = PageExtractor.standard();
    private final Analyzer analyzer;

    private Stages(boolean events) {
        analyzer = new Analyzer(events);
    }

    static Stages of(boolean events) {
        synchronized (LOCK) {
            if (events) {
                if (withEvents == null) withEvents = new Stages(true);
                return withEvents;
            }
            if (plain == null) plain = new Stages(false);
            return plain;
        }
    }

    List<AnalyzedArticle> process(RawPage page) {
        return extractor.extract(page).stream().map(analyzer::analyze).toList();
    }
}
