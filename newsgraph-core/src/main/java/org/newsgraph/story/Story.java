package org.newsgraph.story;

import java.util.List;
import java.util.Locale;

/**
 * A snapshot of a story: articles about one real-world event or development, clustered as they arrived.
 *
 * @param id           stable id: {@code story-} and the id of the article that opened it
 * @param label        key entities then key terms, for display
 * @param keyEntities  the most prominent entity names, most prominent first
 * @param keyTerms     the most distinctive terms, most distinctive first
 * @param firstSeen    ISO date of the earliest dated article, or null when none is dated
 * @param lastSeen     ISO date of the latest dated article, or null
 * @param articleIds   its articles in arrival order
 * @param sources      distinct outlets: the publishers its articles name, each article that names none counting as
 *                     one of its own
 * @param timeline     dated days in order: articles per day, quotes and events on the days they refer to
 * @param follows      the id of the earlier story this one continues, or null: its opening article shares that
 *                     story's people or organisations and words as a joining article would, but came too late to
 *                     join. Stories linked so form a story line: the stages of one case, each a story of its own.
 */
public record Story(String id, String label, List<String> keyEntities, List<String> keyTerms, String firstSeen,
                    String lastSeen, List<String> articleIds, int sources, List<TimelineDay> timeline,
                    String follows) {

    public Story {
        keyEntities = List.copyOf(keyEntities);
        keyTerms = List.copyOf(keyTerms);
        articleIds = List.copyOf(articleIds);
        timeline = List.copyOf(timeline);
    }

    /**
     * The outlet an article counts for among a story's sources: its publisher, or the article itself when it names
     * none, since nothing says it came from the same outlet as another (GDELT's NumSources counts such a report as 1).
     */
    public static String sourceOf(String publisher, String articleId) {
        return publisher == null || publisher.isBlank() ? "\u0000" + articleId
                : publisher.strip().toLowerCase(Locale.ROOT);
    }

    public int articleCount() {
        return articleIds.size();
    }
}
