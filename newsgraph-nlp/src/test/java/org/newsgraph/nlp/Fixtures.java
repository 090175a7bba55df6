package org.newsgraph.nlp;

import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;

/** One shared analyzer for every test class: CoreNLP loads once per JVM. */
public final class Fixtures {
    public static final Analyzer ANALYZER = new Analyzer(false);

    private Fixtures() {
    }

    public static AnalyzedArticle analyze(String text, String published) {
        return ANALYZER.analyze(Article.builder().text(text).published(published).language("en").build());
    }
}
