package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Licenses;
import org.newsgraph.extract.PageMetadata;
import org.newsgraph.extract.text.LineFact.Kind;
import org.newsgraph.model.Caption;

/**
 * Takes a plain-text scrape (one paragraph per line, as copied from a browser or a text dump) apart into the
 * article, what the page says about it, and the teasers of other articles that followed it. Every line is either
 * kept in the article text or set aside with a warning naming what it was; nothing is dropped silently.
 * Stateless and thread-safe; time is linear in the input's length.
 */
public final class TextScrapeExtractor implements ScrapeParser {

    @Override
    public ScrapedPage parse(String text) {
        Layout layout = Layout.of(text == null ? "" : text);
        List<ScrapedPage.Teaser> cards = TeaserCardLists.apply(layout);
        int lists = NavigationLists.apply(layout);
        Titles.headline(layout);
        Captions.apply(layout);
        markLaterRepeats(layout);
        Titles.dek(layout);
        List<ScrapedPage.Teaser> truncated = TeaserSplitter.apply(layout);
        AuthorBios.apply(layout);
        Subheads.apply(layout);
        List<ScrapedPage.Teaser> snippets = new ArrayList<>(truncated);
        snippets.addAll(cards);
        snippets.sort(Comparator.comparingInt(ScrapedPage.Teaser::line));
        if (keepAllProseIfNothingKept(layout)) snippets = List.of();
        warn(layout, lists, truncated.size(), cards.size());
        warnIfCutOff(layout);
        return new ScrapedPage(metadata(layout), BodyAssembler.article(layout), snippets);
    }

    /**
     * A paragraph seen before (a pull quote, a re-rendered caption) is kept once; one that repeats a caption already
     * set aside is the picture's caption rendered again (a labelled caption, then the bare text under the picture).
     */
    private static void markLaterRepeats(Layout layout) {
        Set<String> seen = new HashSet<>();
        for (Caption c : layout.captions) {
            if (c.text() != null) seen.add(c.text());
        }
        for (int i = 0; i < layout.size(); i++) {
            if (layout.roles[i] == Role.PARAGRAPH && !seen.add(layout.text(i))) layout.roles[i] = Role.DUPLICATE;
        }
    }

    /**
     * A scrape whose every line looked like boilerplate is more likely an unusual article than an empty page, so
     * its prose lines are all kept rather than return no text.
     */
    private static boolean keepAllProseIfNothingKept(Layout layout) {
        boolean anyProse = false;
        for (int i = 0; i < layout.size(); i++) {
            if (layout.roles[i].inBody()) return false;
            anyProse |= layout.facts[i].is(Kind.PROSE);
        }
        if (!anyProse) return false;
        for (int i = 0; i < layout.size(); i++) {
            if (layout.facts[i].is(Kind.PROSE)) layout.roles[i] = Role.PARAGRAPH;
        }
        layout.captions.clear();
        layout.warnings.add("no article body recognised; kept every prose line");
        return true;
    }

    private static void warn(Layout layout, int lists, int teasers, int cards) {
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        for (Role r : layout.roles) {
            if (!r.inBody()) counts.merge(r, 1, Integer::sum);
        }
        counts.forEach((role, n) -> {
            if (role == Role.NAVIGATION) {
                layout.warnings.add("set aside " + plural(lists, "navigation list") + " (" + plural(n, "line") + ")");
            } else if (role == Role.TEASER) {
                layout.warnings.add("split " + plural(teasers, "truncated teaser") + " into snippets");
            } else if (role == Role.CARD) {
                layout.warnings.add("split " + plural(cards, "teaser card") + " of a link list into snippets");
            } else {
                layout.warnings.add("set aside " + plural(n, role.label()));
            }
        });
    }

    /** A cut-off last paragraph that was not taken for a teaser is kept, but said to be possibly truncated. */
    private static void warnIfCutOff(Layout layout) {
        for (int i = layout.size() - 1; i >= 0; i--) {
            if (!layout.roles[i].inBody()) continue;
            String last = layout.text(i);
            if (layout.roles[i] == Role.PARAGRAPH && !Shapes.endsSentence(last)) {
                layout.warnings.add("last paragraph ends mid-sentence; it may be truncated");
            }
            return;
        }
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static PageMetadata metadata(Layout layout) {
        Set<String> authors = new LinkedHashSet<>();
        String publisher = null;
        String headOutlet = null;
        String syndicated = null;
        String section = null;
        String license = null;
        String published = null;
        String modified = null;
        for (int i = 0; i < layout.size(); i++) {
            LineFact fact = layout.facts[i];
            switch (layout.roles[i]) {
                case BYLINE, CREDITS -> authors.addAll(fact.names());
                case COPYRIGHT -> publisher = first(publisher, fact.value());
                case SYNDICATION -> syndicated = first(syndicated, fact.value());
                case SECTION -> section = first(section, fact.value());
                case DATE -> {
                    if (fact.is(Kind.MODIFIED)) modified = first(modified, fact.value());
                    else published = first(published, fact.value());
                    authors.addAll(fact.names());
                    headOutlet = first(headOutlet, fact.outlet());
                }
                default -> { }
            }
            if (license == null && (layout.roles[i] == Role.LICENSE || layout.roles[i] == Role.COPYRIGHT
                    || layout.roles[i] == Role.SYNDICATION)) {
                license = fact.is(Kind.LICENSE) ? fact.value() : Licenses.fromText(layout.text(i));
            }
        }
        authors.addAll(layout.bioAuthors);
        // a copyright notice names the owner; the head line's outlet stands in only for a page without one
        publisher = first(publisher, headOutlet);
        int lede = layout.next(0, Role.PARAGRAPH);
        if (syndicated == null && lede >= 0) syndicated = WireDateline.agency(layout.text(lede));
        // a stamp of the page dates it better; without one, the day a wire story was filed is its publication day
        if (published == null && lede >= 0) {
            published = WireDateline.date(layout.text(lede));
            if (published != null) {
                layout.warnings.add("published: the date of the first paragraph's "
                        + (WireDateline.agency(layout.text(lede)) != null ? "wire dateline" : "dateline"));
            }
        }
        return new PageMetadata(layout.title, layout.subtitle, new ArrayList<>(authors), publisher, syndicated,
                section, dedupeIgnoringCase(layout.topics), license, published, modified, null, null);
    }

    private static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }

    private static List<String> dedupeIgnoringCase(Set<String> values) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String v : values) byKey.putIfAbsent(v.toLowerCase(Locale.ROOT), v);
        return new ArrayList<>(byKey.values());
    }
}
