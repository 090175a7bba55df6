package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VerbPatternTest {

    private static VerbPattern pattern(String line) {
        return PatternParser.parse(line, Map.of());
    }

    @Test
    void a_word_other_than_a_preposition_outweighs_a_preposition_and_more_words_outweigh_fewer() {
        VerbPattern with = pattern("- * (WITH)                 [130]         # BREAK");
        VerbPattern off = pattern("- * OFF                     [130]         # BREAK");
        VerbPattern relations = pattern("- * RELATIONS         [161]         # BREAK");
        VerbPattern backTo = pattern("- * (BACK TO)            [042]         # GO");
        assertThat(relations.weight()).isGreaterThan(with.weight()).isGreaterThan(off.weight() - 1);
        assertThat(with.weight()).isEqualTo(off.weight());
        assertThat(backTo.weight()).isGreaterThan(relations.weight());
    }
}
