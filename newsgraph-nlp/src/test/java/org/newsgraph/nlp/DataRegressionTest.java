package org.newsgraph.nlp;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.eval.NerEval;
import org.newsgraph.nlp.eval.QuotesEval;
import org.newsgraph.nlp.eval.TimesEval;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Floors a few points under the figures measured on subsets of the shared data sets (docs/nlp.md), so a change
 * that loses accuracy fails. Skipped when the data is absent.
 */
class DataRegressionTest {

    private static Path data(String name) {
        String root = System.getProperty("newsgraph.shared.data");
        assumeTrue(root != null, "newsgraph.shared.data not set");
        Path p = Path.of(root, name);
        assumeTrue(Files.isDirectory(p), p + " absent");
        return p;
    }

    @Test
    void wikigold_person_location_organisation_f1_stays_above_its_floor() {
        NerEval.Result r = new NerEval().run(data("ner-wikigold"), 30, false);
        assertThat(r.headline("newsgraph", true).f1()).isGreaterThan(68.0);
    }

    @Test
    void polnear_dev_direct_quotes_are_found_and_attributed() {
        QuotesEval.Result r = new QuotesEval().run(data("quotes-polnear"), "dev", 15);
        assertThat(r.direct().recall()).isGreaterThan(85.0);
        assertThat(100.0 * r.directSpeakerStrict() / r.directWithSource()).isGreaterThan(65.0);
    }

    @Test
    void meantime_time_values_stay_above_their_floor() {
        TimesEval.Result r = new TimesEval().run(data("gold-meantime"), 40, java.util.Set.of(), System.out).systems().get(0);
        assertThat(r.valueAccuracy()).isGreaterThan(70.0);
    }
}
