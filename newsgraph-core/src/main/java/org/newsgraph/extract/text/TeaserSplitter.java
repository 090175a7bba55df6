package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.ExtractedBody;

/**
 * Finds the teasers of other articles that scrapes pick up below an article: paragraphs cut off mid-sentence, after
 * the article's closing notice, on other subjects, of similar length to each other. Each signal alone is weak (an
 * article's last paragraph may lack its full stop), so a paragraph becomes a teaser only when several agree.
 */
final class TeaserSplitter {

    private static final int AFTER_END = 2;
    private static final int CUT_OFF = 2;
    private static final int UNRELATED = 1;
    private static final int AFTER_CUT_OFF = 1;
    private static final int LIKE_SIBLINGS = 1;
    private static final int THRESHOLD = 4;
    /** Sites cut teasers at a fixed length, so siblings differ by little more than a word or two. */
    private static final double SIBLING_SPREAD = 0.25;
    /** Shorter paragraphs say too little to be told apart from the article by their words. */
    private static final int MIN_TEASER = 100;
    private static final int MAX_TEASER_TITLE = 120;
    private static final int MAX_TEASER_TITLE_WORDS = 16;
    /** Paragraphs with fewer content words give too noisy an overlap to set the article's baseline. */
    private static final int MIN_BASELINE_WORDS = 6;
    /** Used when the article has too few paragraphs to measure how much its own paragraphs share. */
    private static final double DEFAULT_BASELINE = 0.5;
    /** Below this share of the baseline a paragraph is off the article's subject; below half, far off it. */
    private static final double LESS_RELATED = 0.75;

    private TeaserSplitter() {
    }

    /** Marks teasers (and their titles) in the layout and returns one snippet body per teaser. */
    static List<ScrapedPage.Teaser> apply(Layout layout) {
        int end = endOfArticle(layout);
        List<Integer> candidates = end >= 0 ? paragraphsAfter(layout, end) : List.of();
        // teasers may also sit above the page's closing notice, as a run of cut-off paragraphs
        boolean afterEnd = !candidates.isEmpty();
        if (!afterEnd) candidates = trailingCutOffs(layout);
        if (candidates.isEmpty()) return List.of();
        boolean[] candidate = new boolean[layout.size()];
        for (int c : candidates) candidate[c] = true;

        List<Set<String>> body = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            if (layout.roles[i] == Role.PARAGRAPH && !candidate[i]) body.add(ContentWords.of(layout.text(i)));
        }
        if (body.isEmpty()) return List.of();
        Map<String, Integer> df = ContentWords.documentFrequencies(body);
        double measured = baseline(body, df);
        double baseline = Double.isNaN(measured) ? DEFAULT_BASELINE : measured;
        double medianLength = median(candidates.stream().mapToDouble(c -> layout.text(c).length()).toArray());

        List<ScrapedPage.Teaser> snippets = new ArrayList<>();
        boolean previousCutOff = false;
        for (int c : candidates) {
            String text = layout.text(c);
            boolean cutOff = !Shapes.endsSentence(text) || Shapes.endsWithEllipsis(text);
            int score = (afterEnd ? AFTER_END : 0) + (cutOff ? CUT_OFF : 0);
            // an article has one last paragraph: a cut-off one after another cut-off one cannot be the article's
            if (cutOff && previousCutOff) score += AFTER_CUT_OFF;
            previousCutOff = cutOff;
            double shared = ContentWords.sharedWith(ContentWords.of(text), df, false);
            if (shared < baseline / 2) score += UNRELATED;
            // a second point only within a run of candidates, so a lone odd last paragraph never passes on words
            if (candidates.size() > 1 && !Double.isNaN(measured) && shared < measured * LESS_RELATED) {
                score += UNRELATED;
            }
            if (candidates.size() > 1 && Math.abs(text.length() - medianLength) <= medianLength * SIBLING_SPREAD) {
                score += LIKE_SIBLINGS;
            }
            if (score < THRESHOLD) continue;
            layout.roles[c] = Role.TEASER;
            String title = null;
            int first = c;
            if ((layout.is(c - 1, Role.PARAGRAPH) || layout.is(c - 1, Role.NAVIGATION)) && isTitle(layout.text(c - 1))) {
                layout.roles[c - 1] = Role.TEASER_TITLE;
                title = layout.text(c - 1);
                first = c - 1;
            }
            ExtractedBody teaser = BodyAssembler.snippet(title, text, cutOff ? "truncated teaser" : "teaser");
            snippets.add(new ScrapedPage.Teaser(teaser, layout.lines.get(first).number()));
        }
        return snippets;
    }

    /** The first closing notice (copyright, syndication, licence, credits) below the article's first paragraph. */
    private static int endOfArticle(Layout layout) {
        int first = layout.next(0, Role.PARAGRAPH);
        if (first < 0) return -1;
        for (int i = first + 1; i < layout.size(); i++) {
            Role r = layout.roles[i];
            if (r == Role.COPYRIGHT || r == Role.SYNDICATION || r == Role.LICENSE || r == Role.CREDITS) return i;
        }
        return -1;
    }

    private static List<Integer> paragraphsAfter(Layout layout, int end) {
        List<Integer> found = new ArrayList<>();
        for (int i = end + 1; i < layout.size(); i++) {
            if (isCandidate(layout, i)) found.add(i);
        }
        return found;
    }

    /** With no closing notice, only the run of cut-off paragraphs at the very end of the scrape is considered. */
    private static List<Integer> trailingCutOffs(Layout layout) {
        List<Integer> found = new ArrayList<>();
        for (int i = layout.size() - 1; i >= 0; i--) {
            if (layout.roles[i] != Role.PARAGRAPH) continue;
            String text = layout.text(i);
            if (isCandidate(layout, i) && (!Shapes.endsSentence(text) || Shapes.endsWithEllipsis(text))) {
                found.add(i);
            } else if (found.isEmpty() || !isTitle(text)) {
                break;
            }
        }
        Collections.reverse(found);
        return found;
    }

    /** A line short and shaped enough to be the headline of a teaser. */
    static boolean isTitle(String line) {
        return line.length() <= MAX_TEASER_TITLE && Shapes.words(line) <= MAX_TEASER_TITLE_WORDS
                && Shapes.looksLikeHeadline(line);
    }

    private static boolean isCandidate(Layout layout, int i) {
        return layout.roles[i] == Role.PARAGRAPH && layout.text(i).length() >= MIN_TEASER
                && AuthorBios.authorsOf(layout.text(i)).isEmpty();
    }

    /** The median share of words each of the article's own paragraphs has in common with the rest, or NaN. */
    private static double baseline(List<Set<String>> body, Map<String, Integer> df) {
        double[] shares = body.stream().filter(p -> p.size() >= MIN_BASELINE_WORDS)
                .mapToDouble(p -> ContentWords.sharedWith(p, df, true)).toArray();
        return shares.length < 3 ? Double.NaN : median(shares);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
