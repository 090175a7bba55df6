package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.story.EntityRef;
import org.newsgraph.story.StopWords;
import org.newsgraph.story.StoryClusterer;
import org.newsgraph.story.StoryInput;
import org.newsgraph.story.StoryParams;

class LanguageStopWordsTest {

    // written for this test: a French report whose most frequent words are function words
    private static final String FRENCH = "Le maire de la ville de Carrow a été arrêté mardi par la police, "
            + "qui le soupçonne de corruption dans les contrats du port. Selon les enquêteurs, la société de son "
            + "cousin aurait reçu les marchés de la rénovation du port et des quais, et le maire aurait touché "
            + "une partie des sommes. Le conseil de la ville se réunira jeudi pour désigner un maire par intérim.";

    private static List<String> keyTerms(StoryInput input) {
        StoryClusterer clusterer = new StoryClusterer(StoryParams.DEFAULT);
        return clusterer.story(clusterer.add(input).storyId()).keyTerms();
    }

    private static StoryInput french(StopWords languages) {
        return new StoryInput("fr1", null, "Le Courrier", "Le maire de Carrow arrêté", FRENCH,
                List.of(EntityRef.byName("Carrow", "LOCATION", 3)), List.of(), languages.of("fr"));
    }

    @Test
    void a_french_story_s_terms_leave_out_french_function_words() {
        assertThat(keyTerms(french(StopWords.ENGLISH_ONLY))).contains("de");
        assertThat(keyTerms(french(LanguageStopWords.LUCENE))).doesNotContain("de", "la", "les", "le", "des", "du")
                .contains("maire", "port");
    }

    @Test
    void english_keeps_the_clusterer_s_own_list_and_an_unknown_language_leaves_nothing_more_out() {
        assertThat(LanguageStopWords.LUCENE.of("fr").test("les")).isTrue();
        assertThat(LanguageStopWords.LUCENE.of("de").test("und")).isTrue();
        assertThat(LanguageStopWords.LUCENE.of("en")).isSameAs(StopWords.NONE);
        assertThat(LanguageStopWords.LUCENE.of(null)).isSameAs(StopWords.NONE);
        assertThat(LanguageStopWords.LUCENE.of("xx")).isSameAs(StopWords.NONE);
    }
}
