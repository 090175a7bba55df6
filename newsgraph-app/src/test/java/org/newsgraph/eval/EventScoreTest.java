package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventModality;
import org.newsgraph.model.Span;

class EventScoreTest {

    private static Event predicted(String type, String srcCountry, String srcSector, String tgtCountry) {
        EventActor src = new EventActor("s", new Span(0, 1), null, srcCountry, srcSector, null, srcCountry);
        EventActor tgt = tgtCountry == null ? null
                : new EventActor("t", new Span(2, 3), null, tgtCountry, null, null, tgtCountry);
        return new Event("id", type, null, null, "190", -10, 4, src, tgt, false, EventModality.ASSERTED, false, null,
                Event.DateBasis.UNKNOWN, new Span(0, 3), new Span(1, 2), null);
    }

    private static GsrRecord gold(String type, String src, String sector, String tgt) {
        return new GsrRecord("g", "text", type, List.of(new GsrRecord.GoldActor(src, sector)),
                tgt == null ? List.of() : List.of(new GsrRecord.GoldActor(tgt, null)), false);
    }

    @Test
    void scores_type_accuracy_macro_f1_and_actor_accuracy_counting_misses_as_wrong() {
        EventScore s = new EventScore();
        s.add(gold("ASSAULT", "ISR", "MIL", "PSE"), predicted("ASSAULT", "ISR", "MIL", "PSE"));
        s.add(gold("ASSAULT", "RUS", null, "UKR"), predicted("THREATEN", "RUS", "GOV", null));
        s.add(gold("AGREE", "USA", "GOV", null), null);
        s.add(gold("AGREE", "FRA", null, "DEU"), predicted("AGREE", "DEU", null, "FRA"));
        assertThat(s.typeAccuracy()).isEqualTo(0.5);
        assertThat(s.coverage()).isEqualTo(0.75);
        // ASSAULT P=1 R=.5 F=2/3; AGREE P=1 R=.5 F=2/3 (THREATEN has no gold, so no recall to average)
        assertThat(s.macroF1()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.summary()).contains("source country=0.500 (n=4)", "sector=0.500 (n=2)",
                "target country=0.333 (n=3)");
    }

    @Test
    void the_confusion_table_counts_gold_types_per_predicted_code_and_missing_targets() {
        EventScore s = new EventScore();
        s.add(gold("ACCUSE", "LBN", null, "CAN"), predicted("COERCE", "LBN", null, null));
        s.add(gold("COERCE", "ISR", null, "PSE"), predicted("COERCE", "ISR", null, "PSE"));
        s.add(gold("AGREE", "USA", null, null), null);
        assertThat(s.confusionTable()).contains("COERCE/190         2  gold {ACCUSE=1, COERCE=1}",
                "-                  1  gold {AGREE=1}", "without a target where the gold has one: 1");
    }

    @Test
    void reads_the_plover_gold_standard_records_when_the_shared_data_is_there() throws Exception {
        String root = System.getProperty("newsgraph.shared.data");
        assumeTrue(root != null, "newsgraph.shared.data not set");
        Path dir = Path.of(root, "events-plover-gsr-cameo-manual");
        assumeTrue(Files.isDirectory(dir), "no " + dir);
        List<GsrRecord> records = GsrRecord.load(dir);
        assertThat(records).hasSize(322);
        assertThat(records).extracting(GsrRecord::type).contains("AGREE", "ASSAULT", "REQUEST");
        assertThat(records.stream().filter(GsrRecord::reciprocal).count()).isEqualTo(18);
        assertThat(records).extracting(GsrRecord::half).containsOnly("A", "B");
    }
}
