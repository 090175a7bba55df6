package org.newsgraph.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;

import java.util.Properties;

/**
 * The CoreNLP models, each loaded once per JVM on first use (lazy holders, so a run that never needs dependencies
 * never pays for the parser). CoreNLP annotators are safe to call from several threads at once.
 *
 * <p>Configuration chosen by measurement (docs/nlp.md): the three CRF NER models without the fine-grained
 * regexner pass, numeric classifiers or SUTime inside {@code ner}: about six times faster than the default
 * {@code ner} with the same PER/LOC/ORG F1 on WikiGold. SUTime runs as its own stage only on sentences that can
 * hold a time expression.
 */
final class CoreNlpModels {

    private CoreNlpModels() {
    }

    static StanfordCoreNLP tagger() {
        return Tagger.PIPELINE;
    }

    static StanfordCoreNLP parser() {
        return Parser.PIPELINE;
    }

    static TimeAnnotator sutime() {
        return Sutime.ANNOTATOR;
    }

    private static final class Tagger {
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(props(
                "annotators", "tokenize,ssplit,pos,lemma,ner",
                "tokenize.options", "untokenizable=noneDelete,invertible=false,ptb3Escaping=false,"
                        + "normalizeParentheses=false,normalizeOtherBrackets=false",
                "ssplit.newlineIsSentenceBreak", "two",
                "ner.applyFineGrained", "false",
                "ner.applyNumericClassifiers", "false",
                "ner.useSUTime", "false",
                "ner.buildEntityMentions", "true"));
    }

    private static final class Parser {
        // Runs on sentences tokenized and tagged earlier, so CoreNLP must not insist on its own annotators first.
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(props(
                "annotators", "depparse",
                "depparse.extradependencies", "NONE"), false);
    }

    private static final class Sutime {
        static final TimeAnnotator ANNOTATOR = new TimeAnnotator("sutime", props(
                "sutime.includeRange", "true",
                "sutime.markTimeRanges", "true",
                "sutime.teRelHeurLevel", "MORE"));
    }

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) p.setProperty(kv[i], kv[i + 1]);
        return p;
    }
}
