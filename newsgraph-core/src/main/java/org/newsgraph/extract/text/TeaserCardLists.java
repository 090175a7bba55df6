package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.extract.text.LineFact.Kind;

/**
 * Link lists whose items are cards, as a "More from ..." or "Most read" box comes out of a browser copy: each item a
 * headline line, then a blurb of a sentence or two about another article. A navigation list ends at the first line
 * that reads like a sentence, so without this the blurbs and every card after the first stayed in the article.
 *
 * <p>A list is taken for cards only when its lines alternate headline and blurb from the header on and no paragraph
 * of the article comes after them: a "Related" box of bare links in the middle of a story, followed by the story's
 * next paragraph, is no card list, nor is a header followed by a headline-shaped line and the article going on.
 */
final class TeaserCardLists {

    /** Blurbs are written to fit a card: a sentence or two. */
    private static final int MAX_BLURB = 300;

    private TeaserCardLists() {
    }

    /** Marks every card list's headlines and blurbs and returns one snippet per card, in the order of the page. */
    static List<ScrapedPage.Teaser> apply(Layout layout) {
        List<ScrapedPage.Teaser> snippets = new ArrayList<>();
        // from the bottom, so a list followed only by another card list counts as ending the page
        for (int header = layout.size() - 1; header >= 0; header--) {
            LineFact fact = layout.facts[header];
            if (!fact.is(Kind.LINK_HEADER) || fact.value() != null) continue;
            int end = header + 1;
            while (isCard(layout, end)) end += 2;
            if (end == header + 1 || articleGoesOn(layout, end)) continue;
            List<ScrapedPage.Teaser> cards = new ArrayList<>();
            for (int title = header + 1; title < end; title += 2) {
                layout.roles[title] = Role.TEASER_TITLE;
                layout.roles[title + 1] = Role.CARD;
                String blurb = layout.text(title + 1);
                boolean cutOff = !Shapes.endsSentence(blurb) || Shapes.endsWithEllipsis(blurb);
                ExtractedBody body = BodyAssembler.snippet(layout.text(title), blurb,
                        cutOff ? "truncated teaser" : "teaser");
                cards.add(new ScrapedPage.Teaser(body, layout.lines.get(title).number()));
            }
            snippets.addAll(0, cards);
        }
        return snippets;
    }

    private static boolean isCard(Layout layout, int title) {
        return isProse(layout, title) && isProse(layout, title + 1)
                && TeaserSplitter.isTitle(layout.text(title)) && isBlurb(layout.text(title + 1));
    }

    private static boolean isBlurb(String line) {
        return line.length() <= MAX_BLURB && !TeaserSplitter.isTitle(line);
    }

    private static boolean isProse(Layout layout, int i) {
        return i < layout.size() && layout.roles[i] == Role.PARAGRAPH && layout.facts[i].is(Kind.PROSE);
    }

    /** A sentence below the cards that no later card list took is the article's, so the cards were not its end. */
    private static boolean articleGoesOn(Layout layout, int from) {
        for (int i = from; i < layout.size(); i++) {
            if (isProse(layout, i) && Shapes.endsSentence(layout.text(i))) return true;
        }
        return false;
    }
}
