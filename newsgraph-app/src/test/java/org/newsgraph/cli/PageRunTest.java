package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.PageExtractor;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;

class PageRunTest {
    @TempDir
    Path dir;

    @Test
    void a_text_analysed_only_up_to_the_cap_is_named_on_stderr() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            text.append("<p>The council met for the ").append(i).append(" time this year to discuss the harbour.</p>");
        }
        Path page = Files.writeString(dir.resolve("council.html"), "<html lang=\"en\"><head><title>Council meets"
                + "</title></head><body><article><h1>Council meets</h1>" + text + "</article></body></html>");
        StringWriter err = new StringWriter();
        PageRun run = new PageRun(AnalyzeCommand.extractAndAnalyze(PageExtractor.standard(), new Analyzer(false, 300)),
                1);
        run.run(List.of(Sources.open(page.toString(), SourceOptions.DEFAULT, InputStream.nullInputStream())),
                (p, records) -> { }, new PrintWriter(new StringWriter()), new PrintWriter(err, true), Progress.NONE);
        assertThat(err.toString().lines().filter(l -> l.contains("analysed up to")))
                .singleElement().asString()
                .matches("newsgraph: " + Pattern.quote(page.toString())
                        + ": analysis: text of \\d+ characters analysed up to offset \\d+ \\(cap 300\\)");
    }
}
