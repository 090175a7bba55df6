package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.SourceRef;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.nlp.eval.JsonLinesArticles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsgraph analyze PATH...}: articles with sentences, entities, quotes and times, as JSON Lines with
 * DESIGN.md's snake_case fields. Small on purpose: inputs are JSON Lines data sets (text per line) or plain-text
 * files until it is wired to the extract command's sources.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses articles: sentences, entities, quotes, times; one JSON object per line on stdout.",
                "Inputs: JSON Lines (.jsonl, .jsonl.gz; text plus optional id, url, title, date) or plain-text files.",
                "Errors go to stderr, one line per failed input; a summary line with throughput ends the run."})
public final class AnalyzeCommand implements Callable<Integer> {
    private static final ObjectWriter JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build().writerFor(AnalyzedArticle.class);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files to analyse.")
    private List<Path> paths;

    @Option(names = "--dependencies", description = "Also parse dependencies (slower; for event coding).")
    private boolean dependencies;

    @Override
    public Integer call() throws IOException {
        Analyzer analyzer = new Analyzer(dependencies);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int failed = 0, done = 0;
        long t0 = System.nanoTime();
        for (Path p : paths) {
            List<Article> articles;
            try {
                articles = read(p);
            } catch (IOException | RuntimeException e) {
                System.err.println(p + ": " + reason(e));
                failed++;
                continue;
            }
            for (Article a : articles) {
                out.println(JSON.writeValueAsString(analyzer.analyze(a)));
                done++;
            }
        }
        out.flush();
        System.err.printf("analyze: %d articles from %d inputs, %d inputs failed, %.1f s%n", done, paths.size(),
                failed, (System.nanoTime() - t0) / 1e9);
        return failed == 0 ? 0 : 1;
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.charset.CharacterCodingException) return "not UTF-8 text";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static List<Article> read(Path p) throws IOException {
        String name = p.getFileName().toString();
        if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) return JsonLinesArticles.read(p, 0);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        List<Article> one = new ArrayList<>();
        one.add(Article.builder().source(SourceRef.ofPath(p.toString())).text(text).build());
        return one;
    }
}
