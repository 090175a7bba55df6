package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventModality;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;

class StoryInputTest {

    @Test
    void places_quotes_on_the_date_named_in_their_sentence_and_events_on_their_own_date() {
        String text = "On Monday the mayor said \"we will rebuild\". Residents said \"it was terrible\".";
        Article article = Article.builder().id("x").text(text).publisher("Wire").published("2024-06-05T10:00Z")
                .build();
        int open = text.indexOf("we will");
        int second = text.indexOf("it was");
        Analysis analysis = new Analysis(List.of(new Span(0, 43), new Span(44, text.length())),
                List.of(new Entity("e1", "Jane Doe", EntityType.PERSON, List.of(new Span(7, 12), new Span(13, 18)))),
                List.of(new Quote("we will rebuild", open, open + 15, "e1", "Jane Doe", "said", true, null, null, null, null),
                        new Quote("it was terrible", second, second + 15, null, "Residents", "said", true, null, null, null, null)),
                List.of(new TimeExpression("Monday", 3, 9, "DATE", "2024-06-03")),
                List.of(event("CONSULT", EventModality.ASSERTED, "2024-06-03"),
                        event("ASSAULT", EventModality.NEGATED, "2024-06-01")),
                null, List.of());
        StoryInput input = StoryInput.of(new AnalyzedArticle(article, analysis), StopWords.ENGLISH_ONLY);
        int june3 = (int) LocalDate.of(2024, 6, 3).toEpochDay();
        int june5 = (int) LocalDate.of(2024, 6, 5).toEpochDay();
        assertThat(input.publishedDay()).isEqualTo(june5);
        assertThat(input.entities()).containsExactly(new EntityRef("jane doe", "Jane Doe", "PERSON", 2));
        assertThat(input.items()).extracting(TimelineItem::kind, TimelineItem::day, TimelineItem::who)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TimelineItem.Kind.QUOTE, june3, "Jane Doe"),
                        org.assertj.core.groups.Tuple.tuple(TimelineItem.Kind.QUOTE, june5, "Residents"),
                        org.assertj.core.groups.Tuple.tuple(TimelineItem.Kind.EVENT, june3, "the mayor"));
    }

    @Test
    void a_date_the_quote_speaks_of_or_one_after_publication_is_not_the_day_it_was_said() {
        // session 27 (review27u #5): "tweeted that Britain would leave on October 31" sat on October 31
        String text = "Johnson said Britain would leave on October 31. On Tuesday the family said the funeral would be "
                + "private.";
        Article article = Article.builder().id("z").text(text).publisher("Wire").published("2019-08-29T10:00Z")
                .build();
        int first = text.indexOf("Britain"), second = text.indexOf("the funeral");
        int tuesday = text.indexOf("Tuesday");
        Analysis analysis = new Analysis(List.of(new Span(0, 47), new Span(48, text.length())), List.of(),
                List.of(new Quote("Britain would leave on October 31", first, first + 33, null, "Johnson", "said",
                                false, null, null, null, null),
                        new Quote("the funeral would be private", second, second + 28, null, "the family", "said",
                                false, null, null, null, null)),
                List.of(new TimeExpression("October 31", text.indexOf("October"), text.indexOf("October") + 10,
                                "DATE", "2019-10-31"),
                        // read as the coming Tuesday: a day after publication is no day a thing was said on
                        new TimeExpression("Tuesday", tuesday, tuesday + 7, "DATE", "2019-09-03")),
                List.of(), null, List.of());
        int aug29 = (int) LocalDate.of(2019, 8, 29).toEpochDay();
        assertThat(StoryInput.of(new AnalyzedArticle(article, analysis), StopWords.ENGLISH_ONLY).items())
                .extracting(TimelineItem::day).containsExactly(aug29, aug29);
    }

    @Test
    void a_date_inside_another_quote_of_the_sentence_is_not_the_day_said_either() {
        String text = "Vos said the strike, which began on November 19, had support, and he said workers would return.";
        Article article = Article.builder().id("w").text(text).publisher("Wire").published("2026-11-25T10:00Z")
                .build();
        int first = text.indexOf("the strike"), firstEnd = text.indexOf(", and");
        int second = text.indexOf("workers");
        int nov19 = text.indexOf("November 19");
        Analysis analysis = new Analysis(List.of(new Span(0, text.length())), List.of(),
                List.of(new Quote(text.substring(first, firstEnd), first, firstEnd, null, "Vos", "said", false, null,
                                null, null, null),
                        new Quote(text.substring(second, text.length() - 1), second, text.length() - 1, null, "Vos",
                                "said", false, null, null, null, null)),
                List.of(new TimeExpression("November 19", nov19, nov19 + 11, "DATE", "2026-11-19")),
                List.of(), null, List.of());
        int nov25 = (int) LocalDate.of(2026, 11, 25).toEpochDay();
        assertThat(StoryInput.of(new AnalyzedArticle(article, analysis), StopWords.ENGLISH_ONLY).items())
                .extracting(TimelineItem::day).containsExactly(nov25, nov25);
    }

    @Test
    void the_events_of_one_sentence_are_one_timeline_item_naming_their_types_and_modalities() {
        String text = "On Monday the mayor said \"we will rebuild\". Residents said \"it was terrible\".";
        Article article = Article.builder().id("x").text(text).publisher("Wire").published("2024-06-05T10:00Z")
                .build();
        Analysis analysis = new Analysis(List.of(new Span(0, 43), new Span(44, text.length())), List.of(), List.of(),
                List.of(), List.of(event("CONSULT", EventModality.ASSERTED, "2024-06-03"),
                        event("AID", EventModality.FUTURE, "2024-06-03"),
                        event("CONSULT", EventModality.ASSERTED, "2024-06-03"),
                        event("AGREE", EventModality.ASSERTED, "2024-06-04")),
                null, List.of());
        List<TimelineItem> items = StoryInput.of(new AnalyzedArticle(article, analysis), StopWords.ENGLISH_ONLY).items();
        assertThat(items).extracting(TimelineItem::what, TimelineItem::who).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CONSULT; AID (future)", "the mayor"),
                org.assertj.core.groups.Tuple.tuple("AGREE", "the mayor"));
        assertThat(items.get(0).text()).isEqualTo(text.substring(0, 43));
    }

    @Test
    void leaves_out_the_outlet_naming_itself_but_not_other_outlets() {
        String text = "The senator told The Coastline Times that the Herald had it wrong.";
        Article article = Article.builder().id("y").text(text).publisher("Coastline Times").build();
        Analysis analysis = new Analysis(List.of(new Span(0, text.length())),
                List.of(new Entity("e1", "The Coastline Times", EntityType.ORGANIZATION, List.of(new Span(18, 37))),
                        new Entity("e2", "Herald", EntityType.ORGANIZATION, List.of(new Span(47, 53)))),
                List.of(), List.of(), List.of(), null, List.of());
        StoryInput input = StoryInput.of(new AnalyzedArticle(article, analysis), StopWords.ENGLISH_ONLY);
        assertThat(input.entities()).extracting(EntityRef::name).containsExactly("Herald");
    }

    private static Event event(String type, EventModality modality, String date) {
        EventActor mayor = new EventActor("the mayor", new Span(7, 16), "e1", null, "GOV", null, null);
        return new Event(null, type, null, null, null, 0, 0, mayor, null, false, modality,
                modality == EventModality.NEGATED, date, Event.DateBasis.TEXT, new Span(0, 43), new Span(17, 21), null);
    }
}
