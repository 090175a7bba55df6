package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class StoryAnalysesTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static Article doc(String id, String text) {
        return Article.builder().id(id).language("en").text(text).build();
    }

    @Test
    void a_cache_is_read_back_with_the_entities_it_holds(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("nlp.jsonl");
        Files.writeString(cache, "{\"id\":\"d1\",\"text\":\"Tara Reid entered rehab.\",\"entities\":[{\"id\":\"e1\","
                + "\"name\":\"Tara Reid\",\"type\":\"PERSON\",\"mentions\":[[0,9]]}]}\n");
        var byId = StoryAnalyses.load(cache, List.of(doc("d1", "Tara Reid entered rehab.")), 1, QUIET);
        assertThat(byId.get("d1").entities()).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Tara Reid"))
                .satisfies(e -> assertThat(e.mentions()).hasSize(1));
    }

    @Test
    void a_cache_made_for_another_text_or_missing_a_document_is_rejected(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("nlp.jsonl");
        Files.writeString(cache, "{\"id\":\"d1\",\"text\":\"Tara Reid entered rehab.\",\"entities\":[]}\n");
        assertThatThrownBy(() -> StoryAnalyses.load(cache, List.of(doc("d1", "Lindsay Lohan entered rehab.")), 1,
                QUIET)).isInstanceOf(IOException.class).hasMessageContaining("d1");
        assertThatThrownBy(() -> StoryAnalyses.load(cache, List.of(doc("d1", "Tara Reid entered rehab."),
                doc("d2", "Another text.")), 1, QUIET)).isInstanceOf(IOException.class).hasMessageContaining("d2");
    }
}
