package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.index.Fixtures.article;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.EntityType;

class EntityTest {
    @TempDir
    Path dir;

    private static List<Fixtures.ArticleFixture> impeachment() {
        return List.of(
                article("t1", "Impeachment inquiry opens",
                        "Donald Trump met Nancy Pelosi. Trump said: \"This is a witch hunt.\"")
                        .published("2019-09-25")
                        .entity(EntityType.PERSON, "Donald Trump", "Donald Trump", "Trump")
                        .entity(EntityType.PERSON, "Nancy Pelosi")
                        .quote("This is a witch hunt.", "Donald Trump", "Trump"),
                article("t2", "Senate trial", "Trump spoke to reporters. Trump said \"We will win.\"")
                        .published("2019-09-26")
                        .entity(EntityType.PERSON, "Trump")
                        .quote("We will win.", "Trump", "Trump"),
                article("t3", "White House responds", "President Trump was in Ohio with Pelosi nowhere near.")
                        .published("2019-09-26")
                        .entity(EntityType.PERSON, "President Trump")
                        .entity(EntityType.PERSON, "Pelosi")
                        .entity(EntityType.LOCATION, "Ohio"),
                article("t4", "Spokesman speaks", "\"No comment,\" an official said, citing Ohio rules.")
                        .published("2019-09-27")
                        .entity(EntityType.LOCATION, "Ohio")
                        .quote("No comment,", null, "an official"));
    }

