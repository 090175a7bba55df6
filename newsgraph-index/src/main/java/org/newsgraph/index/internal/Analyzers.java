package org.newsgraph.index.internal;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Text analysis: English stemming and stop words for prose (the demo and most inputs are English news); names
 * (authors, speakers) are only tokenised and lower-cased, since stemming a name loses it.
 */
// ContentClasses relies on every article's title and text being analysed alike, whatever its language: articles of
// equal title and text then score alike for any query. Analysing by language would have to join the class key.
public final class Analyzers {
    private Analyzers() {
    }

    public static Analyzer create() {
        Analyzer names = new StandardAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
                Map.of(Fields.AUTHOR, names, Fields.SPEAKER_NAME, names));
    }
}
