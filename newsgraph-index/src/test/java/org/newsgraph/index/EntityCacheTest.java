package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.index.Fixtures.article;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.EntityType;

/** Entity pages are computed once per index snapshot, and a commit brings fresh ones. */
class EntityCacheTest {
    @TempDir
    Path dir;

    @Test
    void a_repeated_entity_page_is_served_from_the_cache_until_a_commit_changes_the_index() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, article("a", "Mayor opens school", "Mayor Ana Lima opened the school with Rui Costa.")
                    .published("2021-03-01").entity(EntityType.PERSON, "Ana Lima")
                    .entity(EntityType.PERSON, "Rui Costa"));
            Searcher s = kb.searcher();
            String lima = s.entities("person", 10, 0).items().stream().filter(e -> e.name().equals("Ana Lima"))
                    .findFirst().orElseThrow().id();
            CacheStats before = s.entityCacheStats();
            EntityPage first = s.entity(lima, 5).orElseThrow();
            EntityPage again = s.entity(lima, 5).orElseThrow();
            assertThat(again).isEqualTo(first);
            CacheStats after = s.entityCacheStats();
            assertThat(after.misses() - before.misses()).isEqualTo(1);
            assertThat(after.hits() - before.hits()).isEqualTo(1);

            Fixtures.ingest(kb, article("b", "Mayor visits port", "Ana Lima and Rui Costa visited the port.")
                    .published("2021-03-05").entity(EntityType.PERSON, "Ana Lima")
                    .entity(EntityType.PERSON, "Rui Costa"));
            EntityPage fresh = s.entity(lima, 5).orElseThrow();
            assertThat(fresh.mentionsPerDay()).extracting(DayCount::day).containsExactly("2021-03-01", "2021-03-05");
            assertThat(fresh.coMentioned()).extracting(FacetValue::count).containsExactly(2L);
            assertThat(s.entityCacheStats().misses()).isEqualTo(after.misses() + 1);
        }
    }
}
