package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BackgroundTermsTest {

    @Test
    void counts_each_term_once_per_record_title_included_and_skips_function_words() throws IOException {
        String lines = """
                {"title": "Harbour cranes stop", "text": "The cranes stopped. Cranes idle."}

                {"title": null, "text": "Harbour pilots strike over cranes."}
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        BackgroundTerms terms = BackgroundTerms.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(terms.documents()).isEqualTo(2);
        assertThat(terms.frequencies()).containsEntry("cranes", 2).containsEntry("harbour", 2)
                .containsEntry("stop", 1).containsEntry("pilots", 1).doesNotContainKey("the").doesNotContainKey("over");
        assertThat(terms.frequencies().keySet()).startsWith("harbour", "cranes", "stop");
    }

    @Test
    void the_shipped_corpus_is_on_the_classpath_and_weighs_a_subject_word_above_a_common_one() {
        BackgroundTerms shipped = BackgroundTerms.shipped();
        assertThat(shipped.documents()).isGreaterThan(400);
        int common = shipped.frequencies().getOrDefault("government", 0);
        int subject = shipped.frequencies().getOrDefault("dockworkers", 0);
        assertThat(common).isGreaterThan(subject).isLessThan(shipped.documents());
    }
}
