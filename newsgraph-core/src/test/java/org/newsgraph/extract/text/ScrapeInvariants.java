package org.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.model.Block;

/** What every extracted body must satisfy, whatever its input. */
final class ScrapeInvariants {

    private ScrapeInvariants() {
    }

    /** Blocks lie inside the text, in order, without overlap, each a stripped non-empty paragraph. */
    static void assertWellFormed(ExtractedBody body) {
        int previousEnd = 0;
        for (Block b : body.blocks()) {
            assertThat(b.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(b.end()).isLessThanOrEqualTo(body.text().length()).isGreaterThan(b.start());
            String span = body.text().substring(b.start(), b.end());
            assertThat(span).isEqualTo(span.strip()).doesNotContain("\n\n");
            previousEnd = b.end();
        }
        String gaps = body.text();
        for (int i = body.blocks().size() - 1; i >= 0; i--) {
            Block b = body.blocks().get(i);
            gaps = gaps.substring(0, b.start()) + gaps.substring(b.end());
        }
        assertThat(gaps).as("text outside blocks").isBlank();
    }
}
