package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeVoteTest {

    private static Map<String, String> vote(Map<String, Long> mentions, Set<String> apart,
                                            Map<String, Map<String, Long>> shortForms,
                                            Map<String, Set<String>> genders) {
        return TypeVote.losers(mentions, Map.of(), apart, shortForms, genders, Set.of());
    }

    @Test
    void the_type_most_mentions_carry_wins_and_ties_go_to_more_articles_then_to_the_type_order() {
        assertThat(vote(Map.of("LOCATION|white house", 21L, "ORGANIZATION|white house", 13L), Set.of(), Map.of(),
                Map.of())).containsExactly(Map.entry("ORGANIZATION|white house", "LOCATION|white house"));
        Map<String, Long> tie = Map.of("LOCATION|kennedy space center", 1L, "ORGANIZATION|kennedy space center", 1L);
        assertThat(TypeVote.losers(tie, Map.of("LOCATION|kennedy space center", 2L), Set.of(), Map.of(), Map.of(),
                Set.of())).containsExactly(
                Map.entry("ORGANIZATION|kennedy space center", "LOCATION|kennedy space center"));
        assertThat(vote(tie, Set.of(), Map.of(), Map.of()))
                .containsExactly(Map.entry("LOCATION|kennedy space center", "ORGANIZATION|kennedy space center"));
        // a person's key is no voter: it cannot make a tie of a clear winner
        assertThat(vote(Map.of("ORGANIZATION|acme", 2L, "PERSON|acme", 2L), Set.of(), Map.of(), Map.of()))
                .containsExactly(Map.entry("PERSON|acme", "ORGANIZATION|acme"));
    }

    @Test
    void names_of_one_type_and_keys_an_article_holds_side_by_side_are_not_voted() {
        assertThat(vote(Map.of("LOCATION|paris", 9L, "PERSON|paris hilton", 2L, "ORGANIZATION|hilton", 3L),
                Set.of(), Map.of(), Map.of())).isEmpty();
        assertThat(vote(Map.of("LOCATION|liverpool", 4L, "ORGANIZATION|liverpool", 6L),
                Set.of("LOCATION|liverpool", "ORGANIZATION|liverpool"), Map.of(), Map.of())).isEmpty();
        // keys an article kept apart stay out of a third type's vote too: nothing is left to vote
        assertThat(vote(Map.of("LOCATION|liverpool", 4L, "ORGANIZATION|liverpool", 6L, "MISC|liverpool", 1L),
                Set.of("LOCATION|liverpool", "MISC|liverpool"), Map.of(), Map.of())).isEmpty();
    }

    @Test
    void a_person_without_evidence_joins_the_other_types_whatever_its_count_but_never_takes_them() {
        assertThat(vote(Map.of("PERSON|brexit", 11L, "LOCATION|brexit", 6L, "MISC|brexit", 4L), Set.of(), Map.of(),
                Map.of())).containsOnly(Map.entry("PERSON|brexit", "LOCATION|brexit"),
                Map.entry("MISC|brexit", "LOCATION|brexit"));
        // alone with a person nothing is voted: a person's name is left to the person
        assertThat(vote(Map.of("PERSON|chelsea", 5L), Set.of(), Map.of(), Map.of())).isEmpty();
    }

    @Test
    void a_person_with_evidence_of_a_person_or_named_like_a_country_stays_a_person() {
        Map<String, Long> rocky = Map.of("PERSON|rocky de la fuente", 2L, "ORGANIZATION|rocky de la fuente", 13L);
        // a gender an article gave it (an honorific, a given name)
        assertThat(vote(rocky, Set.of(), Map.of(), Map.of("PERSON|rocky de la fuente", Set.of("MALE")))).isEmpty();
        // the surname of someone the base names in full ("Charles Darwin"), or joined to a full name by articles
        assertThat(vote(Map.of("PERSON|darwin", 3L, "LOCATION|darwin", 2L, "PERSON|charles darwin", 4L), Set.of(),
                Map.of(), Map.of())).isEmpty();
        assertThat(vote(Map.of("PERSON|houston", 3L, "LOCATION|houston", 2L), Set.of(),
                Map.of("PERSON|houston", Map.of("PERSON|whitney houston", 1L)), Map.of())).isEmpty();
        // a short form joined to an organisation is no evidence of a person
        assertThat(vote(Map.of("PERSON|coastlink", 3L, "ORGANIZATION|coastlink", 2L), Set.of(),
                Map.of("PERSON|coastlink", Map.of("ORGANIZATION|coastlink terminals", 1L)), Map.of()))
                .containsExactly(Map.entry("PERSON|coastlink", "ORGANIZATION|coastlink"));
        // a country's name: "Jordan scored 40 points" is no slip of the tagger for the kingdom
        assertThat(vote(Map.of("PERSON|jordan", 2L, "LOCATION|jordan", 9L), Set.of(), Map.of(), Map.of())).isEmpty();
    }

    @Test
    void a_town_and_its_club_stay_apart_but_a_countrys_government_and_an_institutions_building_do_not() {
        // "Liverpool beat Chelsea 2-1" beside "the mayor of Liverpool" and "gardeners in Chelsea"
        assertThat(vote(Map.of("ORGANIZATION|liverpool", 2L, "LOCATION|liverpool", 1L), Set.of(), Map.of(),
                Map.of())).isEmpty();
        assertThat(vote(Map.of("ORGANIZATION|chelsea", 2L, "PERSON|chelsea", 2L, "LOCATION|chelsea", 1L), Set.of(),
                Map.of(), Map.of())).containsExactly(Map.entry("PERSON|chelsea", "ORGANIZATION|chelsea"));
        assertThat(vote(Map.of("LOCATION|darwin", 5L, "ORGANIZATION|darwin", 1L, "MISC|darwin", 1L), Set.of(),
                Map.of(), Map.of())).containsExactly(Map.entry("MISC|darwin", "LOCATION|darwin"));
        // where a third type wins, the town and the club still do not meet in it
        assertThat(vote(Map.of("LOCATION|darwin", 1L, "ORGANIZATION|darwin", 2L, "MISC|darwin", 5L), Set.of(),
                Map.of(), Map.of())).containsExactly(Map.entry("ORGANIZATION|darwin", "MISC|darwin"));
        // "Israel said" is the state; "the White House said" the presidency
        assertThat(vote(Map.of("ORGANIZATION|israel", 1L, "LOCATION|israel", 9L), Set.of(), Map.of(), Map.of()))
                .containsExactly(Map.entry("ORGANIZATION|israel", "LOCATION|israel"));
        assertThat(vote(Map.of("ORGANIZATION|white house", 5L, "LOCATION|white house", 2L), Set.of(), Map.of(),
                Map.of())).containsExactly(Map.entry("LOCATION|white house", "ORGANIZATION|white house"));
    }

    @Test
    void a_place_an_article_describes_as_a_settlement_stays_apart_from_an_organisation_of_its_name() {
        // "Flooding hit Forest Green, a village in Surrey" beside "Forest Green beat Newport 2-1"
        Map<String, Long> forestGreen = Map.of("ORGANIZATION|forest green", 3L, "LOCATION|forest green", 2L,
                "MISC|forest green", 1L);
        assertThat(TypeVote.losers(forestGreen, Map.of(), Set.of(), Map.of(), Map.of(),
                Set.of("LOCATION|forest green")))
                .containsExactly(Map.entry("MISC|forest green", "ORGANIZATION|forest green"));
        // without the description a place and a body of several words are the place's institution
        assertThat(vote(forestGreen, Set.of(), Map.of(), Map.of())).containsOnly(
                Map.entry("MISC|forest green", "ORGANIZATION|forest green"),
                Map.entry("LOCATION|forest green", "ORGANIZATION|forest green"));
        // a settlement's place key beside a MISC key only: nothing to keep apart
        assertThat(TypeVote.losers(Map.of("LOCATION|forest green", 3L, "MISC|forest green", 1L), Map.of(), Set.of(),
                Map.of(), Map.of(), Set.of("LOCATION|forest green")))
                .containsExactly(Map.entry("MISC|forest green", "LOCATION|forest green"));
    }
}
