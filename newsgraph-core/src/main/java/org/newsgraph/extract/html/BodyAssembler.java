package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.CaptionLabels;
import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.extract.ReaderPrompts;
import org.newsgraph.extract.RightsNotices;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockType;
import org.newsgraph.model.Caption;

/**
 * Keeps the blocks of the chosen container that read as article text, sets captions aside, and joins the rest into
 * the body: list items of one list become one list block, the paragraphs of one blockquote one quote block.
 */
final class BodyAssembler {

    /** Link-heavy blocks are navigation or teasers unless the declared article body vouches for them. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Lines this short at the edges of the text are labels unless they end a sentence. */
    private static final int EDGE_LABEL_WORDS = 5;

    /** Interface labels that sit inside article containers: ad labels, share prompts, "read more" links. */
    private static final Pattern UI_LABEL = Pattern.compile(
            "(?i)(?:advertisements?|ad|sponsored( content)?|continue reading( the main story| below| below the ad)?"
                    + "|read more|read full (?:story|article)|share( this)?( article| story| post| on \\w+)?"
                    + "|tweet|email|print|comments?|\\d+ comments?|leave a (?:comment|reply)"
                    + "|related( articles| stories| content| coverage| posts| reading)?|recommended( for you)?"
                    + "|sign up|subscribe( now)?|follow us( on \\w+)?|click here|view (?:gallery|comments|photos)"
                    + "|image|photo|loading|also read|see also|story continues below( advertisement)?"
                    + "|scroll to continue( with content)?|skip (?:to|past) [\\w ]+|back to top|top)\\W*");

