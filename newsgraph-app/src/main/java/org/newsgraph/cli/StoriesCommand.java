package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.index.Connections;
import org.newsgraph.index.LanguageStopWords;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.RecordJson;
import org.newsgraph.story.Story;
import org.newsgraph.story.StoryClusterer;
import org.newsgraph.story.StoryInput;
import org.newsgraph.story.StoryParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph stories}: the knowledge base's articles clustered into stories, one per line. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Lists the stories the ingest clustered the stored articles into (one pass over the articles in"
                + " publication order: each joins the most similar active story or opens one; stories go cold after"
                + " 30 silent days, or the ingest's --cold-after) and writes one JSON object per story: label, first"
                + " and last seen, article ids, source count and a timeline of articles, quotes and events per day"
                + " (--format jsonl, the default), or one line of counts, dates and label per story (--format table).",
                "Order: largest stories first (most articles), equal sizes the most recently seen first."})
final class StoriesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private KnowledgeBaseOption knowledgeBase;

    enum Format { jsonl, table }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default: one JSON object per story) or table (one line per story).")
    private Format format;

    /** The order the stored stories come in ({@link Connections#stories}), for a base that has none stored yet. */
    private static final Comparator<Story> LARGEST_FIRST = Comparator.comparingInt(Story::articleCount).reversed()
            .thenComparing(Story::lastSeen, Comparator.nullsLast(Comparator.reverseOrder()));

    @Override
    public Integer call() throws IOException {
        List<Story> stories = StoredInPublicationOrder.persistedOr(knowledgeBase.data, Connections::stories,
                articles -> {
                    StoryClusterer clusterer = StoryClusterer.withBackground(StoryParams.DEFAULT);
                    for (AnalyzedArticle a : articles) clusterer.add(StoryInput.of(a, LanguageStopWords.LUCENE));
                    return clusterer.stories().stream().sorted(LARGEST_FIRST).toList();
                }, spec);
        PrintWriter out = spec.commandLine().getOut();
        for (Story s : stories) {
            if (format == Format.jsonl) out.println(RecordJson.MAPPER.writeValueAsString(s));
            else out.printf("%5d %-8s %4d %-7s  %-10s .. %-10s  %s  %s%n", s.articleCount(),
                    Counted.noun(s.articleCount(), "article", "articles"), s.sources(),
                    Counted.noun(s.sources(), "source", "sources"),
                    orBlank(s.firstSeen()), orBlank(s.lastSeen()), s.id(), s.label());
        }
        spec.commandLine().getErr().println("newsgraph: "
                + Counted.of(stories.stream().mapToInt(Story::articleCount).sum(), "article") + " in "
                + Counted.of(stories.size(), "story", "stories"));
        return 0;
    }

    private static String orBlank(String date) {
        return date == null ? "" : date;
    }
}
