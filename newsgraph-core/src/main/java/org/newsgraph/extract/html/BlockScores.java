package org.newsgraph.extract.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.CaptionLabels;

/**
 * Per-block judgements shared by container choice and block filtering: whether a block sits in a boilerplate
 * region, whether the JSON-LD article body vouches for it, and how much article-like text it carries.
 */
final class BlockScores {

    /** A boilerplate hint on an element holding more than this share of the page's text is a layout wrapper. */
    private static final double WRAPPER_SHARE = 0.5;
    /** A box with mixed hints is boilerplate unless at least this share of its text is prose. */
    private static final double MIXED_MIN_PROSE = 0.3;
    /** Share of a block's trigrams the declared article body must contain to vouch for it. */
    private static final double CONFIRMED_COVERAGE = 0.5;

    /**
     * What a whole sentence too short to be prose by length is worth per character: less than prose, since labels
     * and prompts can be sentences too, but above nothing, so that a container holding it beats the lone paragraph
     * before it.
     */
    private static final double SHORT_SENTENCE_WEIGHT = 0.5;

    /** Figures and caption boxes larger than this hold more than a caption (galleries, embeds, whole articles). */
    private static final int MAX_CAPTION_CHARS = 800;
    /** A credit line outside any caption box is this short. */
    private static final int MAX_CREDIT_CHARS = 200;

    final boolean[] junk;
    /** The figure or caption box a caption block belongs to, else null. */
    final Element[] caption;
    /** Whether a caption block is its credit line. */
    final boolean[] credit;
    final boolean[] confirmed;
    final double[] value;

    /** Prose characters outside boxes that are boilerplate by tag, role or visibility. */
    final int pageProse;

    /**
     * @param useNames whether class and id names count as hints; without them only tags, ARIA roles,
     *                 visibility and comment-section names mark boilerplate (the fallback for pages whose naming
     *                 scheme misleads)
     */
    BlockScores(List<TextBlock> blocks, int totalChars, ArticleBodyHint hint, boolean[] teaser, boolean useNames) {
        int n = blocks.size();
        junk = new boolean[n];
        confirmed = new boolean[n];
        value = new double[n];
        caption = new Element[n];
        credit = new boolean[n];
        int wrapperSize = (int) (totalChars * WRAPPER_SHARE);
        for (TextBlock b : blocks) {
            if (!isProse(b)) continue;
            for (Region r = b.region(); r != null; r = r.parent) r.prose += b.chars();
        }
        int prose = 0;
        Set<Element> proseParents = proseParents(blocks);
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            junk[i] = teaser[i] || inBoilerplate(b.region(), wrapperSize, useNames);
            if (isProse(b) && !inBoilerplate(b.region(), wrapperSize, false)) prose += b.chars();
            caption[i] = captionBox(b.region());
            if (caption[i] == null && CaptionLabels.isLabelled(b.text())) caption[i] = b.owner();
            credit[i] = caption[i] != null && b.region() != null && b.region().role == ElementHints.Role.CREDIT;
            confirmed[i] = hint.present() && b.words() >= 3 && hint.coverage(b.text()) >= CONFIRMED_COVERAGE;
            value[i] = caption[i] != null ? 0 : value(b, junk[i], confirmed[i],
                    b.owner() != null && proseParents.contains(b.owner().parent()));
        }
        pageProse = prose;
    }

    /**
     * Inside a hidden box that is not a page-wide wrapper (one that a script will reveal); inside a boilerplate box
     * that is not a page-wide wrapper and not mostly a content-hinted box; when the box is
     * boilerplate by name only, it must also not hold most of the prose of the content-hinted box around it (a
     * "paywall" box holds the article). Inside a box of mixed hints that holds little prose.
     */
    private static boolean inBoilerplate(Region region, int wrapperSize, boolean useNames) {
        for (Region r = region; r != null; r = r.parent) {
            switch (r.role) {
                case BOILERPLATE -> {
                    if (isBoxed(r, wrapperSize)) return true;
                }
                case HIDDEN -> {
                    if (r.size() <= wrapperSize) return true;
                }
                case COMMENTS -> {
                    if (isBoxed(r, wrapperSize) && !holdsMostOfContent(r)) return true;
                }
                case NAMED_BOILERPLATE -> {
                    if (useNames && isBoxed(r, wrapperSize) && !holdsMostOfContent(r)) return true;
                }
                case MIXED -> {
                    if (useNames && r.prose < MIXED_MIN_PROSE * r.size()) return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Neither a page-wide wrapper nor mostly a content-hinted box. */
    private static boolean isBoxed(Region r, int wrapperSize) {
        return r.size() <= wrapperSize && 2 * r.contentInside < r.size();
    }

    private static boolean holdsMostOfContent(Region r) {
        Region content = r.parent == null ? null : r.parent.nearest(ElementHints.Role.CONTENT);
        return content != null && 2 * r.prose > content.prose;
    }

    /** Sentences of some length, mostly not links: what articles are made of. */
    private static boolean isProse(TextBlock b) {
        return b.words() >= 8 && b.marks() >= 1 && b.linkDensity() <= 0.5;
    }

    /** The outermost caption-sized figure or caption box around a block, or a lone credit line; else null. */
    private static Element captionBox(Region region) {
        Element box = null;
        for (Region r = region; r != null; r = r.parent) {
            if ((r.role == ElementHints.Role.FIGURE || r.role == ElementHints.Role.CAPTION)
                    && r.size() <= MAX_CAPTION_CHARS) {
                box = r.element;
            }
        }
        if (box == null && region != null && region.role == ElementHints.Role.CREDIT
                && region.size() <= MAX_CREDIT_CHARS) {
            box = region.element;
        }
        return box;
    }

    /** Positive for article-like prose, negative for link lists and boilerplate, about zero for the rest. */
    /**
     * The elements that directly hold a paragraph of prose: a short sentence among them is one of the article's
     * paragraphs, not a lone line in a box of its own ("Comments are closed for this post.").
     */
    private static Set<Element> proseParents(List<TextBlock> blocks) {
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TextBlock b : blocks) {
            if (isProse(b) && b.owner() != null && b.owner().parent() != null) parents.add(b.owner().parent());
        }
        return parents;
    }

    private static double value(TextBlock b, boolean junk, boolean confirmed, boolean amongProse) {
        switch (b.kind()) {
            case TITLE -> {
                return 0;
            }
            default -> {
            }
        }
        if (confirmed) return 2.0 * b.chars();
        double ld = b.linkDensity();
        if (junk || ld > 0.5) return -b.chars();
        if (b.kind() == TextBlock.Kind.HEADING) return 0;
        if (isProse(b)) {
            double weight = b.owner() != null && b.owner().normalName().equals("p") ? 1.5 : 1.0;
            return weight * b.chars() * (1 - ld);
        }
        // a brief's closing line ("Park said the decision was unanimous.") must not make its article lose to its lead
        if (amongProse && ShortSentences.isSentence(b)) return SHORT_SENTENCE_WEIGHT * b.chars();
        return -0.3 * b.chars();
    }
}