    /** A byline or dateline standing alone before the text ({@link DatedBylines} reads those without a "By"). */
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)(?:by|written by|posted by|reported by|words by|updated|published|posted)\\b.{0,80}");

    /**
     * A row of section links set apart by bars, bullets or spaced dashes, "Daily Planet — Markets | Companies |
     * Economy": three or more short capitalised pieces, none a sentence.
     */
    private static final Pattern SECTION_ROW = Pattern.compile(
            "\\p{Lu}[^|•·.!?]{0,30}(?:(?:\\s*[|•·]\\s*|\\s+[-–—]\\s+)\\p{Lu}[^|•·.!?]{0,30}){2,}");
    private static final int MAX_NOTICE_WORDS = 30;

    private BodyAssembler() {
    }

    static ExtractedBody assemble(List<TextBlock> blocks, BlockScores scores, Element container) {
        int n = blocks.size();
        boolean[] keep = new boolean[n];
        List<Caption> captions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int firstKept = -1;
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            if (container != null && !inside(b.owner(), container)) continue;
            if (scores.caption[i] != null) continue;
            keep[i] = keeps(b, scores, i, firstKept < 0);
            if (keep[i] && firstKept < 0 && b.kind() != TextBlock.Kind.HEADING) firstKept = i;
        }
        int paywall = PaywallBoxes.setAside(blocks, keep, container);
        if (paywall > 0) {
            warnings.add("set aside a paywall box (" + paywall + (paywall == 1 ? " line" : " lines")
                    + "); the article may go on behind it");
        }
        trimEdges(blocks, keep);
        dropOrphanHeadings(blocks, keep);
        collectCaptions(blocks, scores, container, captions);
        StringBuilder text = new StringBuilder();
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!keep[i]) continue;
            TextBlock b = blocks.get(i);
            BlockType type = typeOf(b);
            int start = text.length() + (text.length() > 0 ? 2 : 0);
            if (text.length() > 0) text.append("\n\n");
            text.append(b.text());
            // consecutive items of one list, or paragraphs of one quote, form a single block
            while (b.group() != null && i + 1 < n && keep[i + 1] && blocks.get(i + 1).group() == b.group()
                    && typeOf(blocks.get(i + 1)) == type) {
                i++;
                text.append('\n').append(blocks.get(i).text());
            }
            out.add(new Block(type, start, text.length()));
        }
        if (out.isEmpty()) warnings.add("no main content found");
        return new ExtractedBody(text.toString(), out, captions, warnings);
    }

    private static boolean keeps(TextBlock b, BlockScores scores, int i, boolean beforeText) {
        if (b.kind() == TextBlock.Kind.TITLE) return false;
        if (scores.confirmed[i]) return true;
        if (scores.junk[i]) return false;
        if (b.linkDensity() > MAX_LINK_DENSITY) return false;
        if (b.words() <= 6 && UI_LABEL.matcher(b.text()).matches()) return false;
        if (ReaderPrompts.isPrompt(b.text())) return false;
        if (b.words() <= MAX_NOTICE_WORDS && RightsNotices.isNotice(b.text())) return false;
        return !(beforeText && b.words() <= 15 && (BYLINE.matcher(b.text()).matches()
                || !DatedBylines.names(b.text()).isEmpty()
                || b.kind() == TextBlock.Kind.PARAGRAPH && SECTION_ROW.matcher(b.text()).matches()));
    }

    /**
     * Short unpunctuated lines before the first and after the last sentence of the text are labels, datelines,
     * tag lists and calls to action ("Key Points", "Related Tags", "Advert"), not the article.
     */
    private static void trimEdges(List<TextBlock> blocks, boolean[] keep) {
        for (int i = 0; i < blocks.size() && !endsSentence(blocks.get(i), keep[i]); i++) {
            if (keep[i] && blocks.get(i).kind() == TextBlock.Kind.PARAGRAPH) keep[i] = false;
        }
        for (int i = blocks.size() - 1; i >= 0 && !endsSentence(blocks.get(i), keep[i]); i--) {
            if (keep[i] && blocks.get(i).kind() == TextBlock.Kind.PARAGRAPH) keep[i] = false;
        }
    }

    /** Whether a kept block is more than a label: several words, or a sentence. */
    private static boolean endsSentence(TextBlock b, boolean kept) {
        if (!kept) return false;
        if (b.kind() == TextBlock.Kind.HEADING) return false;
        if (b.words() > EDGE_LABEL_WORDS) return true;
        String t = b.text();
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…' || last == '"' || last == '”'
                || last == '。';
    }

    /** A heading is kept only when text of its section survives; otherwise it titled a removed box. */
    private static void dropOrphanHeadings(List<TextBlock> blocks, boolean[] keep) {
        boolean textFollows = false;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (!keep[i]) continue;
            if (blocks.get(i).kind() == TextBlock.Kind.HEADING) {
                keep[i] = textFollows;
                textFollows = false;
            } else {
                textFollows = true;
            }
        }
    }

    private static void collectCaptions(List<TextBlock> blocks, BlockScores scores, Element container,
                                        List<Caption> captions) {
        int n = blocks.size();
        int i = 0;
        while (i < n) {
            Element box = scores.caption[i];
            if (box == null || (container != null && !inside(box, container) && (scores.junk[i]
                    || blocks.get(i).linkDensity() > MAX_LINK_DENSITY || !isLeadPicture(box, container)))) {
                i++;
                continue;
            }
            StringBuilder text = new StringBuilder();
            StringBuilder credit = new StringBuilder();
            for (; i < n && scores.caption[i] == box; i++) {
                StringBuilder target = scores.credit[i] ? credit : text;
                if (target.length() > 0) target.append(' ');
                target.append(blocks.get(i).text().replace('\n', ' '));
            }
            if (text.length() == 0) {
                captions.add(new Caption(credit.toString(), null));
            } else if (credit.length() > 0) {
                captions.add(new Caption(text.toString(), credit.toString()));
            } else {
                captions.add(CaptionSplitter.split(CaptionLabels.strip(text.toString())));
            }
        }
    }

    /**
     * A picture set between the headline and the text, outside the text's container but inside the story's own
     * wrapper: the lead picture, an image with its caption box. Pictures after the text, or anywhere on a page whose
     * text sits directly in the page body, may illustrate other stories, and a caption-named box without an image
     * beside it (a label, an audio player's title) is no picture's: neither is taken.
     */
    private static boolean isLeadPicture(Element box, Element container) {
        Element story = container.parent();
        if (story == null || story.normalName().equals("body") || story.normalName().equals("html")) return false;
        if (ElementHints.roleOf(box) == ElementHints.Role.CREDIT || !showsImage(box)) return false;
        for (Element e = box; e != null; e = e.parent()) {
            if (e.parent() == story) return e.siblingIndex() < container.siblingIndex();
        }
        return false;
    }

    private static boolean showsImage(Element box) {
        Element around = box.parent() != null && box.normalName().equals("p") ? box.parent() : box;
        return around.selectFirst("img, picture") != null;
    }

    private static BlockType typeOf(TextBlock b) {
        return switch (b.kind()) {
            case HEADING -> BlockType.HEADING;
            case QUOTE -> BlockType.QUOTE;
            case LIST_ITEM -> BlockType.LIST;
            default -> BlockType.PARAGRAPH;
        };
    }

    private static boolean inside(Element el, Element container) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e == container) return true;
        }
        return false;
    }
}
