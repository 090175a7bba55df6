package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Archiving cold stories behind the postings' live prefix must place every article exactly as reading every posting
 * does: same story, same opened flag, same similarity to the last bit, through streams that jump years ahead, carry
 * undated and late articles, and take articles back out.
 */
class StoryArchiveTest {

    private static final String[] TOPICS = {
        "earthquake rubble rescuers survivors magnitude villages aftershock",
        "election ballots candidates polls turnout campaign voters",
        "summit leaders talks nuclear sanctions negotiators declaration",
        "flood rivers rainfall evacuated levees dams torrents",
        "strike union workers wages factory pickets walkout",
        "court judge verdict appeal trial jury sentence",
    };
    private static final StoryParams NO_DECAY = new StoryParams(0.225, 0.2, 1e9, 30, 30);

    @ParameterizedTest
    @ValueSource(doubles = {7, 1e9})
    void places_every_article_as_a_clusterer_reading_every_posting_does(double halfLifeDays) {
        // without decay (1e9), a story on the cold horizon still wins articles, so a wrong archive shows
        StoryParams params = new StoryParams(0.225, 0.2, halfLifeDays, 30, 30);
        Random random = new Random(7);
        StoryClusterer archiving = new StoryClusterer(params, true);
        StoryClusterer reference = new StoryClusterer(params, false);
        List<String> added = new ArrayList<>();
        int day = 18_000;
        for (int i = 0; i < 3_000; i++) {
            int step = random.nextInt(100);
            day += step < 2 ? 45 : step < 12 ? 1 : 0;
            StoryInput input = article(random, "a" + i, day);
            StoryClusterer.Assignment expected = reference.add(input);
            assertThat(archiving.add(input)).as("article %d", i).isEqualTo(expected);
            added.add(input.id());
            if (random.nextInt(25) == 0) {
                String gone = added.remove(random.nextInt(added.size()));
                assertThat(archiving.remove(gone)).isEqualTo(reference.remove(gone));
            }
        }
        assertThat(archiving.archivedTermPostings()).isPositive();
        assertThat(reference.archivedTermPostings()).isZero();
        assertThat(archiving.stories()).isEqualTo(reference.stories());
    }

    @Test
    void a_story_silent_for_exactly_the_cold_horizon_at_the_partition_still_takes_articles() {
        StoryClusterer archiving = new StoryClusterer(NO_DECAY, true);
        archiving.add(text("first", 0, HARBOUR));
        fill(archiving, 30);
        // on day 30 the story, silent since day 0, is exactly cold-after days away: still live, so not archived
        StoryClusterer.Assignment late = archiving.add(text("follow-up", 30, HARBOUR));
        assertThat(late.storyId()).isEqualTo("story-first");
    }

    @Test
    void a_horizon_of_max_int_days_never_archives() {
        StoryClusterer archiving = new StoryClusterer(new StoryParams(0.225, 0.2, 1e9, Integer.MAX_VALUE, 30), true);
        archiving.add(text("first", 20_000, HARBOUR));
        fill(archiving, 20_100);
        assertThat(archiving.add(text("follow-up", 20_100, HARBOUR)).storyId()).isEqualTo("story-first");
        assertThat(archiving.archivedTermPostings()).isZero();
    }

    @Test
    void a_story_revived_by_late_articles_is_found_again_before_the_next_partition() {
        StoryClusterer archiving = new StoryClusterer(NO_DECAY, true);
        archiving.add(text("first", 0, HARBOUR));
        fill(archiving, 100);
        assertThat(archiving.archivedTermPostings()).isPositive();
        // late reports carry the archived story's span up to day 75, within 30 days of day 100
        for (int day : new int[] {25, 50, 75}) {
            assertThat(archiving.add(text("late-" + day, day, HARBOUR)).storyId()).isEqualTo("story-first");
        }
        assertThat(archiving.add(text("today", 100, HARBOUR)).storyId()).isEqualTo("story-first");
    }

    private static final String HARBOUR = "harbour dredging contract quay cranes berth container terminal expansion";

    /** Enough unrelated articles on {@code day} to make the clusterer partition its postings. */
    private static void fill(StoryClusterer clusterer, int day) {
        for (int i = 0; i < 300; i++) {
            clusterer.add(text("filler-" + i, day, "filler" + i + " alpha" + i + " beta" + i + " gamma" + i));
        }
    }

    private static StoryInput text(String id, int day, String text) {
        return new StoryInput(id, day, "Wire", null, text, List.of(), List.of());
    }

    /**
     * One topic's words with a few shared and random ones; a tenth undated, a sixth late by up to three months, so
     * late articles reach stories archived near the cold horizon and revive them.
     */
    private static StoryInput article(Random random, String id, int latestDay) {
        StringBuilder text = new StringBuilder();
        String[] topic = TOPICS[random.nextInt(TOPICS.length)].split(" ");
        for (int w = 0; w < 25; w++) {
            int pick = random.nextInt(10);
            if (pick < 6) text.append(topic[random.nextInt(topic.length)]);
            else if (pick < 8) text.append("place").append(random.nextInt(40));
            else text.append("word").append(random.nextInt(2_000));
            text.append(' ');
        }
        int kind = random.nextInt(60);
        Integer day = kind < 6 ? null : kind < 16 ? latestDay - random.nextInt(90) : latestDay;
        List<EntityRef> entities = List.of(EntityRef.byName("Person " + random.nextInt(30), "PERSON", 1));
        return new StoryInput(id, day, "pub" + random.nextInt(5), null, text.toString(), entities, List.of());
    }
}
