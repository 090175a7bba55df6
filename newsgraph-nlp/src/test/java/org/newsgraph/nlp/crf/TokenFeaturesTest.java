package org.newsgraph.nlp.crf;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The token features are CoreNLP's own, string for string and in the same order, on both English models. */
class TokenFeaturesTest {
    private static final String MODELS = "edu/stanford/nlp/models/ner/";
    private static final Path DEMO = Path.of("../demo/wikinews.jsonl.gz");

    private static List<CRFClassifier<CoreLabel>> crfs;
    private static List<FeatureFactory<CoreLabel>> originals;
    private static List<CRFClassifier<CoreLabel>> switched;

    @BeforeAll
    static void load() throws IOException {
        // The ner annotator as CoreNlpModels configures it, alone in a pipeline.
        Properties p = new Properties();
        p.setProperty("ner.model", MODELS + "english.all.3class.distsim.crf.ser.gz,"
                + MODELS + "english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        AnnotationPipeline pipeline = new AnnotationPipeline();
        pipeline.addAnnotator(new NERCombinerAnnotator(p));
        crfs = CompiledFeatures.crfs(pipeline);
        originals = crfs.stream().map(c -> c.featureFactories.get(0)).toList();
        switched = CompiledFeatures.install(pipeline);
    }

    @Test
    void both_models_get_the_compiled_features() {
        assertThat(crfs).hasSize(2);
        assertThat(switched).containsExactlyElementsOf(crfs);
        assertThat(crfs).allSatisfy(c -> assertThat(c.featureFactories).singleElement().isInstanceOf(TokenFeatures.class));
    }

    @Test
    void features_are_the_models_own_in_the_same_order() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "Mr. Smith met Dr Jones in São Paulo on 3 March 2019; Smith said the colour of the Labour party's "
                        + "logo would change.",
                "IBM's CEO, Arvind Krishna, told Reuters: \"We're on track.\" IBM shares rose 2.5% to $134.",
                "A", "x-ray vs. X-Ray: U.S.-based co-founders of e-mail start-ups", "Hello.",
                "Sen. Elizabeth Warren and Judge Amy Coney Barrett; Warren then Barrett, then WARREN again."));
        if (Files.exists(DEMO)) texts.addAll(demoTexts(15));
        for (int i = 0; i < crfs.size(); i++) {
            CRFClassifier<CoreLabel> crf = crfs.get(i);
            FeatureFactory<CoreLabel> fast = crf.featureFactories.get(0);
            Comparing comparing = new Comparing(originals.get(i), fast);
            crf.featureFactories.set(0, comparing);
            try {
                for (String t : texts) crf.classify(t);
            } finally {
                crf.featureFactories.set(0, fast);
            }
            assertThat(comparing.mismatches).as(crf.flags.loadClassifier).isEmpty();
            assertThat(comparing.tokens).isGreaterThan(texts.size());
        }
    }

    private static List<String> demoTexts(int n) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(DEMO)), StandardCharsets.UTF_8))) {
            for (String line; out.size() < n && (line = r.readLine()) != null; ) out.add(json.readTree(line).get("text").asText());
        }
        return out;
    }

    /** The model's features for the CRF, each token's also computed by the class under test and compared. */
    private static final class Comparing extends FeatureFactory<CoreLabel> {
        final FeatureFactory<CoreLabel> model, fast;
        final List<String> mismatches = new ArrayList<>();
        int tokens;

        Comparing(FeatureFactory<CoreLabel> model, FeatureFactory<CoreLabel> fast) {
            this.model = model;
            this.fast = fast;
        }

        @Override
        public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int loc, Clique clique) {
            if (clique != cliqueC) return model.getCliqueFeatures(info, loc, clique);
            tokens++;
            // the class under test first: CoreNLP's method annotates the sentence's distsim classes as it goes, which
            // would hide a lookup the fast path forgot
            List<String> got = new ArrayList<>(fast.getCliqueFeatures(info, loc, clique));
            Collection<String> expected = model.getCliqueFeatures(info, loc, clique);
            if (!got.equals(new ArrayList<>(expected))) {
                mismatches.add(info.get(loc).word() + ": " + expected + " vs " + got);
            }
            return expected;
        }
    }
}
