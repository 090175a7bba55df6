package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Our own event gold set (docs/events.md, round 17): written in the GSR's layout so that {@code eval events --data}
 * scores it, a development set that is not the GSR's half A. The eval reads it as it reads the GSR, so it must keep
 * the GSR's shape: every PLOVER type with enough sentences, each sentence with a source, an id of its own, and both
 * halves (by id hash) holding every type, since half A is where errors are read and half B the check.
 */
class OwnEventGoldTest {

    private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT",
            "CONCEDE");

    private static List<GsrRecord> load() throws java.io.IOException, URISyntaxException {
        return GsrRecord.load(Path.of(OwnEventGoldTest.class.getResource("own-events").toURI()));
    }

    @Test
    void every_plover_type_has_ten_sentences_or_more_in_the_gsr_layout() throws Exception {
        List<GsrRecord> gold = load();
        Map<String, Long> perType = gold.stream()
                .collect(Collectors.groupingBy(GsrRecord::type, Collectors.counting()));
        assertThat(perType.keySet()).isEqualTo(PLOVER);
        assertThat(perType.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(10));
        Set<String> ids = new HashSet<>();
        for (GsrRecord r : gold) {
            assertThat(ids.add(r.id())).as(r.id()).isTrue();
            assertThat(r.sources().isEmpty() && r.targets().isEmpty()).as(r.id()).isFalse();
            int words = r.text().split("\\s+").length;
            assertThat(words).as(r.id()).isBetween(12, 40);
        }
    }

    @Test
    void both_halves_hold_every_type() throws Exception {
        List<GsrRecord> gold = load();
        for (String half : List.of("A", "B")) {
            Set<String> types = gold.stream().filter(r -> r.half().equals(half)).map(GsrRecord::type)
                    .collect(Collectors.toSet());
            assertThat(types).as(half).isEqualTo(PLOVER);
        }
    }
}
