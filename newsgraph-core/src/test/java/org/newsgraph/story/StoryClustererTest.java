package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final int JUNE_1 = (int) LocalDate.of(2024, 6, 1).toEpochDay();

    private static StoryInput article(String id, Integer day, String publisher, String text, String... people) {
        List<EntityRef> entities = java.util.Arrays.stream(people).map(p -> EntityRef.byName(p, "PERSON", 2))
                .toList();
        return new StoryInput(id, day, publisher, null, text, entities, List.of());
    }

    private static final String QUAKE_A = "A magnitude 6.1 earthquake struck the island of Qeshm off southern Iran, "
            + "destroying villages near Bandar Abbas; rescuers searched rubble for survivors of the quake.";
    private static final String QUAKE_A2 = "Rescuers on Qeshm island pulled survivors from the rubble of villages "
            + "flattened by the magnitude 6.1 quake near Bandar Abbas, Iranian officials reported.";
    private static final String QUAKE_B = "A magnitude 7.0 earthquake struck Haiti near Port-au-Prince on Tuesday, "
            + "collapsing the presidential palace, the cathedral and several hospitals in the capital.";
    private static final String QUAKE_B2 = "Aid reached Port-au-Prince as survivors of the Haiti earthquake camped "
            + "beside the collapsed presidential palace; hospitals and rescuers struggled with rubble.";

    @Test
    void separates_two_events_of_the_same_kind_and_joins_their_follow_ups() {
        StoryClusterer clusterer = new StoryClusterer(StoryParams.DEFAULT);
        var a = clusterer.add(article("a1", JUNE_1, "Wire", QUAKE_A, "Qeshm", "Bandar Abbas"));
        var b = clusterer.add(article("b1", JUNE_1 + 1, "Herald", QUAKE_B, "Haiti", "Port-au-Prince"));
        var a2 = clusterer.add(article("a2", JUNE_1 + 1, "Herald", QUAKE_A2, "Qeshm", "Bandar Abbas"));
        var b2 = clusterer.add(article("b2", JUNE_1 + 2, "Wire", QUAKE_B2, "Haiti", "Port-au-Prince"));
        assertThat(a.opened()).isTrue();
        assertThat(b.opened()).isTrue();
        assertThat(b.storyId()).isNotEqualTo(a.storyId());
        assertThat(a2.storyId()).isEqualTo(a.storyId());
        assertThat(b2.storyId()).isEqualTo(b.storyId());
        assertThat(a2.similarity()).isGreaterThanOrEqualTo(StoryParams.DEFAULT.threshold());
    }

    // A knowledge base about dock strikes only: "dockworkers", "strike" and "port" are in nearly every article.
    private static final List<StoryInput> DOCK_STRIKES = List.of(
            placed("antwerp1", 0, "Wire", "Dockworkers at the port of Antwerp walked off the job on Monday, leaving "
                    + "container ships idle at the quays as the union demanded a pay rise and an end to night shifts.",
                    "Antwerp"),
            placed("antwerp2", 1, "Herald", "The dockworkers' strike in Antwerp entered its second day as the port "
                    + "authority said forty vessels were waiting offshore and shippers diverted cargo to Rotterdam.",
                    "Antwerp", "Rotterdam"),
            placed("gdansk1", 1, "Courier", "Crane operators at the Baltic port of Gdansk began a strike over safety "
                    + "after an accident injured two workers, halting grain exports from the terminal.", "Gdansk"),
            placed("antwerp3", 2, "Courier", "Talks between the Antwerp port employers and the dockworkers' union "
                    + "broke down late on Tuesday, and the strike will continue through the week, the union said.",
                    "Antwerp"),
            placed("gdansk2", 2, "Wire", "Grain exports from Gdansk stayed blocked as crane operators kept up their "
                    + "safety strike; the terminal's operator promised an inquiry into the accident.", "Gdansk"),
            placed("antwerp4", 3, "Herald", "Antwerp's dockworkers voted on Wednesday to accept a pay offer, ending "
                    + "a three-day strike that stranded container ships and cost the port millions.", "Antwerp"));

    private static StoryInput placed(String id, int day, String publisher, String text, String... places) {
        List<EntityRef> entities = java.util.Arrays.stream(places).map(p -> EntityRef.byName(p, "LOCATION", 1))
                .toList();
        return new StoryInput(id, JUNE_1 + day, publisher, null, text, entities, List.of());
    }

    private static java.util.Map<String, String> storiesOf(StoryClusterer clusterer, List<StoryInput> stream) {
        java.util.Map<String, String> story = new java.util.HashMap<>();
        for (StoryInput input : stream) story.put(input.id(), clusterer.add(input).storyId());
        return story;
    }

    private static final String QESHM_2005 = "BANDAR ABBAS, 12 May 2005. A magnitude 6.1 earthquake struck the island "
            + "of Qeshm in southern Iran on Thursday, killing 13 villagers and destroying hundreds of homes, officials "
            + "said.";
    private static final String QESHM_2005_FOLLOW_UP = "Rescuers on Qeshm searched the rubble on Friday after the "
            + "magnitude 6.1 quake of 12 May 2005 killed 13 people in villages near Bandar Abbas.";
    private static final String QESHM_2008 = "27 November 2008. A magnitude 5.9 earthquake shook the island of Qeshm "
            + "on Sunday, killing 10 people as mud-brick houses collapsed, the Red Crescent said.";

    private static Map<String, String> quakes(Integer day, String later) {
        return quakes(StoryParams.DEFAULT, day, day, later);
    }

    private static Map<String, String> quakes(StoryParams params, Integer day, String later) {
        return quakes(params, day, day, later);
    }

    private static Map<String, String> quakes(StoryParams params, Integer day, Integer laterDay, String later) {
        StoryClusterer clusterer = StoryClusterer.withBackground(params);
        List<EntityRef> qeshm = List.of(EntityRef.byName("Qeshm", "LOCATION", 2));
        List<EntityRef> laterCast = List.of(EntityRef.byName("Qeshm", "LOCATION", 1),
                EntityRef.byName("Red Crescent", "ORGANIZATION", 2));
        List<StoryInput> stream = List.of(new StoryInput("first", day, "Wire", null, QESHM_2005, qeshm, List.of()),
                new StoryInput("follow-up", day, "Wire", null, QESHM_2005_FOLLOW_UP, qeshm, List.of()),
                new StoryInput("later", laterDay, "Wire", null, later, laterCast, List.of()));
        Map<String, String> out = new java.util.HashMap<>();
        for (StoryInput input : stream) out.put(input.id(), clusterer.add(input).storyId());
        return out;
    }

    @Test
    void undated_reports_whose_leads_state_other_numbers_are_another_occurrence() {
        Map<String, String> undated = quakes(null, QESHM_2008);
        assertThat(undated.get("follow-up")).isEqualTo(undated.get("first"));
        assertThat(undated.get("later")).isNotEqualTo(undated.get("first"));
        // the same words without their numbers join: the numbers alone told the two quakes apart
        Map<String, String> withoutNumbers = quakes(null, QESHM_2008.replaceAll("[0-9.]+ ", ""));
        assertThat(withoutNumbers.get("later")).isEqualTo(withoutNumbers.get("first"));
        // dated on one day, the decay decides and a story's new numbers do not split it
        Map<String, String> dated = quakes(JUNE_1, QESHM_2008);
        assertThat(dated.get("later")).isEqualTo(dated.get("first"));
        // an undated report in a dated stream is placed at the stream's front, a day assumed, not measured
        Map<String, String> undatedLater = quakes(StoryParams.DEFAULT, JUNE_1, null, QESHM_2008);
        assertThat(undatedLater.get("later")).isNotEqualTo(undatedLater.get("first"));
        Map<String, String> ruleOff = quakes(StoryParams.DEFAULT.withNumbersDisagree(0), null, QESHM_2008);
        assertThat(ruleOff.get("later")).isEqualTo(ruleOff.get("first"));
    }

    @Test
    void a_focused_base_keeps_one_strike_in_one_story_and_two_strikes_apart() {
        var story = storiesOf(StoryClusterer.withBackground(StoryParams.DEFAULT), DOCK_STRIKES);
        assertThat(List.of(story.get("antwerp2"), story.get("antwerp3"), story.get("antwerp4")))
                .containsOnly(story.get("antwerp1"));
        assertThat(story.get("gdansk2")).isEqualTo(story.get("gdansk1")).isNotEqualTo(story.get("antwerp1"));
    }

    @Test
    void without_the_background_a_focused_base_splits_one_strike() {
        // the subject's words are in every article of the base, so idf from the base alone gives them almost no weight
        var story = storiesOf(new StoryClusterer(StoryParams.DEFAULT), DOCK_STRIKES);
        assertThat(story.get("antwerp2")).isNotEqualTo(story.get("antwerp1"));
    }

    @Test
    void opens_a_new_story_when_the_old_one_went_cold() {
        StoryClusterer clusterer = new StoryClusterer(StoryParams.DEFAULT);
        var first = clusterer.add(article("a1", JUNE_1, "Wire", QUAKE_A, "Qeshm"));
        var fresh = clusterer.add(article("a2", JUNE_1 + 3, "Wire", QUAKE_A2, "Qeshm"));
        var late = clusterer.add(article("a3", JUNE_1 + 3 + StoryParams.DEFAULT.coldAfterDays() + 1, "Wire",
                QUAKE_A2 + " One year on.", "Qeshm"));
        assertThat(fresh.storyId()).isEqualTo(first.storyId());
        assertThat(late.opened()).isTrue();
        assertThat(clusterer.size()).isEqualTo(2);
    }

    @Test
    void weakens_similarity_with_days_of_silence() {
        StoryClusterer near = new StoryClusterer(StoryParams.DEFAULT);
        near.add(article("a1", JUNE_1, "Wire", QUAKE_A, "Qeshm"));
        double sameDay = near.add(article("a2", JUNE_1, "Wire", QUAKE_A2, "Qeshm")).similarity();
        StoryClusterer far = new StoryClusterer(StoryParams.DEFAULT.withThreshold(0.01));
        far.add(article("a1", JUNE_1, "Wire", QUAKE_A, "Qeshm"));
        int halfLife = (int) StoryParams.DEFAULT.halfLifeDays();
        double later = far.add(article("a2", JUNE_1 + halfLife, "Wire", QUAKE_A2, "Qeshm")).similarity();
        assertThat(later).isCloseTo(sameDay / 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    // One bridge closure followed up 9 and 17 days on, in new words (trade, repair money), with a viaduct closed
    // between them: each follow-up's similarity to the story is 0.43-0.61 before decay, which a week's half-life
    // cut below the threshold.
    private static final List<StoryInput> BRIDGE_AND_VIADUCT = List.of(
            placed("bridge1", 0, "Wire", "Engineers closed the Marlow Street bridge over the river Tain in Ferrisby "
                    + "on Monday after inspectors found cracks in two of its steel girders; buses were diverted and "
                    + "commuters faced long queues.", "Marlow Street", "Tain", "Ferrisby"),
            placed("bridge2", 9, "Herald", "Traders in Ferrisby say takings have fallen by a third since the Marlow "
                    + "Street bridge shut, as shoppers from the far bank of the Tain stay away; the council promised "
                    + "a free shuttle bus.", "Ferrisby", "Marlow Street", "Tain"),
            placed("viaduct1", 10, "Courier", "Inspectors shut the Kelso viaduct carrying the Arden line near "
                    + "Brampton after divers found scour around a pier; trains between Brampton and Hale were "
                    + "replaced by coaches.", "Kelso", "Arden", "Brampton", "Hale"),
            placed("bridge3", 17, "Wire", "Ferrisby council approved four million pounds to repair the cracked "
                    + "girders of the Marlow Street bridge, and engineers expect the crossing over the Tain to "
                    + "reopen by the autumn.", "Ferrisby", "Marlow Street", "Tain"),
            placed("viaduct2", 19, "Herald", "Coaches will replace trains between Brampton and Hale until March "
                    + "while the Kelso viaduct's scoured pier is rebuilt, the Arden line's operator said.", "Kelso",
                    "Brampton", "Hale", "Arden"));

    // Two hurricanes of the same words, the second 11 days after the first story's last article: what tells them
    // apart is the time between them, so the half-life cannot grow without bound.
    private static final List<StoryInput> TWO_HURRICANES = List.of(
            placed("ines1", 0, "Wire", "Hurricane Ines made landfall on the island of Tobin as a category four storm "
                    + "on Sunday, tearing roofs from homes in Port Wessel; thousands were evacuated as winds reached "
                    + "220 kilometres an hour.", "Ines", "Tobin", "Port Wessel"),
            placed("ines2", 2, "Herald", "Ines weakened to a tropical storm after crossing Tobin, leaving Port Wessel "
                    + "without power; the island's government asked for emergency shelter and water.", "Ines",
                    "Tobin", "Port Wessel"),
            placed("joaquin1", 13, "Courier", "Hurricane Joaquin made landfall on the Calloway Keys as a category "
                    + "three storm on Thursday, tearing roofs from homes; thousands were evacuated and the islands "
                    + "were left without power as winds reached 190 kilometres an hour.", "Joaquin",
                    "Calloway Keys"));

    // Two supermarket fires of the same words in two towns, undated: the town and the county are what differ.
    private static final List<StoryInput> TWO_SUPERMARKET_FIRES = List.of(
            article("banstead1", null, "Wire", "A fire destroyed a supermarket in Banstead on Sunday night. More than "
                    + "fifty firefighters from Surrey fought the blaze, which broke out on the roof, and residents of "
                    + "High Street were evacuated."),
            article("banstead2", null, "Herald", "Investigators in Banstead said the blaze that gutted the supermarket "
                    + "began on its roof. The Surrey fire service said the store was a total loss and High Street "
                    + "stays closed."),
            article("wellington1", null, "Courier", "A fire badly damaged a supermarket in Wellington on Sunday. Crews "
                    + "from Somerset fought the blaze and the store will stay closed."));

    @Test
    void a_fire_in_another_town_opens_its_own_story_because_names_count_twice() {
        var story = storiesOf(StoryClusterer.withBackground(StoryParams.DEFAULT), TWO_SUPERMARKET_FIRES);
        assertThat(story.get("banstead2")).isEqualTo(story.get("banstead1"));
        assertThat(story.get("wellington1")).isNotEqualTo(story.get("banstead1"));
        var namesAsWords = storiesOf(StoryClusterer.withBackground(StoryParams.DEFAULT.withNameCount(1)),
                TWO_SUPERMARKET_FIRES);
        assertThat(namesAsWords.get("wellington1")).isEqualTo(namesAsWords.get("banstead1"));
    }

    // One town's news over a week: a depot's three reports, and a school prize and a robbery on which the council
    // leader also comments. Dated, as a local base is.
    private static List<StoryInput> harwick(Integer start) {
        java.util.function.IntFunction<Integer> day = d -> start == null ? null : start + d;
        return List.of(
                article("depot1", day.apply(0), "Harwick Herald", "Harwick council voted on Monday to build a depot "
                        + "for 40 electric buses on Cole Road at a cost of 12 million pounds. Council leader Sarah "
                        + "Quinlan said the depot would replace the ageing garage in the town centre and cut fumes.",
                        "Sarah Quinlan", "Harwick", "Cole Road"),
                article("depot2", day.apply(3), "Harwick Herald", "Residents of Cole Road have objected to the planned "
                        + "electric bus depot, saying buses leaving at dawn would wake their children. Quinlan said "
                        + "the depot would bring 60 jobs and that drivers would use a rear gate.", "Sarah Quinlan",
                        "Cole Road"),
                article("school", day.apply(4), "Harwick Herald", "St Anne's primary school in Harwick has won a "
                        + "national award for its reading programme, which pairs older pupils with younger ones. "
                        + "Council leader Sarah Quinlan congratulated the pupils and their teachers at an assembly on "
                        + "Friday.", "Sarah Quinlan", "Harwick", "St Anne's"),
                article("robbery", day.apply(6), "County Times", "A 34-year-old man has been charged with robbery "
                        + "after a jeweller's shop on Market Street in Harwick was raided on Thursday. Police "
                        + "recovered most of the stolen rings. Sarah Quinlan, the council leader, said the town centre "
                        + "remained safe.", "Sarah Quinlan", "Harwick", "Market Street"),
                article("depot3", day.apply(7), "County Times", "The planning committee approved the electric bus "
                        + "depot on Cole Road after a three-hour hearing on Monday. Objectors said they would appeal. "
                        + "Sarah Quinlan welcomed the decision and said work would start in autumn.", "Sarah Quinlan",
                        "Cole Road"));
    }

    @Test
    void a_council_leader_named_in_every_local_story_does_not_join_a_prize_or_a_robbery_to_the_depot() {
        var story = storiesOf(StoryClusterer.withBackground(StoryParams.DEFAULT), harwick(JUNE_1));
        assertThat(story.get("depot2")).isEqualTo(story.get("depot1"));
        assertThat(story.get("depot3")).isEqualTo(story.get("depot1"));
        assertThat(story.get("school")).isNotEqualTo(story.get("depot1"));
        assertThat(story.get("robbery")).isNotEqualTo(story.get("depot1"));
        // names alone weighing as much as shared words: the leader and the town take both into the depot's story
        var namesAlone = storiesOf(StoryClusterer.withBackground(StoryParams.DEFAULT.withNamesAlone(0)),
                harwick(JUNE_1));
        assertThat(namesAlone.get("school")).isEqualTo(namesAlone.get("depot1"));
        assertThat(namesAlone.get("robbery")).isEqualTo(namesAlone.get("depot1"));
    }

    @Test
    void names_alone_are_not_asked_about_where_no_dates_say_the_stream_is_a_local_base() {
        var story = storiesOf(StoryClusterer.withBackground(StoryParams.DEFAULT), harwick(null));
        var namesAlone = storiesOf(StoryClusterer.withBackground(StoryParams.DEFAULT.withNamesAlone(0)),
                harwick(null));
        assertThat(story).isEqualTo(namesAlone);
    }

    @Test
    void a_story_followed_up_over_weeks_stays_one_story_beside_another_closure() {
        var story = storiesOf(StoryClusterer.withBackground(StoryParams.DEFAULT), BRIDGE_AND_VIADUCT);
        assertThat(List.of(story.get("bridge2"), story.get("bridge3"))).containsOnly(story.get("bridge1"));
        assertThat(story.get("viaduct2")).isEqualTo(story.get("viaduct1")).isNotEqualTo(story.get("bridge1"));
        // names counting as any word: the bridge's and the viaduct's names alone would carry the follow-up over a week
        var weekHalfLife = storiesOf(StoryClusterer.withBackground(new StoryParams(0.225, 0.2, 7, 30, 30)
                .withNameCount(1)), BRIDGE_AND_VIADUCT);
        assertThat(weekHalfLife.get("bridge2")).isNotEqualTo(weekHalfLife.get("bridge1"));
    }

    @Test
    void a_second_hurricane_days_laterCastopens_its_own_story() {
        var story = storiesOf(StoryClusterer.withBackground(StoryParams.DEFAULT), TWO_HURRICANES);
        assertThat(story.get("ines2")).isEqualTo(story.get("ines1"));
        assertThat(story.get("joaquin1")).isNotEqualTo(story.get("ines1"));
        // names counting as any word: counted twice, the storms' and islands' names alone keep them apart
        var noDecay = new StoryParams(0.225, 0.2, 1e9, 30, 30).withNameCount(1);
        var undecayed = storiesOf(StoryClusterer.withBackground(noDecay), TWO_HURRICANES);
        assertThat(undecayed.get("joaquin1")).isEqualTo(undecayed.get("ines1"));
    }

    @Test
    void an_article_without_a_publisher_counts_as_a_source_of_its_own() {
        StoryClusterer clusterer = new StoryClusterer(StoryParams.DEFAULT);
        clusterer.add(article("a1", JUNE_1, null, QUAKE_A, "Qeshm"));
        assertThat(clusterer.storyOf("a1").sources()).isEqualTo(1);
        clusterer.add(article("a2", JUNE_1, " ", QUAKE_A + " Aftershocks followed.", "Qeshm"));
        clusterer.add(article("a3", JUNE_1, "Wire", QUAKE_A2, "Qeshm"));
        Story story = clusterer.storyOf("a1");
        assertThat(story.articleIds()).containsExactly("a1", "a2", "a3");
        assertThat(story.sources()).isEqualTo(3);
    }

    @Test
    void summarises_a_story_with_label_dates_sources_and_timeline() {
        StoryClusterer clusterer = new StoryClusterer(StoryParams.DEFAULT);
        TimelineItem quote = new TimelineItem(TimelineItem.Kind.QUOTE, JUNE_1 - 1, "We felt the ground roll",
                "a resident", "a2");
        clusterer.add(article("a1", JUNE_1, "Wire", QUAKE_A, "Qeshm", "Bandar Abbas"));
        clusterer.add(new StoryInput("a2", JUNE_1 + 1, "Herald", null, QUAKE_A2,
                List.of(EntityRef.byName("Qeshm", "LOCATION", 3)), List.of(quote)));
        clusterer.add(article("a3", JUNE_1 + 1, "wire ", QUAKE_A + " Aftershocks followed.", "Qeshm"));
        Story story = clusterer.storyOf("a2");
        assertThat(story.articleIds()).containsExactly("a1", "a2", "a3");
        assertThat(story.sources()).isEqualTo(2);
        assertThat(story.firstSeen()).isEqualTo("2024-06-01");
        assertThat(story.lastSeen()).isEqualTo("2024-06-02");
        assertThat(story.keyEntities()).first().isEqualTo("Qeshm");
        assertThat(story.label()).startsWith("Qeshm").contains("qeshm");
        assertThat(story.timeline()).extracting(TimelineDay::date, TimelineDay::articles)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2024-05-31", 0),
                        org.assertj.core.groups.Tuple.tuple("2024-06-01", 1),
                        org.assertj.core.groups.Tuple.tuple("2024-06-02", 2));
        assertThat(story.timeline().get(0).items()).containsExactly(quote);
    }

    @Test
    void an_outlet_s_own_name_and_interview_labels_do_not_join_its_unrelated_interviews() {
        StoryClusterer clusterer = new StoryClusterer(StoryParams.DEFAULT);
        String format = "((Quayside)) %s\n((%s)) %s\n((Quayside)) Quayside thanks you.";
        clusterer.add(article("i1", JUNE_1, "Quayside", String.format(format, "How bad was the drought?", "Ann Roe",
                "Drought ruined the barley harvest and feed prices doubled."), "Ann Roe"));
        clusterer.add(article("i2", JUNE_1 + 1, "Quayside", String.format(format, "Where did the orchestra play?",
                "Bo Lin", "We toured Vienna with a new concerto."), "Bo Lin"));
        assertThat(clusterer.storyOf("i2").articleIds()).containsExactly("i2");
        assertThat(clusterer.storyOf("i1").keyTerms()).doesNotContain("quayside").contains("drought");
    }

    @Test
    void clusters_undated_articles_on_text_alone_and_ignores_a_repeated_id() {
        StoryClusterer clusterer = new StoryClusterer(StoryParams.DEFAULT);
        var first = clusterer.add(new StoryInput("a1", null, null, null, QUAKE_A, List.of(), List.of()));
        var second = clusterer.add(new StoryInput("a2", null, null, null, QUAKE_A2, List.of(), List.of()));
        var again = clusterer.add(new StoryInput("a1", null, null, null, QUAKE_B, List.of(), List.of()));
        assertThat(second.storyId()).isEqualTo(first.storyId());
        assertThat(again.storyId()).isEqualTo(first.storyId());
        assertThat(clusterer.stories()).singleElement().satisfies(s -> {
            assertThat(s.articleCount()).isEqualTo(2);
            assertThat(s.firstSeen()).isNull();
            assertThat(s.timeline()).isEmpty();
        });
    }

    @Test
    void keeps_empty_and_unrelated_texts_in_stories_of_their_own() {
        StoryClusterer clusterer = new StoryClusterer(StoryParams.DEFAULT);
        clusterer.add(new StoryInput("empty", JUNE_1, null, null, "", List.of(), List.of()));
        clusterer.add(article("q", JUNE_1, "Wire", QUAKE_A));
        clusterer.add(article("other", JUNE_1, "Wire", "The central bank raised interest rates by half a point "
                + "to curb inflation, surprising bond traders."));
        assertThat(clusterer.size()).isEqualTo(3);
    }

    @Test
    void a_removed_article_leaves_the_state_as_if_it_had_never_been_added() {
        // without a background every word shared by two of two articles weighs about 1 of idf, so the names-alone
        // rule would keep "gone" out of the story it has to leave
        StoryParams params = StoryParams.DEFAULT.withNamesAlone(0);
        StoryClusterer with = new StoryClusterer(params);
        StoryClusterer without = new StoryClusterer(params);
        var removed = article("gone", JUNE_1, "Wire", QUAKE_B + " Qeshm Bandar Abbas rubble survivors.", "Qeshm");
        var kept = article("a1", JUNE_1, "Wire", QUAKE_A, "Qeshm", "Bandar Abbas");
        with.add(kept);
        with.add(removed);
        without.add(kept);
        assertThat(with.remove("gone")).isTrue();
        assertThat(with.remove("gone")).as("only once").isFalse();
        assertThat(with.storyOf("gone")).isNull();
        for (var later : List.of(article("a2", JUNE_1 + 1, "Herald", QUAKE_A2, "Qeshm", "Bandar Abbas"),
                article("b1", JUNE_1 + 1, "Herald", QUAKE_B, "Haiti", "Port-au-Prince"),
                article("b2", JUNE_1 + 2, "Wire", QUAKE_B2, "Haiti", "Port-au-Prince"))) {
            var a = with.add(later);
            var b = without.add(later);
            assertThat(a.storyId()).isEqualTo(b.storyId());
            assertThat(a.similarity()).as(later.id())
                    .isCloseTo(b.similarity(), org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(with.stories()).extracting(Story::id, Story::articleIds, Story::sources, Story::firstSeen,
                Story::lastSeen).containsExactlyElementsOf(without.stories().stream().map(s ->
                org.assertj.core.groups.Tuple.tuple(s.id(), s.articleIds(), s.sources(), s.firstSeen(), s.lastSeen()))
                .toList());
    }

    @Test
    void a_story_whose_articles_all_left_is_gone_and_its_opener_may_open_a_new_one() {
        StoryClusterer clusterer = new StoryClusterer(StoryParams.DEFAULT);
        String first = clusterer.add(article("a1", JUNE_1, "Wire", QUAKE_A, "Qeshm")).storyId();
        clusterer.remove("a1");
        assertThat(clusterer.stories()).isEmpty();
        assertThat(clusterer.story(first)).isNull();
        var again = clusterer.add(article("a1", JUNE_1, "Wire", QUAKE_A, "Qeshm"));
        assertThat(again.opened()).isTrue();
        assertThat(again.storyId()).isNotEqualTo(first);
        assertThat(clusterer.story(again.storyId()).articleIds()).containsExactly("a1");
    }

    @Test
    void cold_stories_sharing_an_article_s_words_do_not_crowd_out_the_live_one() {
        StoryClusterer clusterer = new StoryClusterer(StoryParams.DEFAULT);
        int cold = StoryParams.DEFAULT.coldAfterDays() + 1;
        // forty yearly reports in the very words of the later article, each gone cold before the next
        for (int i = 0; i < 40; i++) {
            assertThat(clusterer.add(article("old" + i, JUNE_1 + i * cold, "Wire", QUAKE_A, "Qeshm")).opened())
                    .isTrue();
        }
        int today = JUNE_1 + 40 * cold;
        var live = clusterer.add(article("live", today, "Herald", QUAKE_A2, "Qeshm"));
        var follow = clusterer.add(article("follow", today + 1, "Wire", QUAKE_A, "Qeshm"));
        assertThat(follow.storyId()).isEqualTo(live.storyId());
    }

    // One case over a year: an inquiry, a trial months later, a verdict months after that, each with the same people.
    private static final String INQUIRY = "Prosecutors in Carrow opened an inquiry into mayor Edwin Falk over "
            + "harbour contracts awarded to Telmar Construction, a firm owned by his cousin, and searched the town hall.";
    private static final String TRIAL = "The bribery trial of former Carrow mayor Edwin Falk opened on Monday; "
            + "prosecutors told the court that Telmar Construction paid him for the harbour contracts.";
    private static final String VERDICT = "A court found former Carrow mayor Edwin Falk guilty of taking bribes "
            + "from Telmar Construction for harbour contracts and sentenced him to six years in prison.";
    private static final String OTHER_TRIAL = "The bribery trial of Vessing councillor Ruth Amsel opened on Monday; "
            + "prosecutors told the court that a builder paid her for road contracts in the district.";

    private static StoryInput named(String id, Integer day, String text, String... names) {
        List<EntityRef> entities = java.util.Arrays.stream(names).map(n -> EntityRef.byName(n, "PERSON", 2)).toList();
        return new StoryInput(id, day, "Wire", null, text, entities, List.of());
    }

    @Test
    void stages_of_a_case_months_apart_are_stories_of_their_own_linked_into_a_line() {
        StoryClusterer clusterer = StoryClusterer.withBackground(StoryParams.DEFAULT);
        var inquiry = clusterer.add(named("inquiry", JUNE_1, INQUIRY, "Edwin Falk", "Telmar Construction", "Carrow"));
        var other = clusterer.add(named("other", JUNE_1 + 80, OTHER_TRIAL, "Ruth Amsel", "Vessing"));
        var trial = clusterer.add(named("trial", JUNE_1 + 90, TRIAL, "Edwin Falk", "Telmar Construction", "Carrow"));
        var verdict = clusterer.add(named("verdict", JUNE_1 + 200, VERDICT, "Edwin Falk", "Telmar Construction"));
        assertThat(List.of(trial.opened(), verdict.opened())).containsOnly(true);
        assertThat(clusterer.story(trial.storyId()).follows()).isEqualTo(inquiry.storyId());
        assertThat(clusterer.story(verdict.storyId()).follows()).isIn(inquiry.storyId(), trial.storyId());
        // the same kind of trial in the same words, about other people, starts no line
        assertThat(clusterer.story(other.storyId()).follows()).isNull();
        assertThat(clusterer.story(inquiry.storyId()).follows()).isNull();
    }

    @Test
    void a_line_needs_the_same_people_not_only_the_same_words() {
        // one text, two casts: only the entity channel differs, and only the story's own people continue it
        String[] sameCast = {"Edwin Falk", "Telmar Construction", "Carrow"};
        String[] otherCast = {"Ruth Amsel", "Vessing Council", "Carrow"};
        for (String[] cast : List.of(sameCast, otherCast)) {
            StoryClusterer clusterer = StoryClusterer.withBackground(StoryParams.DEFAULT);
            var inquiry = clusterer.add(named("inquiry", JUNE_1, INQUIRY, sameCast));
            var trial = clusterer.add(named("trial", JUNE_1 + 90, TRIAL, cast));
            assertThat(clusterer.story(trial.storyId()).follows())
                    .isEqualTo(cast == sameCast ? inquiry.storyId() : null);
        }
    }

    @Test
    void a_line_reaches_back_four_months_from_the_placement_day_and_no_further() {
        // the same stage of the same case, once within the line's reach and once beyond it
        for (int gap : new int[] {110, 130}) {
            StoryClusterer clusterer = StoryClusterer.withBackground(StoryParams.DEFAULT);
            var inquiry = clusterer.add(named("inquiry", JUNE_1, INQUIRY, "Edwin Falk", "Telmar Construction",
                    "Carrow"));
            var trial = clusterer.add(named("trial", JUNE_1 + gap, TRIAL, "Edwin Falk", "Telmar Construction",
                    "Carrow"));
            assertThat(trial.storyId()).isNotEqualTo(inquiry.storyId());
            assertThat(clusterer.story(trial.storyId()).follows()).isEqualTo(gap <= 120 ? inquiry.storyId() : null);
        }
    }

    @Test
    void an_undated_article_reaches_back_from_the_stream_s_front() {
        StoryClusterer clusterer = StoryClusterer.withBackground(StoryParams.DEFAULT);
        clusterer.add(named("inquiry", JUNE_1, INQUIRY, "Edwin Falk", "Telmar Construction", "Carrow"));
        clusterer.add(article("flood", JUNE_1 + 240, "Herald", FLOOD, "Hatherley"));
        // placed eight months after the inquiry, the undated verdict is too far from it to continue it
        var undated = clusterer.add(named("undated", null, VERDICT, "Edwin Falk", "Telmar Construction"));
        assertThat(clusterer.story(undated.storyId()).follows()).isNull();
    }

    @Test
    void an_undated_article_is_placed_at_the_stream_s_front_not_beside_an_old_story() {
        StoryClusterer clusterer = StoryClusterer.withBackground(StoryParams.DEFAULT);
        var inquiry = clusterer.add(named("inquiry", JUNE_1, INQUIRY, "Edwin Falk", "Telmar Construction", "Carrow"));
        var flood = clusterer.add(article("flood", JUNE_1 + 100, "Herald", FLOOD, "Hatherley"));
        // the verdict page lost its date: nothing says it is close to the inquiry three months before
        var undated = clusterer.add(named("undated", null, VERDICT, "Edwin Falk", "Telmar Construction"));
        assertThat(undated.storyId()).isNotEqualTo(inquiry.storyId());
        assertThat(clusterer.story(undated.storyId()).follows()).isEqualTo(inquiry.storyId());
        var undatedFlood = clusterer.add(article("flood2", null, "Wire", FLOOD_FOLLOW_UP, "Hatherley"));
        assertThat(undatedFlood.storyId()).isEqualTo(flood.storyId());
        assertThat(clusterer.story(flood.storyId()).lastSeen()).isEqualTo(clusterer.story(flood.storyId()).firstSeen());
    }

    private static final String FLOOD = "The river Lune burst its banks at Hatherley overnight, flooding two hundred "
            + "homes and closing the railway bridge.";
    private static final String FLOOD_FOLLOW_UP = "Two hundred homes in Hatherley were flooded when the river Lune "
            + "burst its banks; the railway bridge stays closed.";
    private static final String CONCERT = "Tickets for the open-air concert season at Carrow castle went on sale, "
            + "with a choir festival and three orchestras on the programme.";
    private static final String COUNCIL = "Carrow's council approved the harbour budget and a new library after a "
            + "long debate on Tuesday.";

    @Test
    void a_page_dated_years_ahead_does_not_move_where_undated_articles_are_placed() {
        StoryClusterer clusterer = StoryClusterer.withBackground(StoryParams.DEFAULT);
        var flood = clusterer.add(article("flood", JUNE_1, "Herald", FLOOD, "Hatherley"));
        clusterer.add(article("rain", JUNE_1 + 1, "Wire", "Rain kept falling on Hatherley as the river Lune stayed "
                + "above its banks and the railway bridge remained closed to trains.", "Hatherley"));
        // a scraped page whose date line was misread: seven years ahead of everything else in the stream
        clusterer.add(article("concert", JUNE_1 + 7 * 365, "Courier", CONCERT, "Carrow"));
        clusterer.add(article("council", JUNE_1 + 2, "Courier", COUNCIL, "Carrow"));
        var undated = clusterer.add(article("flood2", null, "Wire", FLOOD_FOLLOW_UP, "Hatherley"));
        assertThat(undated.storyId()).isEqualTo(flood.storyId());
    }

    @Test
    void the_front_follows_a_stream_that_moves_on_once_a_second_article_confirms_it() {
        StoryClusterer clusterer = StoryClusterer.withBackground(StoryParams.DEFAULT);
        var flood = clusterer.add(article("flood", JUNE_1, "Herald", FLOOD, "Hatherley"));
        int yearOn = JUNE_1 + 365;
        clusterer.add(article("concert", yearOn, "Courier", CONCERT, "Carrow"));
        clusterer.add(article("council", yearOn + 1, "Courier", COUNCIL, "Carrow"));
        // placed a year after the flood, the undated report is too far from it to join it
        var undated = clusterer.add(article("flood2", null, "Wire", FLOOD_FOLLOW_UP, "Hatherley"));
        assertThat(undated.storyId()).isNotEqualTo(flood.storyId());
    }
}
