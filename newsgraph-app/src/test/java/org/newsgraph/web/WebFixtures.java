package org.newsgraph.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.index.IngestService;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventModality;
import org.newsgraph.model.Quote;
import org.newsgraph.model.SourceRef;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.nlp.Analyzer;

/**
 * A small knowledge base for the server tests: three publishers over three months, one person quoted in several
 * articles, and one hostile article whose every page-derived string carries a script payload that would set
 * {@code window.__pwned} or add an element if it were ever rendered as markup. Four articles about the United
 * States and North Korea are analysed by the real pipeline with events (CoreNLP parse, event coder), one of them a
 * copy of another under a hostile title and publisher, so the event pages see real coded events and a syndicated
 * mention.
 */
final class WebFixtures {
    static final String OKAFOR = "Maria Okafor";
    /** Wikinews ids carry percent signs, colons and apostrophes; slashes and question marks are possible. */
    static final String AWKWARD_ID = "wikinews:Storm/day_%27one%27?";
    static final String HOSTILE_ID = "hostile-1";
    static final String HOSTILE_TITLE = "<img src=x onerror=\"window.__pwned=1\">Harbour <script>window.__pwned=2</script>";
    static final String HOSTILE_ENTITY = "Mallory <img src=q onerror=window.__pwned=6>";
    static final String HOSTILE_QUOTE = "<svg onload=\"window.__pwned=7\"></svg> the harbour is ours";
    static final String HOSTILE_TEXT = "The harbour dispute reached the council. <script>window.__pwned=5</script> "
            + HOSTILE_ENTITY + " told reporters \"" + HOSTILE_QUOTE + "\" on Monday. "
            + "<a href=\"javascript:window.__pwned=8\">click</a> <iframe src=\"javascript:window.__pwned=9\"></iframe>";

    static final String SUMMIT_ID = "usa-prk-summit";
    static final String SUMMIT_TEXT = "US President Donald Trump met North Korean leader Kim Jong-un in Singapore on"
            + " Tuesday. The two leaders signed a joint statement. The meeting at a hotel on Sentosa island lasted"
            + " about five hours, and both delegations described the atmosphere as cordial after months of tension"
            + " over missile tests.";
    static final String HOSTILE_COPY_TITLE = "<img src=x onerror=\"window.__pwned=11\">Summit copy";
    static final String HOSTILE_COPY_PUBLISHER = "<b onmouseover=\"window.__pwned=12\">Evil Wire</b>";
    private static List<AnalyzedArticle> coded;

    private WebFixtures() {
    }

    /**
     * The articles with events, analysed once per JVM: loading the parser costs seconds. Expected codings (checked
     * by the tests): the summit is a USA-PRK CONSULT (cooperation) on 2018-06-12; the August article has North
     * Korea ACCUSE the United States (dated 2018-08-09 by "Thursday") and Washington's sanctions (SANCTION, conflict,
     * 2018-08-10); the September one USA-PRK talks (CONSULT).
     */
    static synchronized List<AnalyzedArticle> codedArticles() {
        if (coded == null) {
            Analyzer analyzer = new Analyzer(true);
            List<Article> articles = List.of(
                    codedDraft(SUMMIT_ID, "Trump and Kim meet in Singapore", "Capital Post", "2018-06-12",
                            SUMMIT_TEXT),
                    codedDraft("usa-prk-sanctions", "New sanctions on North Korea", "Capital Post", "2018-08-10",
                            "North Korea accused the United States of gangster-like demands on Thursday. Washington"
                                    + " imposed new sanctions on North Korea on Friday."),
                    codedDraft("usa-prk-talks", "Talks resume in Pyongyang", "Wire Service", "2018-09-20",
                            "The United States and North Korea held talks in Pyongyang on Wednesday."),
                    Article.builder().id("usa-prk-summit-copy").title(HOSTILE_COPY_TITLE)
                            .publisher(HOSTILE_COPY_PUBLISHER).published("2018-06-13").language("en")
                            .text(SUMMIT_TEXT).url("https://news.example/summit-copy")
                            .source(SourceRef.ofPath("fixture/summit-copy")).build());
            coded = articles.stream().map(analyzer::analyze).toList();
        }
        return coded;
    }

    private static Article codedDraft(String id, String title, String publisher, String published, String text) {
        return Article.builder().id(id).title(title).publisher(publisher).published(published).language("en")
                .text(text).url("https://news.example/" + id).source(SourceRef.ofPath("fixture/" + id)).build();
    }