    @Test
    void a_person_named_three_ways_in_three_articles_is_one_entity() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, impeachment().toArray(Fixtures.ArticleFixture[]::new));
            List<KbEntity> people = kb.searcher().entities("PERSON", 10, 0).items();
            assertThat(people).extracting(KbEntity::name).containsExactly("Donald Trump", "Nancy Pelosi");
            KbEntity trump = people.get(0);
            assertThat(trump.articles()).isEqualTo(3);
            assertThat(trump.mentions()).isEqualTo(5);
            assertThat(trump.aliases()).containsExactlyInAnyOrder("Donald Trump", "Trump", "President Trump");
            // looked up by any alias, without case
            assertThat(kb.searcher().entities(null, "president trump", 10, 0).items()).containsExactly(trump);
            assertThat(kb.searcher().entities("LOCATION", "pelosi", 10, 0).items()).isEmpty();
            assertThat(trump.firstSeen()).isEqualTo("2019-09-25");
            assertThat(trump.lastSeen()).isEqualTo("2019-09-26");
            assertThat(people.get(1).articles()).isEqualTo(2);
        }
    }

    @Test
    void an_acronym_joins_the_name_an_article_tied_it_to_and_initials_alone_join_nothing() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb,
                    article("a", "Inspectors return", "The International Atomic Energy Agency (IAEA) sent inspectors.")
                            .entity(EntityType.ORGANIZATION, "International Atomic Energy Agency",
                                    "International Atomic Energy Agency", "IAEA"),
                    article("b", "Report due", "The IAEA will report in June.")
                            .entity(EntityType.ORGANIZATION, "IAEA"),
                    article("c", "Art school", "The California Institute of the Arts opened a gallery.")
                            .entity(EntityType.ORGANIZATION, "California Institute of the Arts"),
                    article("d", "Agency silent", "The CIA declined to comment.")
                            .entity(EntityType.ORGANIZATION, "CIA"));
            List<KbEntity> orgs = kb.searcher().entities("ORGANIZATION", 10, 0).items();
            assertThat(orgs).extracting(KbEntity::name).containsExactlyInAnyOrder(
                    "International Atomic Energy Agency", "California Institute of the Arts", "CIA");
            KbEntity agency = orgs.stream().filter(e -> e.name().startsWith("International")).findFirst().orElseThrow();
            assertThat(agency.articles()).isEqualTo(2);
            assertThat(agency.aliases()).contains("IAEA");
        }
    }

    @Test
    void aliases_list_the_short_forms_an_article_joined_into_the_entity() throws Exception {
        // review26u item 4: "Patricia Okafor" lacked "Okafor", an organisation the short form it holds
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb,
                    article("a", "Budget", "Patricia Okafor presented the budget. Okafor's plan passed.")
                            .entity(EntityType.PERSON, "Patricia Okafor", "Patricia Okafor", "Okafor's"),
                    article("b", "Linux", "Tarlow Enterprise Linux shipped. Tarlow said so.")
                            .entity(EntityType.ORGANIZATION, "Tarlow Enterprise Linux", "Tarlow Enterprise Linux",
                                    "Tarlow"));
            KbEntity okafor = kb.searcher().entities("PERSON", 10, 0).items().get(0);
            assertThat(okafor.name()).isEqualTo("Patricia Okafor");
            assertThat(okafor.aliases()).containsExactly("Patricia Okafor", "Okafor");
            assertThat(kb.searcher().entities("ORGANIZATION", 10, 0).items().get(0).aliases())
                    .containsExactly("Tarlow Enterprise Linux", "Tarlow");
        }
    }

    @Test
    void a_shared_surname_goes_to_the_person_the_articles_mostly_meant_by_it() throws Exception {
        assertThat(namesAndArticles("PERSON",
                article("a", "Visit", "Donald Trump and Ivanka Trump visited. Trump spoke first.")
                        .entity(EntityType.PERSON, "Donald Trump", "Donald Trump", "Trump")
                        .entity(EntityType.PERSON, "Ivanka Trump"),
                article("b", "Rally", "Donald Trump held a rally. Trump spoke for an hour.")
                        .entity(EntityType.PERSON, "Donald Trump", "Donald Trump", "Trump"),
                article("c", "Remarks", "Trump spoke.").entity(EntityType.PERSON, "Trump")))
                .containsExactlyInAnyOrder("Donald Trump: 3", "Ivanka Trump: 1");
    }

    @Test
    void a_company_short_name_read_as_a_person_where_no_article_names_the_company_in_full_joins_it() throws Exception {
        assertThat(namesAndArticles(null,
                article("a", "Depots", "Tarlow Freight shut two depots. Tarlow blamed fuel costs.")
                        .entity(EntityType.ORGANIZATION, "Tarlow Freight", "Tarlow Freight", "Tarlow"),
                article("b", "Jobs", "Tarlow Freight cut jobs. Tarlow said more would go.")
                        .entity(EntityType.ORGANIZATION, "Tarlow Freight", "Tarlow Freight", "Tarlow"),
                article("c", "Strike", "Tarlow said the strike was unlawful.").entity(EntityType.PERSON, "Tarlow"),
                // a surname of someone named in full stays that person's, whatever companies begin with it
                article("d", "Plant", "Brenn Motors opened a plant. Brenn said it would hire.")
                        .entity(EntityType.ORGANIZATION, "Brenn Motors", "Brenn Motors", "Brenn"),
                article("e", "Sales", "Brenn Motors sold more cars. Brenn said demand held.")
                        .entity(EntityType.ORGANIZATION, "Brenn Motors", "Brenn Motors", "Brenn"),
                article("f", "Founder", "Ida Brenn turned 90.").entity(EntityType.PERSON, "Ida Brenn"),
                article("g", "Archive", "Brenn wrote the letters in 1950.").entity(EntityType.PERSON, "Brenn")))
                .containsExactlyInAnyOrder("Tarlow Freight: 3", "Brenn Motors: 2", "Ida Brenn: 2");
    }

    @Test
    void a_bare_surname_after_mr_joins_no_womans_full_name_of_another_article() throws Exception {
        assertThat(namesAndArticles("PERSON",
                article("a", "Nurses", "Joan Walsh asked for more nurses. Walsh said wards were full.")
                        .entity(EntityType.PERSON, "Joan Walsh", "Joan Walsh", "Walsh").gender("FEMALE"),
                article("b", "Floods", "Mr Walsh said the floods ruined his crops.")
                        .entity(EntityType.PERSON, "Walsh").gender("MALE"),
                // an honorific that fits: the surname joins her as before
                article("d", "Pay", "Dana Roe asked for a pay rise. Ms Roe said nurses were leaving.")
                        .entity(EntityType.PERSON, "Dana Roe", "Dana Roe", "Roe").gender("FEMALE"),
                article("e", "Rise", "Ms Roe won the pay rise.").entity(EntityType.PERSON, "Roe").gender("FEMALE")))
                .containsExactlyInAnyOrder("Joan Walsh: 1", "Walsh: 1", "Dana Roe: 2");
    }

    @Test
    void an_acronym_no_article_kept_alone_finds_every_name_articles_introduced_it_for() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb,
                    article("a", "Port", "The Tarlow Harbour Board (THB) raised its fees.")
                            .entity(EntityType.ORGANIZATION, "Tarlow Harbour Board", "Tarlow Harbour Board", "THB"),
                    article("b", "Hockey", "The Tarlow Hockey Boosters (THB) raised funds.")
                            .entity(EntityType.ORGANIZATION, "Tarlow Hockey Boosters", "Tarlow Hockey Boosters",
                                    "THB"),
                    article("c", "Ferry", "The ferry left Tarlow.").entity(EntityType.LOCATION, "Tarlow"));
            assertThat(kb.searcher().entities(null, "THB", 10, 0).items()).extracting(KbEntity::name)
                    .containsExactlyInAnyOrder("Tarlow Harbour Board", "Tarlow Hockey Boosters");
            assertThat(kb.searcher().entities("LOCATION", "THB", 10, 0).items()).isEmpty();
        }
    }

    @Test
    void a_company_with_and_without_its_legal_form_is_one_entity() throws Exception {
        assertThat(namesAndArticles("ORGANIZATION",
                article("a", "Results", "Brevik Robotics Inc. reported a loss.")
                        .entity(EntityType.ORGANIZATION, "Brevik Robotics Inc."),
                article("b", "Plant", "Brevik Robotics opened a plant. Brevik Robotics hired 200 people.")
                        .entity(EntityType.ORGANIZATION, "Brevik Robotics"),
                article("c", "Holding", "Tern Holdings Ltd bought a stake.")
                        .entity(EntityType.ORGANIZATION, "Tern Holdings Ltd")))
                .containsExactlyInAnyOrder("Brevik Robotics: 2", "Tern Holdings Ltd: 1");
    }

    /** "name: articles" of the knowledge base's entities of one type after ingesting {@code articles}. */
    private List<String> namesAndArticles(String type, Fixtures.ArticleFixture... articles) throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, articles);
            return kb.searcher().entities(type, 10, 0).items().stream()
                    .map(e -> e.name() + ": " + e.articles()).toList();
        }
    }

    @Test
    void ids_do_not_depend_on_ingest_order() throws Exception {
        List<Fixtures.ArticleFixture> forward = impeachment();
        List<Fixtures.ArticleFixture> backward = new java.util.ArrayList<>(forward);
        java.util.Collections.reverse(backward);
        List<KbEntity> a;
        List<KbEntity> b;
        try (KnowledgeBase kb = KnowledgeBase.open(dir.resolve("a"))) {
            Fixtures.ingest(kb, forward.toArray(Fixtures.ArticleFixture[]::new));
            a = kb.searcher().entities(null, 100, 0).items();
        }
        try (KnowledgeBase kb = KnowledgeBase.open(dir.resolve("b"))) {
            Fixtures.ingest(kb, backward.toArray(Fixtures.ArticleFixture[]::new));
            b = kb.searcher().entities(null, 100, 0).items();
        }
        assertThat(a).hasSize(3);
        assertThat(b).extracting(KbEntity::id).containsExactlyElementsOf(a.stream().map(KbEntity::id).toList());
    }

    @Test
    void a_surname_shared_by_two_people_is_not_merged_with_either() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb,
                    article("a", "Trump visit", "Donald Trump and Ivanka Trump visited.")
                            .entity(EntityType.PERSON, "Donald Trump").entity(EntityType.PERSON, "Ivanka Trump"),
                    article("b", "Remarks", "Trump spoke.").entity(EntityType.PERSON, "Trump"),
                    article("c", "Trump Tower", "Trump Tower is tall.").entity(EntityType.ORGANIZATION, "Trump"));
            assertThat(kb.searcher().entities(null, 10, 0).items()).extracting(KbEntity::name, KbEntity::type)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Donald Trump", "PERSON"),
                            org.assertj.core.groups.Tuple.tuple("Ivanka Trump", "PERSON"),
                            org.assertj.core.groups.Tuple.tuple("Trump", "PERSON"),
                            org.assertj.core.groups.Tuple.tuple("Trump", "ORGANIZATION"));
        }
    }

    @Test
    void an_entity_page_has_quotes_co_mentions_and_mentions_per_day() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, impeachment().toArray(Fixtures.ArticleFixture[]::new));
            Searcher s = kb.searcher();
            String id = s.entities("PERSON", 1, 0).items().get(0).id();
            EntityPage page = s.entity(id, 10).orElseThrow();
            assertThat(page.quotes().items()).extracting(h -> h.quote().text())
                    .containsExactly("We will win.", "This is a witch hunt.");
            assertThat(page.quotes().items()).allSatisfy(h -> assertThat(h.speakerId()).isEqualTo(id));
            assertThat(page.coMentioned()).extracting(FacetValue::label, FacetValue::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Nancy Pelosi", 2L),
                            org.assertj.core.groups.Tuple.tuple("Ohio", 1L));
            assertThat(page.mentionsPerDay()).containsExactly(new DayCount("2019-09-25", 1, 2),
                    new DayCount("2019-09-26", 2, 3));
            assertThat(s.entity("nope", 10)).isEmpty();
        }
    }

    @Test
    void quotes_are_found_by_speaker_id_or_name_and_by_words() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, impeachment().toArray(Fixtures.ArticleFixture[]::new));
            Searcher s = kb.searcher();
            assertThat(s.quotes("Donald Trump", null, 10, 0).total()).isEqualTo(2);
            assertThat(s.quotes("trump", "witch", 10, 0).items()).extracting(h -> h.articleId())
                    .containsExactly("t1");
            assertThat(s.quotes("an official", null, 10, 0).items()).extracting(h -> h.quote().text())
                    .containsExactly("No comment,");
            assertThat(s.quotes(null, "comment", 10, 0).items().get(0).speakerId()).isNull();
            assertThat(s.search("", new SearchFilters("Trump", null, null, null), 10, 0).totalHits()).isEqualTo(3);
        }
    }
}
