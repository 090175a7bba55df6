package org.newsgraph.nlp;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleKind;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzerRobustnessTest {

    @Test
    void non_english_text_is_skipped_with_a_warning() {
        AnalyzedArticle r = Fixtures.ANALYZER.analyze(Article.builder().text("Die Bundesregierung hat am Mittwoch "
                + "beschlossen, die Steuern für kleine Unternehmen zu senken. Die Opposition kritisierte den Plan "
                + "scharf und sprach von einem Wahlgeschenk.").build());
        assertThat(r.analysis().entities()).isEmpty();
        assertThat(r.analysis().sentences()).isEmpty();
        assertThat(r.analysis().analysisWarnings()).singleElement().asString().contains("'de'");
    }

    @Test
    void a_snippet_keeps_its_names_but_is_no_source_of_quotes_while_a_whole_article_with_the_words_is() {
        String text = "Further strikes by Northway Buses drivers were called off on Saturday. Karen Doyle, the union's"
                + " regional secretary, said the improved offer was \u201ca fair deal for drivers who kept the"
                + " buses running through the\u2026\u201d";
        AnalyzedArticle teaser = Fixtures.ANALYZER.analyze(Article.builder().text(text).language("en")
                .kind(ArticleKind.SNIPPET).truncated(true).build());
        AnalyzedArticle whole = Fixtures.ANALYZER.analyze(Article.builder().text(text).language("en").build());
        assertThat(whole.analysis().quotes()).isNotEmpty();
        assertThat(teaser.analysis().quotes()).isEmpty();
        assertThat(teaser.analysis().entities()).extracting(e -> e.name()).contains("Karen Doyle");
        assertThat(teaser.analysis().analysisWarnings()).anyMatch(w -> w.contains("teaser cut short"));
    }

    @Test
    void empty_text_gives_a_warning_not_an_error() {
        AnalyzedArticle r = Fixtures.ANALYZER.analyze(Article.builder().text("  \n ").build());
        assertThat(r.analysis().analysisWarnings()).singleElement().asString().contains("empty");
    }

    @Test
    void huge_text_is_analysed_up_to_the_cap() {
        int cap = 3_000;
        String sentence = "The council met again on Monday and Mayor Anne Hidalgo said the plan would proceed. ";
        String text = sentence.repeat(cap / sentence.length() + 50);
        AnalyzedArticle r = new Analyzer(false, cap).analyze(Article.builder().text(text).language("en").build());
        assertThat(r.analysis().analysisWarnings()).anyMatch(w -> w.contains("cap " + cap));
        assertThat(r.analysis().sentences()).isNotEmpty();
        assertThat(r.analysis().sentences().get(r.analysis().sentences().size() - 1).end()).isLessThanOrEqualTo(cap);
    }

    @Test
    void text_without_sentence_ends_is_analysed_with_a_warning_naming_where() {
        String line = "harbour council ferry budget residents weather port mayor ".repeat(60);
        AnalyzedArticle r = Fixtures.ANALYZER.analyze(Article.builder().text("Ferry news\n\n" + line)
                .language("en").build());
        assertThat(r.analysis().analysisWarnings()).anyMatch(w -> w.contains("without a sentence end")
                && w.contains("offset"));
        AnalyzedArticle prose = Fixtures.analyze("The council met on Monday. The mayor said the ferry would run.",
                "2019-02-20");
        assertThat(prose.analysis().analysisWarnings()).noneMatch(w -> w.contains("without a sentence end"));
    }

    @Test
    void two_threads_get_the_same_analysis_as_one() throws Exception {
        String a = "Prime Minister Theresa May met Jean-Claude Juncker in Brussels on Wednesday. “We made "
                + "progress,” May said.";
        String b = "Tesla shares fell 5% on Thursday after Elon Musk said production would slow.";
        AnalyzedArticle soloA = Fixtures.analyze(a, "2019-02-20"), soloB = Fixtures.analyze(b, "2019-02-20");
        for (int i = 0; i < 3; i++) {
            var fa = CompletableFuture.supplyAsync(() -> Fixtures.analyze(a, "2019-02-20"));
            var fb = CompletableFuture.supplyAsync(() -> Fixtures.analyze(b, "2019-02-20"));
            assertThat(fa.get()).isEqualTo(soloA);
            assertThat(fb.get()).isEqualTo(soloB);
        }
    }
}