    /** Ingests the fixture articles into a knowledge base in {@code dir}. */
    static void build(Path dir) throws Exception {
        List<Draft> drafts = new ArrayList<>();
        drafts.add(new Draft("harbour-1", "Harbour expansion approved", "Valley Times", "2021-03-04",
                "The Port Authority approved the harbour expansion on Tuesday. Maria Okafor, the mayor, said "
                        + "\"the harbour will double its trade\". Work starts in May 2021 near Lisbon Road.")
                .entity(EntityType.PERSON, OKAFOR, "Maria Okafor").entity(EntityType.ORGANIZATION, "Port Authority")
                .quote("the harbour will double its trade", OKAFOR).time("Tuesday", "2021-03-02")
                .time("May 2021", "2021-05"));
        drafts.add(new Draft("harbour-2", "Fishermen protest harbour plan", "Coastal Herald", "2021-04-11",
                "Fishermen protested the harbour plan outside the Port Authority. Okafor said \"nobody loses "
                        + "their berth\" and promised talks before June.")
                .entity(EntityType.PERSON, OKAFOR, "Okafor").entity(EntityType.ORGANIZATION, "Port Authority")
                .quote("nobody loses their berth", OKAFOR).time("June", "2021-06"));
        drafts.add(new Draft("budget-1", "Council passes the budget", "Valley Times", "2021-05-20",
                "The council passed the budget. \"Schools come first,\" Mayor Maria Okafor said after the vote, "
                        + "\"and the roads can wait.\"")
                .entity(EntityType.PERSON, OKAFOR, "Maria Okafor")
                .quote(OKAFOR, "Schools come first,", "and the roads can wait."));
        for (int i = 0; i < 12; i++) {
            drafts.add(new Draft(i == 0 ? AWKWARD_ID : "weather-" + i, "Weather report " + i, "Coastal Herald",
                    String.format("2021-05-%02d", i + 1), "Rain over the harbour again, day " + i + " of the storm."));
        }
        // the only event between France and Germany has no date: the dyad has nothing to chart, and says why
        drafts.add(new Draft("ministers-meet", "Ministers meet at the border", "Wire Service", null,
                "The French foreign minister met her German counterpart in a border town.")
                .undatedEvent("CONSULT", "040", 1, 1.0, "met", "The French foreign minister", "FRA",
                        "her German counterpart", "DEU"));
        drafts.add(new Draft(HOSTILE_ID, HOSTILE_TITLE, "<b onmouseover=\"window.__pwned=4\">Evil Press</b>",
                "2021-04-01", HOSTILE_TEXT)
                .url("javascript:window.__pwned=3")
                .entity(EntityType.PERSON, HOSTILE_ENTITY).quote(HOSTILE_QUOTE, HOSTILE_ENTITY)
                .time("Monday", "2021-03-29"));
        try (KnowledgeBase kb = KnowledgeBase.open(dir); IngestService ingest = kb.ingest("web-test", 100)) {
            for (Draft d : drafts) {
                ingest.ingest(d.build(), (d.id + "\n" + d.text).getBytes(StandardCharsets.UTF_8),
                        SourceRef.ofPath("fixture/" + d.id));
            }
            for (AnalyzedArticle a : codedArticles()) {
                ingest.ingest(a, (a.article().id() + "\n" + a.article().text()).getBytes(StandardCharsets.UTF_8),
                        a.article().source());
            }
        }
    }

    /** An article under construction; annotation offsets are found in its text, so they are right by construction. */
    static final class Draft {
        private final String id;
        private final String text;
        private final Article.Builder article;
        private final List<Entity> entities = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final List<TimeExpression> times = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();

        Draft(String id, String title, String publisher, String published, String text) {
            this.id = id;
            this.text = text;
            this.article = Article.builder().id(id).title(title).publisher(publisher).published(published)
                    .language("en").text(text).url("https://news.example/" + id)
                    .source(SourceRef.ofPath("fixture/" + id));
        }

        Draft url(String url) {
            article.url(url);
            return this;
        }

        /** An entity mentioned wherever {@code surface} (default: its name) occurs. */
        Draft entity(EntityType type, String name, String... surface) {
            String form = surface.length == 0 ? name : surface[0];
            List<Span> mentions = new ArrayList<>();
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                mentions.add(new Span(at, at + form.length()));
            }
            if (mentions.isEmpty()) throw new IllegalArgumentException("'" + form + "' is not in " + id);
            entities.add(new Entity("e" + entities.size(), name, type, mentions));
            return this;
        }

        Draft quote(String quoted, String speaker) {
            Span at = find(quoted);
            String speakerId = entities.stream().filter(e -> e.name().equals(speaker)).findFirst().orElseThrow().id();
            quotes.add(new Quote(quoted, at.start(), at.end(), speakerId, speaker, "said", true, null, null, null, null));
            return this;
        }

        /** One statement quoted in pieces, the attribution between them ("“…,” she said, “…”"). */
        Draft quote(String speaker, String... pieces) {
            List<Span> parts = new ArrayList<>();
            for (String piece : pieces) parts.add(find(piece));
            String speakerId = entities.stream().filter(e -> e.name().equals(speaker)).findFirst().orElseThrow().id();
            quotes.add(new Quote(String.join(" ", pieces), parts.get(0).start(), parts.get(parts.size() - 1).end(),
                    speakerId, speaker, "said", true, null, null, null, null, parts));
            return this;
        }

        Draft time(String expression, String value) {
            Span at = find(expression);
            times.add(new TimeExpression(expression, at.start(), at.end(), "DATE", value));
            return this;
        }

        /** An asserted event in the text's one sentence, with no date (none in the text, none published). */
        Draft undatedEvent(String type, String cameo, int quadClass, double goldstein, String trigger, String source,
                           String sourceCountry, String target, String targetCountry) {
            events.add(new Event(null, type, null, null, cameo, goldstein, quadClass,
                    new EventActor(source, find(source), null, sourceCountry, null, null, sourceCountry),
                    new EventActor(target, find(target), null, targetCountry, null, null, targetCountry), false,
                    EventModality.ASSERTED, false, null, null, new Span(0, text.length()), find(trigger), null));
            return this;
        }

        private Span find(String s) {
            int at = text.indexOf(s);
            if (at < 0) throw new IllegalArgumentException("'" + s + "' is not in " + id);
            return new Span(at, at + s.length());
        }

        AnalyzedArticle build() {
            List<Span> sentences = events.isEmpty() ? List.of() : List.of(new Span(0, text.length()));
            return new AnalyzedArticle(article.build(), new Analysis(sentences, entities, quotes, times, events,
                    null, List.of()));
        }
    }
}
