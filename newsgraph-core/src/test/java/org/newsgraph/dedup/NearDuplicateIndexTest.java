package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

    private final RandomProse prose = new RandomProse(2024);
    private final String article = prose.words(400);

    private static DedupDocument doc(String id, String text) {
        return new DedupDocument(id, text, null, null, null);
    }

    @Test
    void finds_an_article_embedded_in_a_page_twice_its_size_under_another_headline() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULT);
        index.add(doc("original", article));
        String page = "Home | World | Business\nMayor vows to rebuild after flood\n" + prose.words(200) + "\n"
                + article + "\n" + prose.words(200) + "\nMost read";
        List<DuplicateMatch> matches = index.add(doc("page", page));
        assertThat(matches).extracting(DuplicateMatch::id).containsExactly("original");
        assertThat(matches.get(0).containment()).isGreaterThan(0.95);
        assertThat(matches.get(0).jaccard()).isLessThan(0.6);
    }

    @Test
    void finds_a_shortened_copy_with_light_edits() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULT);
        index.add(doc("original", article));
        String[] words = article.split(" ");
        StringBuilder edited = new StringBuilder();
        for (int i = 0; i < words.length * 2 / 3; i++) {
            if (i % 40 == 7) continue;
            edited.append(i % 40 == 21 ? "replaced" : words[i]).append(' ');
        }
        assertThat(index.add(doc("copy", edited.toString()))).extracting(DuplicateMatch::id)
                .containsExactly("original");
    }

    private static DedupDocument titled(String id, String title, String text) {
        return new DedupDocument(id, text, null, null, null, null, title);
    }

    @Test
    void keeps_two_interviews_from_one_template_apart_when_each_headline_names_its_own_interviewee() {
        String background = prose.words(300);
        String first = "Wikinews spoke to Craig Farquharson, who runs for the Liberal Democrats. " + background
                + "\nFarquharson said " + prose.words(150);
        String second = "Wikinews spoke to Sandra Jephcott, who runs for Sustainable Australia. " + background
                + "\nJephcott said " + prose.words(150);
        NearDuplicateIndex untitled = new NearDuplicateIndex(DedupParams.DEFAULT);
        untitled.add(doc("farquharson", first));
        assertThat(untitled.add(doc("jephcott", second))).hasSize(1); // half of each is the template's

        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULT);
        index.add(titled("farquharson", "Wikinews interviews Craig Farquharson, Liberal Democrat candidate", first));
        assertThat(index.add(titled("jephcott", "Wikinews interviews Sandra Jephcott, Sustainable Australia candidate",
                second))).isEmpty();
        assertThat(index.groups()).isEmpty();
    }

    @Test
    void a_reprint_whose_new_headline_names_the_person_of_its_added_paragraph_is_still_a_copy() {
        String original = "Gales closed the Harbour Bridge on Monday, and Mayor Ann Roe said crews would inspect it. "
                + article;
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULT);
        index.add(titled("wire", "Storm shuts Harbour Bridge", original));
        String reprint = original + "\nCouncillor Tim Bell of Eastfield called for an inquiry into the closure.";
        assertThat(index.add(titled("reprint", "Tim Bell wants inquiry as storm shuts bridge", reprint)))
                .extracting(DuplicateMatch::id).containsExactly("wire");
        // without a headline on one side nothing is known of its subject
        assertThat(index.add(titled("untitled", null, reprint))).hasSize(2);
        // a headline naming nobody of the other text on one side only: still a copy
        assertThat(index.add(titled("teased", "Eastfield councillor reacts", "Tim Bell of Eastfield spoke. "
                + reprint))).hasSize(3);
    }

    @Test
    void keeps_unrelated_articles_and_shared_boilerplate_apart() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULT);
        String boilerplate = "Sign up for our newsletter. Follow us on social media.";
        index.add(doc("a", article + "\n" + boilerplate));
        assertThat(index.add(doc("b", prose.words(400) + "\n" + boilerplate))).isEmpty();
        assertThat(index.add(doc("boilerplate only", boilerplate))).isEmpty();
        assertThat(index.groups()).isEmpty();
    }

    @Test
    void does_not_link_a_busy_page_to_a_short_article_it_only_teases() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULT);
        String shortArticle = prose.words(60);
        index.add(doc("short", shortArticle));
        String teaser = shortArticle.substring(0, shortArticle.length() * 2 / 3);
        assertThat(index.add(doc("page", article + "\nRead more: " + teaser))).isEmpty();
    }

    @Test
    void groups_copies_transitively_and_ignores_an_id_added_twice() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULT);
        index.add(doc("a", article));
        index.add(doc("b", "Exclusive\n" + article));
        index.add(doc("c", article + "\nShare this article"));
        index.add(doc("other", prose.words(300)));
        assertThat(index.add(doc("a", article))).isEmpty();
        assertThat(index.groups()).singleElement().satisfies(g -> {
            assertThat(g.members()).containsExactly("a", "b", "c");
            assertThat(g.copies()).isEqualTo(2);
        });
        assertThat(index.canonicalOf("other")).isEqualTo("other");
    }

    @Test
    void prefers_the_publisher_a_copy_names_as_its_source_as_canonical() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULT);
        index.add(new DedupDocument("partner", article, "Metro Herald", "Associated Wire", 100));
        index.add(new DedupDocument("origin", article + " More.", "Associated Wire", null, 101));
        index.add(new DedupDocument("another", "Top story " + article, "Valley Gazette", null, 99));
        assertThat(index.canonicalOf("partner")).isEqualTo("origin");
    }

    @Test
    void falls_back_to_the_earliest_published_then_the_first_seen() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULT);
        index.add(new DedupDocument("late", article, "A", null, 200));
        index.add(new DedupDocument("undated", article, "B", null, null));
        index.add(new DedupDocument("early", article, "C", null, 150));
        assertThat(index.canonicalOf("undated")).isEqualTo("early");

        NearDuplicateIndex undated = new NearDuplicateIndex(DedupParams.DEFAULT);
        undated.add(doc("first", article));
        undated.add(doc("second", article));
        assertThat(undated.groups()).singleElement().extracting(CopyGroup::canonical).isEqualTo("first");
    }

    @Test
    void tells_copies_of_one_day_apart_by_their_time_where_it_is_known() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULT);
        // the evening reprint arrives first, the morning wire story second: the day alone would keep the first
        index.add(dated("evening", "Harbour Daily", "2025-06-02T19:05:00Z"));
        index.add(dated("morning", "Coastal Wire", "2025-06-02T08:30:00+00:00"));
        index.add(dated("day-only", "Weekly Post", "2025-06-02"));
        index.add(dated("noon", "Metro Herald", "2025-06-02T12:15:00"));
        assertThat(index.canonicalOf("evening")).isEqualTo("morning");

        NearDuplicateIndex zones = new NearDuplicateIndex(DedupParams.DEFAULT);
        // 23:30 at UTC-5 is 04:30 the next day in UTC, after 01:00 UTC, though its written day is earlier
        zones.add(dated("west", "A", "2025-06-02T23:30:00-05:00"));
        zones.add(dated("east", "B", "2025-06-03T01:00:00Z"));
        assertThat(zones.canonicalOf("west")).isEqualTo("east");

        NearDuplicateIndex days = new NearDuplicateIndex(DedupParams.DEFAULT);
        // a copy dated only by an earlier day still comes before a timed one of a later day
        days.add(dated("timed", "A", "2025-06-03T06:00:00Z"));
        days.add(dated("daily", "B", "2025-06-02"));
        assertThat(days.canonicalOf("timed")).isEqualTo("daily");
    }

    private DedupDocument dated(String id, String publisher, String published) {
        return new DedupDocument(id, article, publisher, null, DedupDocument.epochDay(published),
                DedupDocument.epochSecond(published));
    }
}
