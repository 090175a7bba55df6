package org.newsgraph.index.internal;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Text analysis: English stemming and stop words for prose (the demo and most inputs are English news); names
 * (authors, speakers) are only tokenised and lower-cased, since stemming a name loses it. Both fold accents (see
 * {@link #VERSION}).
 */
// ContentClasses relies on every article's title and text being analysed alike, whatever its language: articles of
// equal title and text then score alike for any query. Analysing by language would have to join the class key.
public final class Analyzers {
    /**
     * What the index's text fields were analysed with, marked on every article indexed so (see {@link
     * Fields#ANALYZED_WITH}); a base holding articles without it answers unfolded words from them only. Version 2
     * (session 27): accents folded. Readers type "Erdogan" and "Fernandez" for names the news spells "Erdoğan" and
     * "Fernández", and entity filters already folded them. Each accented word is indexed twice, as written and
     * folded, at one position, and the query is analysed alike: "Fernández" then matches both spellings, a text
     * spelling it exactly counting the word twice, so exact matches rank first.
     */
    public static final String VERSION = "2";

    private Analyzers() {
    }

    public static Analyzer create() {
        Analyzer names = new Folding(false);
        return new PerFieldAnalyzerWrapper(new Folding(true),
                Map.of(Fields.AUTHOR, names, Fields.SPEAKER_NAME, names));
    }

    /** Lucene's English or standard analysis with accents folded after lower-casing, the written form kept too. */
    private static final class Folding extends Analyzer {
        private final boolean english;

        Folding(boolean english) {
            this.english = english;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = english ? new EnglishPossessiveFilter(source) : source;
            result = new LowerCaseFilter(result);
            if (english) result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new ASCIIFoldingFilter(result, true);
            if (english) result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        /** Wildcard, prefix and fuzzy terms are not analysed, only normalised: folded alone, as no term is doubled. */
        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in), false);
        }
    }
}
