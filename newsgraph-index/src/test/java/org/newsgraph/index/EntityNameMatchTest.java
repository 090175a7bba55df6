package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An entity filter's name matches from the beginning of a word on, not inside one (session 27). */
class EntityNameMatchTest {

    @Test
    void a_name_matches_at_the_beginning_of_any_of_its_words() {
        assertThat(Searcher.startsWord("montreal", "mont")).isTrue();
        assertThat(Searcher.startsWord("donald trump jr.", "jr")).isTrue();
        assertThat(Searcher.startsWord("rocky de la fuente", "de la f")).isTrue();
        assertThat(Searcher.startsWord("general motors", "general motors")).isTrue();
        assertThat(Searcher.startsWord("o'brien", "brien")).isTrue();
        assertThat(Searcher.startsWord("jean-claude juncker", "claude")).isTrue();
    }

    @Test
    void a_part_inside_a_word_does_not_match() {
        assertThat(Searcher.startsWord("piedmont", "mont")).isFalse();
        assertThat(Searcher.startsWord("stuart", "art")).isFalse();
        assertThat(Searcher.startsWord("european union", "e union")).isFalse();
        assertThat(Searcher.startsWord("theresa may", "e")).isFalse();
        // a later occurrence at a word's beginning still counts
        assertThat(Searcher.startsWord("ernest shackleton expedition", "ex")).isTrue();
    }
}
