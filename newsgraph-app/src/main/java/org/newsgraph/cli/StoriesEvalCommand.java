package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ConnectThroughput;
import org.newsgraph.eval.DemoArticle;
import org.newsgraph.eval.EcbPlusDoc;
import org.newsgraph.eval.StoryAnalyses;
import org.newsgraph.eval.StoryBenchmark;
import org.newsgraph.model.Article;
import org.newsgraph.story.EntityRef;
import org.newsgraph.story.StoryInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval stories}: streaming story clustering on ECB+ beside its baselines, plus throughput. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Scores streaming story clustering (B-cubed and pairwise F1) on an ECB+-format data set.")
public final class StoriesEvalCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "folder holding " + EcbPlusDoc.FILE
            + " (default: ${DEFAULT-VALUE})", defaultValue = "../shared/data/clustering-ecbplus")
    Path data;

    @Option(names = "--tune", description = "grid-search the parameters on the train split first")
    boolean tune;

    @Option(names = "--nlp", paramLabel = "FILE", description = "take entities from the NLP stage (CRF NER and "
            + "entity resolution, keyed as ingest keys them) instead of capitalised-word runs; the analyses are "
            + "read from FILE, or computed (minutes of CPU) and written there")
    Path nlp;

    @Option(names = "--throughput", paramLabel = "FILE", description = "also measure dedup + clustering "
            + "throughput on this demo-wikinews articles.jsonl.gz (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/demo-wikinews/articles.jsonl.gz")
    Path throughput;

    @Override
    public Integer call() throws IOException {
        Path file = Files.isDirectory(data) ? data.resolve(EcbPlusDoc.FILE) : data;
        if (!Files.isRegularFile(file)) {
            System.err.println("stories: no " + EcbPlusDoc.FILE + " at " + data);
            return 2;
        }
        StoryBenchmark.Entities entities = nlp == null ? StoryBenchmark.CAPITALISED : analysed(file);
        StoryBenchmark.report(data, tune, entities, System.out);
        if (Files.isRegularFile(throughput)) ConnectThroughput.report(throughput, 10, System.out);
        return 0;
    }

    /**
     * The NLP stage's entities of the train and dev documents and of the background articles. ECB+ has no
     * publication dates and none is invented; the background keeps its own.
     */
    private StoryBenchmark.Entities analysed(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            for (EcbPlusDoc d : EcbPlusDoc.load(file, split)) {
                articles.add(Article.builder().id(d.docId()).language("en").text(d.text()).build());
            }
        }
        Path demo = StoryBenchmark.backgroundFile(data);
        if (Files.isRegularFile(demo)) {
            for (DemoArticle a : DemoArticle.load(demo)) {
                articles.add(Article.builder().id(a.id()).language("en").title(a.title()).published(a.date())
                        .text(a.text()).build());
            }
        }
        Map<String, StoryAnalyses.Doc> byId = StoryAnalyses.load(nlp, articles,
                Math.max(1, Runtime.getRuntime().availableProcessors()), System.out);
        return new StoryBenchmark.Entities() {
            @Override
            public List<EntityRef> of(String id, String text) {
                return StoryInput.entities(byId.get(id).entities());
            }

            @Override
            public String description() {
                return "the NLP stage's resolved entities, keyed by name as at ingest (" + nlp + ")";
            }
        };
    }
}
