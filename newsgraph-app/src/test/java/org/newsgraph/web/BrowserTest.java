package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.KnowledgeBase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in real headless Chromium (Debian's chromium and chromium-driver; skipped where they are absent):
 * search, article highlights at their offsets, the entity page and its chart, and a hostile article that must stay
 * inert. Chrome's console is read after every test: a script error or a CSP violation fails it.
 */
class BrowserTest {
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    @TempDir
    static Path dir;
    private static KnowledgeBase kb;
    private static WebServer server;
    private static ChromeDriverService service;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(CHROMEDRIVER.canExecute(), "no " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        // a CDP version newer than this Selenium knows is only a warning; the tests use WebDriver, not CDP
        SELENIUM_LOG.setLevel(Level.SEVERE);
        Path data = Files.createDirectories(dir.resolve("kb"));
        WebFixtures.build(data);
        kb = KnowledgeBase.openReadOnly(data);
        server = WebServer.start(kb, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port() + "/";
        // the driver path is set, so Selenium Manager has nothing to look up or download
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        File chromium = new File("/usr/lib/chromium/chromium");
        options.setBinary(chromium.canExecute() ? chromium : new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // a view re-renders when its second request answers: an element found before that is gone, so look again
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) driver.quit();
        if (service != null) service.stop();
        if (server != null) server.close();
        if (kb != null) kb.close();
    }

    @AfterEach
    void noScriptErrorsNorPolicyViolations() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // the API's deliberate 404s in the hostile test, and 400s to unparsable queries, are not page faults
                .filter(e -> !e.getMessage().contains("404"))
                .filter(e -> !(e.getMessage().contains("status of 400") && e.getMessage().contains("/api/search?")))
                .toList();
        assertThat(severe).isEmpty();
        assertThat(pwned()).isNull();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static Object pwned() {
        return js("return window.__pwned === undefined ? null : String(window.__pwned);");
    }

    /**
     * A fresh load of the page at {@code fragment}: going from one fragment to another keeps the page, whose earlier
     * view (another test's hits) would stay found until the new one renders, and go stale under the test's hands.
     */
    private static void open(String fragment) {
        driver.get("about:blank");
        driver.get(base + fragment);
    }

    private static WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static boolean chartDrawn(String canvasId) {
        return Boolean.TRUE.equals(js("""
                const c = document.getElementById(arguments[0]);
                if (!c || !window.Chart || !Chart.getChart(c)) return false;
                const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) return true;
                return false;""", canvasId));
    }

    @Test
    void search_shows_hits_with_marked_terms_facets_and_a_histogram() {
        open("");
        waitFor(".hit");
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("harbour");
        box.submit();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".total"), "15 articles"));
        List<WebElement> marks = driver.findElements(By.cssSelector(".hit mark"));
        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase("harbour"));
        assertThat(driver.findElements(By.cssSelector("[data-facet=publisher] li a")))
                .extracting(WebElement::getText).contains("Valley Times", "Coastal Herald");
        assertThat(chartDrawn("histogram")).isTrue();

        driver.findElement(By.xpath("//section[@data-facet='publisher']//a[text()='Valley Times']")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".total"), "1 article"));
        assertThat(driver.findElement(By.cssSelector("[data-filter=publisher]")).getText()).contains("Valley Times");
    }

    /** The fixtures' months are 2018-06, -08, -09 and 2021-03, -04, -05: thirty months lie between the 3rd and 4th. */
    @Test
    void the_month_histogram_spaces_its_bars_by_the_time_between_them() {
        open("");
        wait.until(d -> chartDrawn("histogram"));
        @SuppressWarnings("unchecked")
        List<Number> xs = (List<Number>) js("return Chart.getChart(document.getElementById('histogram'))"
                + ".getDatasetMeta(0).data.map(b => b.x)");
        assertThat(xs).hasSize(6);
        double month = xs.get(4).doubleValue() - xs.get(3).doubleValue();
        double thirtyMonths = xs.get(3).doubleValue() - xs.get(2).doubleValue();
        assertThat(month).isPositive();
        assertThat(thirtyMonths / month).isCloseTo(30.0, within(0.5));
        @SuppressWarnings("unchecked")
        List<Object> ticks = (List<Object>) js("return Chart.getChart(document.getElementById('histogram'))"
                + ".scales.x.ticks.map(t => t.label).filter(Boolean)");
        assertThat(ticks).isNotEmpty().allSatisfy(t -> assertThat(t.toString()).matches("\\d{4}-\\d{2}"));
    }

    /** Chart.js widens a single point's range by a tenth of its value: for months since year 0, two centuries. */
    @Test
    void a_single_month_is_charted_on_an_axis_of_a_year_around_it() {
        open("#/?q=budget");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".total"), "1 article"));
        wait.until(d -> chartDrawn("histogram"));
        @SuppressWarnings("unchecked")
        List<Number> range = (List<Number>) js("const x = Chart.getChart(document.getElementById('histogram'))"
                + ".scales.x; return [x.min, x.max];");
        double may2021 = 2021 * 12 + 4;
        assertThat(range.get(0).doubleValue()).isBetween(may2021 - 12, may2021 - 1);
        assertThat(range.get(1).doubleValue()).isBetween(may2021 + 1, may2021 + 12);
        assertThat(range.get(1).doubleValue() - range.get(0).doubleValue()).isEqualTo(12.0);
    }

    @Test
    void the_count_above_folded_hits_says_how_many_are_shown_as_the_command_line_does() {
        open("#/?q=Singapore");
        WebElement total = waitFor(".total");
        int shown = driver.findElements(By.cssSelector(".hit")).size();
        assertThat(total.getText()).matches("\\d+ articles with copies, " + shown + " shown, \\d+ cop(y|ies) folded in");
        open("#/?q=budget");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".total"), "1 article"));
    }

    @Test
    void a_query_that_cannot_be_parsed_is_told_in_words_not_in_the_parsers() {
        open("#/?q=title%3A%28");
        String error = waitFor(".error").getText();
        assertThat(error).startsWith("The search \u201ctitle:(\u201d cannot be read: it ends too early")
                .doesNotContain("Encountered").doesNotContain("line 1");
        open("#/?q=a%20%5E%20b");
        assertThat(waitFor(".error").getText()).contains("cannot be read").doesNotContain("Encountered");
    }

    @Test
    void a_page_past_the_last_hit_says_so_and_leads_back_to_the_first() {
        open("#/?q=harbour&offset=100");
        WebElement pastEnd = waitFor(".past-end");
        assertThat(pastEnd.getText()).startsWith("No hits this far");
        assertThat(driver.findElements(By.cssSelector(".hit"))).isEmpty();
        pastEnd.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".hit"), 10));
        assertThat(driver.getCurrentUrl()).doesNotContain("offset");
        assertThat(driver.findElements(By.cssSelector(".past-end"))).isEmpty();
    }

    @Test
    void a_copy_names_its_original_by_title_and_the_original_says_it_is_one() {
        open("#/article/usa-prk-summit-copy");
        WebElement original = waitFor(".article-head a.canonical");
        assertThat(original.getText()).isEqualTo("Trump and Kim meet in Singapore");
        assertThat(driver.findElement(By.cssSelector(".article-head .connections")).getText())
                .contains("1 other copy; original: Trump and Kim meet in Singapore (Capital Post, 2018-06-12");
        original.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".article-title"), "Trump and Kim meet in Singapore"));
        assertThat(waitFor(".article-head span.canonical").getText()).isEqualTo("this article is the original");
        assertThat(driver.findElements(By.cssSelector(".article-head a.canonical"))).isEmpty();
        assertNoInjectedElements();
    }

    @Test
    void an_interrupted_quote_marks_its_pieces_and_not_the_attribution_between_them() {
        open("#/?q=budget");
        waitFor(".hit-title").click();
        WebElement body = waitFor(".article-text");
        String text = body.getAttribute("textContent");
        assertThat(text).contains("Mayor Maria Okafor said after the vote");
        StringBuilder quoted = new StringBuilder();
        for (WebElement piece : body.findElements(By.cssSelector(".quote"))) {
            quoted.append(piece.getAttribute("textContent"));
        }
        assertThat(quoted.toString()).isEqualTo("Schools come first,and the roads can wait.");
    }

    @Test
    void an_article_highlights_entities_quotes_and_dates_at_their_offsets() {
        open("#/?q=expansion");
        waitFor(".hit-title").click();
        WebElement body = waitFor(".article-text");
        String text = body.getAttribute("textContent");
        assertThat(text).startsWith("The Port Authority approved");
        assertThat(body.getAttribute("data-length")).isEqualTo(String.valueOf(text.length()));

        int okafor = text.indexOf(WebFixtures.OKAFOR);
        WebElement mention = body.findElement(By.cssSelector("a.mention[data-start='" + okafor + "']"));
        assertThat(mention.getText()).isEqualTo(WebFixtures.OKAFOR);
        assertThat(mention.getAttribute("data-end")).isEqualTo(String.valueOf(okafor + WebFixtures.OKAFOR.length()));
        assertThat(mention.getAttribute("class")).contains("PERSON");

        String quote = "the harbour will double its trade";
        int q = text.indexOf(quote);
        StringBuilder quoted = new StringBuilder();
        for (WebElement piece : body.findElements(By.cssSelector(".quote"))) {
            int start = Integer.parseInt(piece.getAttribute("data-start"));
            assertThat(start).isBetween(q, q + quote.length());
            quoted.append(piece.getAttribute("textContent"));
        }
        assertThat(quoted.toString()).isEqualTo(quote);

        WebElement tuesday = body.findElement(By.cssSelector(".time[data-start='" + text.indexOf("Tuesday") + "']"));
        assertThat(tuesday.getText()).isEqualTo("Tuesday");
        assertThat(tuesday.getAttribute("title")).contains("2021-03-02");
        for (WebElement piece : body.findElements(By.cssSelector("[data-start]"))) {
            int start = Integer.parseInt(piece.getAttribute("data-start"));
            int end = Integer.parseInt(piece.getAttribute("data-end"));
            assertThat(piece.getAttribute("textContent")).isEqualTo(text.substring(start, end));
        }
    }

    @Test
    void an_entity_page_charts_mentions_and_lists_quotes_and_companions() {
        open("#/article/harbour-1");
        waitFor("a.mention.PERSON").click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".entity-name"), WebFixtures.OKAFOR));
        wait.until(d -> chartDrawn("mentions-chart"));
        assertThat(((Number) js("return Chart.getChart(document.getElementById('mentions-chart'))"
                + ".data.datasets[0].data.length")).intValue()).isEqualTo(3);
        assertThat(driver.findElements(By.cssSelector(".said blockquote"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector(".co-mentioned a"))).extracting(WebElement::getText)
                .containsExactly("Port Authority");

        WebElement toArticle = driver.findElement(By.xpath("//a[contains(@class,'quote-article')]"
                + "[text()='Council passes the budget']"));
        toArticle.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".article-title"), "Council passes the budget"));
    }

    @Test
    void a_story_opens_from_its_article_with_a_timeline_chart_and_its_sources() {
        open("#/article/harbour-1");
        waitFor(".article-head a.story-link").click();
        WebElement label = waitFor(".story-label");
        assertThat(label.getText()).contains(WebFixtures.OKAFOR);
        wait.until(d -> chartDrawn("story-chart"));
        assertThat(driver.findElements(By.cssSelector(".sources li a"))).extracting(WebElement::getText)
                .contains("Valley Times");
        assertThat(driver.findElements(By.cssSelector(".story-articles a"))).extracting(WebElement::getText)
                .contains("Harbour expansion approved");
        assertThat(driver.findElements(By.cssSelector(".timeline-item.quote"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("the harbour will double its trade"));

        open("#/stories?sort=largest");
        waitFor(".stories .story-link");
        open("#/?q=harbour&group=story");
        waitFor(".story-group .hit");
        assertThat(driver.findElements(By.cssSelector(".story-group h3 a.story-link"))).isNotEmpty();
    }

    @Test
    void a_story_lists_the_later_stories_of_its_line_and_each_opens_its_own_page() {
        // the fishermen's protest, five weeks after the approval, went cold for it but names Okafor and the Port
        // Authority in the same words: a story of its own, continuing the approval's line
        open("#/article/harbour-1");
        waitFor(".article-head a.story-link").click();
        waitFor(".story-line .line-story a.story-link");
        assertThat(driver.findElements(By.cssSelector(".story-line .line-story.current"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".story-line li")).getAttribute("class")).contains("current");
        wait.until(d -> {
            d.findElements(By.cssSelector(".story-line .line-story a.story-link")).get(0).click();
            return true;
        });
        wait.until(d -> d.findElements(By.cssSelector(".story-articles a")).stream()
                .anyMatch(a -> a.getText().equals("Fishermen protest harbour plan")));
        waitFor(".story-line .line-story a.story-link");
        assertThat(driver.findElements(By.cssSelector(".story-line .line-story.current"))).hasSize(1);
    }

    @Test
    void an_article_whose_id_has_slashes_and_percent_signs_opens_from_its_hit() {
        open("#/?q=storm");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Weather report 0"))).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".article-title"), "Weather report 0"));
        assertThat(waitFor(".article-text").getText()).contains("day 0 of the storm");
    }

    @Test
    void a_hostile_article_renders_as_inert_text_everywhere() {
        open("#/?q=dispute");
        WebElement title = waitFor(".hit-title");
        assertThat(title.getText()).isEqualTo(WebFixtures.HOSTILE_TITLE);
        assertThat(driver.findElement(By.cssSelector(".hit .meta")).getText()).contains("<b onmouseover=");
        assertNoInjectedElements();

        title.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".article-title"), WebFixtures.HOSTILE_TITLE));
        WebElement body = waitFor(".article-text");
        assertThat(body.getAttribute("textContent")).isEqualTo(WebFixtures.HOSTILE_TEXT);
        assertThat(body.findElement(By.cssSelector("a.mention")).getText()).isEqualTo(WebFixtures.HOSTILE_ENTITY);
        // the javascript: source URL is shown, not linked
        assertThat(driver.findElements(By.cssSelector("a.url"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("span.url")).getText()).startsWith("javascript:");
        assertNoInjectedElements();

        body.findElement(By.cssSelector("a.mention")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".entity-name"), WebFixtures.HOSTILE_ENTITY));
        assertThat(driver.findElement(By.cssSelector(".said blockquote")).getText())
                .contains(WebFixtures.HOSTILE_QUOTE);
        assertNoInjectedElements();

        // a hostile id in the fragment goes to the API percent-encoded and comes back as an error message, as text
        open("#/article/%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D10%3E");
        assertThat(waitFor(".error").getText()).contains("<img src=x");
        assertNoInjectedElements();
    }

    @Test
    void an_article_highlights_each_events_trigger_and_actors_at_their_offsets() {
        open("#/article/" + WebFixtures.SUMMIT_ID);
        WebElement body = waitFor(".article-text");
        String text = body.getAttribute("textContent");
        WebElement trigger = body.findElement(By.cssSelector(".event-trigger"));
        assertThat(trigger.getText()).isEqualTo("met");
        assertThat(trigger.getAttribute("data-start")).isEqualTo(String.valueOf(text.indexOf("met")));
        assertThat(trigger.getAttribute("title")).contains("CONSULT", "2018-06-12", "USAGOV", "PRKGOV");
        StringBuilder actors = new StringBuilder();
        for (WebElement piece : body.findElements(By.cssSelector(".event-actor"))) {
            actors.append(piece.getAttribute("textContent"));
        }
        assertThat(actors.toString()).contains("Donald Trump", "Kim Jong-un");
        assertThat(driver.findElement(By.cssSelector(".article-events li")).getText()).contains("CONSULT");
    }

    @Test
    void the_event_list_filters_by_type_and_links_each_report_to_its_evidence() {
        open("#/events");
        waitFor(".event-item");
        // a part a view leaves out is left out, not rendered as the text "null"
        assertThat(js("return [...document.querySelectorAll('#view *'), document.getElementById('view')]"
                + ".flatMap(n => [...n.childNodes]).filter(t => t.nodeType === 3 && t.textContent.trim() === 'null')"
                + ".length")).isEqualTo(0L);
        new Select(driver.findElement(By.cssSelector(".events-filter select"))).selectByValue("SANCTION");
        driver.findElement(By.cssSelector(".events-filter input[name=coded]")).click();
        driver.findElement(By.cssSelector(".events-filter button")).click();
        wait.until(ExpectedConditions.urlContains("type=SANCTION"));
        assertThat(driver.getCurrentUrl()).contains("coded=on");
        assertThat(waitFor(".events-filter input[name=coded]").isSelected()).isTrue();
        wait.until(d -> d.findElements(By.cssSelector(".event-what")).stream()
                .allMatch(w -> w.getText().startsWith("SANCTION")));
        WebElement item = waitFor(".event-item");
        assertThat(item.findElement(By.cssSelector(".evidence-sentence mark")).getText()).isEqualTo("imposed");
        item.findElement(By.cssSelector(".evidence-article")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".article-title"), "New sanctions on North Korea"));
        assertThat(waitFor(".article-text .event-focus.event-trigger").getText()).isEqualTo("imposed");

        // the syndicated copy's hostile title and publisher are listed as text
        open("#/events?type=CONSULT&actor=PRK&from=2018-06-12&to=2018-06-12");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".evidence-article"), 2));
        assertThat(driver.findElements(By.cssSelector(".evidence-article"))).extracting(WebElement::getText)
                .contains(WebFixtures.HOSTILE_COPY_TITLE);
        assertThat(driver.findElement(By.cssSelector(".evidence .copy")).getText())
                .contains(WebFixtures.HOSTILE_COPY_PUBLISHER, "copy of an earlier report");
        assertNoInjectedElements();
    }

    @Test
    void the_events_filter_keeps_its_checkbox_by_its_label() {
        open("#/events");
        WebElement box = waitFor(".events-filter input[name=coded]");
        WebElement label = box.findElement(By.xpath(".."));
        assertThat(box.getRect().getWidth()).isLessThan(30);
        assertThat(label.getRect().getWidth()).isLessThan(200);
    }

    /** A sentence quoting someone from its first word carries its own marks; the page adds none around it. */
    @Test
    void an_event_sentence_that_opens_with_a_quote_mark_is_not_quoted_again() {
        open("#/events");
        waitFor(".event-item");
        String opening = "\u201cWe will talk again,\u201d the envoy said.";
        String plain = "The envoy said they would talk again.";
        @SuppressWarnings("unchecked")
        List<String> quotes = (List<String>) js("""
                return Array.from(arguments).map(text => {
                  const q = sentenceWithTrigger({ sentence_text: text,
                      event: { sentence: [0, text.length], trigger: [text.indexOf('said'), text.indexOf('said') + 4] } });
                  document.getElementById('view').append(q);
                  return getComputedStyle(q).quotes;
                });""", opening, plain);
        // the marks <q> draws are its 'quotes'; none draws nothing
        assertThat(quotes.get(0)).isEqualTo("none");
        assertThat(quotes.get(1)).isNotEqualTo("none");
    }

    @Test
    void the_dyad_page_charts_cooperation_and_conflict_and_a_clicked_point_lists_its_events() {
        open("#/dyad?a=USA&b=PRK");
        wait.until(d -> chartDrawn("dyad-chart"));
        assertThat(driver.findElement(By.cssSelector(".total")).getText()).contains("per day");
        // a real click on the first bar (the summit day), where Chart.js drew it
        js("""
                const chart = Chart.getChart(document.getElementById('dyad-chart'));
                const bar = chart.getDatasetMeta(0).data[0];
                const rect = chart.canvas.getBoundingClientRect();
                chart.canvas.dispatchEvent(new MouseEvent('click', {bubbles: true,
                    clientX: rect.left + bar.x, clientY: rect.top + (bar.y + bar.base) / 2}));""");
        WebElement evidence = waitFor(".dyad-evidence .event-item");
        assertThat(driver.findElement(By.cssSelector(".dyad-evidence h3")).getText()).startsWith("2018-06-12");
        assertThat(evidence.findElement(By.cssSelector(".event-what")).getText()).startsWith("CONSULT");

        // the list of periods leads to the same kind of evidence; the conflict day has the sanctions
        driver.findElement(By.xpath("//button[@class='period'][text()='2018-08-10']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".dyad-evidence h3"),
                "2018-08-10"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".dyad-evidence .evidence-article")))
                .click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".article-title"), "New sanctions on North Korea"));
    }

    @Test
    void a_dyad_without_dated_events_says_so_and_how_many_undated_ones_were_left_out() {
        open("#/dyad?a=FRA&b=DEU");
        assertThat(waitFor(".dyad-empty").getText()).isEqualTo("No dated, asserted events between FRA and DEU.");
        assertThat(driver.findElement(By.cssSelector(".dyad-undated")).getText())
                .isEqualTo("1 asserted event between FRA and DEU has no full date and is left out.");
        assertThat(driver.findElements(By.cssSelector("#view canvas, #view .chart-box, #view .dyad-periods")))
                .isEmpty();
    }

    /** Nothing a payload would add: no images, frames, SVG or scripts beyond the page's own four, no foreign links. */
    private static void assertNoInjectedElements() {
        assertThat(pwned()).isNull();
        assertThat(driver.findElements(By.cssSelector("#view img, #view svg, #view iframe, #view script, "
                + "#view b, #view [onerror], #view [onload], #view [onmouseover]"))).isEmpty();
        assertThat(driver.findElements(By.tagName("script"))).hasSize(4);
        for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
            assertThat(a.getAttribute("href")).matches("(?i)^(http://127\\.0\\.0\\.1:\\d+/#|https?://).*");
        }
    }
}
