package org.newsgraph.cli;

import org.newsgraph.story.StoryParams;
import picocli.CommandLine.Option;

/** {@code --cold-after DAYS}: how long a story stays open to new articles, one switch for ingest and reindex. */
final class StoryHorizonOption {

    @Option(names = "--cold-after", paramLabel = "DAYS", defaultValue = "30",
            description = "A story that has had no article for more than DAYS days (by publication date) takes no more;"
                    + " a later article on it opens a new story (default: ${DEFAULT-VALUE}). Changing it clusters the"
                    + " stored articles again.")
    int coldAfterDays;

    StoryParams params() {
        return StoryParams.DEFAULT.withColdAfterDays(coldAfterDays);
    }
}
