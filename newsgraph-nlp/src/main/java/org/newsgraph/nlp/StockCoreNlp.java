package org.newsgraph.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.newsgraph.pipeline.Mention;

import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's stock {@code ner} (fine-grained types, regexner, SUTime: the default configuration) as the anchor the
 * evaluations print beside newsgraph's figures. Not used by the analysis itself: it is about six times slower.
 */
public final class StockCoreNlp {
    private static final class Holder {
        static final StanfordCoreNLP PIPELINE;

        static {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("ssplit.newlineIsSentenceBreak", "two");
            PIPELINE = new StanfordCoreNLP(p);
        }
    }

    /** Stock mentions, fine-grained place types folded into LOCATION as the gold sets expect. */
    public List<Mention> mentions(String text) {
        Annotation doc = new Annotation(text);
        Holder.PIPELINE.annotate(doc);
        return CoreNlpAnnotator.convert(text, doc).mentions();
    }
}
