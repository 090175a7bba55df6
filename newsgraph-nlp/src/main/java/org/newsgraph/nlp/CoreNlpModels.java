package org.newsgraph.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import org.newsgraph.nlp.crf.CompiledFeatures;

import java.util.Properties;

/**
 * The CoreNLP models, each loaded once per JVM on first use (lazy holders, so a run that never needs dependencies
 * never pays for the parser). CoreNLP annotators are safe to call from several threads at once.
 *
 * <p>Configuration chosen by measurement (docs/nlp.md): two of the three CRF NER models (english.all.3class, then
 * english.conll.4class for MISC) without the fine-grained regexner pass, numeric classifiers or SUTime inside
 * {@code ner}: several times faster than the default {@code ner} with the same PER/LOC/ORG F1 on WikiGold. The
 * third default model (muc.7class) changed no PER/LOC/ORG mention on WikiGold or MEANTIME (WikiGold MISC F1 47.8
 * to 48.0) and cost 30% of the tagger. SUTime runs as its own stage only around words that can start a time expression.
 */
public final class CoreNlpModels {
    private static final String NER_MODELS = "edu/stanford/nlp/models/ner/";

    private CoreNlpModels() {
    }

    /**
     * Starts loading the tagger, and the parser when asked, on background threads, so that on two cores their
     * seconds of loading overlap each other and the SUTime rules the caller loads meanwhile: analysing one page
     * is mostly loading. A model still loading when it is first used is waited for; one that failed to load fails
     * again, with its cause, where it is used.
     */
    public static void loadInBackground(boolean parser) {
        start("newsgraph-load-tagger", CoreNlpModels::tagger);
        if (parser) start("newsgraph-load-parser", CoreNlpModels::parser);
    }

    private static void start(String name, Runnable load) {
        Thread t = new Thread(() -> {
            try {
                load.run();
            } catch (Throwable reportedWhereUsed) {
                // the holder's class stays unusable; its first use rethrows with this as the cause
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    static StanfordCoreNLP tagger() {
        return Tagger.PIPELINE;
    }

    static StanfordCoreNLP parser() {
        return Parser.PIPELINE;
    }

    public static TimeAnnotator sutime() {
        return Sutime.ANNOTATOR;
    }

    private static final class Tagger {
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(props(
                "annotators", "tokenize,ssplit,pos,lemma,ner",
                "tokenize.options", "untokenizable=noneDelete,invertible=false,ptb3Escaping=false,"
                        + "normalizeParentheses=false,normalizeOtherBrackets=false",
                "ssplit.newlineIsSentenceBreak", "two",
                "ner.model", NER_MODELS + "english.all.3class.distsim.crf.ser.gz,"
                        + NER_MODELS + "english.conll.4class.distsim.crf.ser.gz",
                "ner.applyFineGrained", "false",
                "ner.applyNumericClassifiers", "false",
                "ner.useSUTime", "false",
                "ner.buildEntityMentions", "true"));

        static {
            // Both models' features must take the compiled path: a CoreNLP or model change that silently kept the
            // interpreted one would cost a tenth of analyze's CPU with nothing to show for it.
            int switched = CompiledFeatures.install(PIPELINE).size();
            if (switched != 2) {
                throw new IllegalStateException("expected CoreNLP 4.5.10's two distsim NER models to take compiled token"
                        + " features, got " + switched + ": check crf.TokenFeatures against this CoreNLP");
            }
        }
    }

    private static final class Parser {
        // Runs on sentences tokenized and tagged earlier, so CoreNLP must not insist on its own annotators first.
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(props(
                "annotators", "depparse",
                "depparse.extradependencies", "NONE"), false);
    }

    /** Without the holiday rules: same value accuracy on MEANTIME, markedly less SUTime time (docs/nlp.md). */
    private static final class Sutime {
        static final TimeAnnotator ANNOTATOR = new TimeAnnotator("sutime", props(
                "sutime.includeRange", "true",
                "sutime.markTimeRanges", "true",
                "sutime.teRelHeurLevel", "MORE",
                "sutime.rules", "edu/stanford/nlp/models/sutime/defs.sutime.txt,"
                        + "edu/stanford/nlp/models/sutime/english.sutime.txt"));
    }

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) p.setProperty(kv[i], kv[i + 1]);
        return p;
    }
}
