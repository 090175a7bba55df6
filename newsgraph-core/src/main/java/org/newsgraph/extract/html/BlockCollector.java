package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * One read-only walk over the page that cuts its visible text into {@link TextBlock}s at block-level element
 * boundaries, normalising whitespace on the way ({@code <br>} becomes a line break, two in a row end the block), and
 * notes hinted regions and JSON-LD scripts. Nothing in the document is changed.
 */
final class BlockCollector implements NodeFilter {

    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<String> jsonLd = new ArrayList<>();
    private final List<Element> openBlocks = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder(256);
    private boolean pendingSpace;
    private int blockChars;
    private int blockLinkChars;
    private int totalChars;
    private int linkDepth;
    private int preDepth;
    private Element quote;
    private Element list;
    private Element heading;
    private Region region;

    List<TextBlock> blocks() {
        return blocks;
    }

    /** Raw text of the page's JSON-LD scripts that mention an article body. */
    List<String> jsonLd() {
        return jsonLd;
    }

    /** Visible non-space characters on the whole page. */
    int totalChars() {
        return totalChars;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) return FilterResult.SKIP_ENTIRELY;
        if (ElementHints.isInvisible(el)) {
            noteJsonLd(el);
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = el.normalName();
        if (tag.equals("br")) {
            lineBreak();
            return FilterResult.CONTINUE;
        }
        ElementHints.Role role = ElementHints.roleOf(el);
        if (isBlock(tag) || role == ElementHints.Role.CAPTION || role == ElementHints.Role.CREDIT) {
            flush();
            openBlocks.add(el);
        }
        switch (tag) {
            case "a" -> linkDepth++;
            case "pre" -> preDepth++;
            case "blockquote" -> {
                if (quote == null) quote = el;
            }
            case "ul", "ol", "dl" -> {
                if (list == null) list = el;
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (heading == null) heading = el;
            }
            default -> {
            }
        }
        if (role != ElementHints.Role.NONE) region = new Region(el, role, region, totalChars);
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element el)) return FilterResult.CONTINUE;
        String tag = el.normalName();
        int last = openBlocks.size() - 1;
        if (last >= 0 && openBlocks.get(last) == el) {
            flush();
            openBlocks.remove(last);
        }
        switch (tag) {
            case "a" -> linkDepth--;
            case "pre" -> preDepth--;
            default -> {
            }
        }
        if (quote == el) quote = null;
        if (list == el) list = null;
        if (heading == el) heading = null;
        if (region != null && region.element == el) {
            region.close(totalChars);
            region = region.parent;
        }
        return FilterResult.CONTINUE;
    }

    /** Keeps the text of a JSON-LD script that declares an article body; other elements are ignored. */
    void noteJsonLd(Element el) {
        if (!el.normalName().equals("script") || !el.attr("type").toLowerCase().contains("ld+json")) return;
        for (Node child : el.childNodes()) {
            if (child instanceof DataNode d && d.getWholeData().contains("articleBody")) jsonLd.add(d.getWholeData());
        }
    }

    private void appendText(String text) {
        boolean pre = preDepth > 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && pre) {
                lineBreak();
            } else if (c <= ' ' || c == '\u00a0' || Character.isWhitespace(c)) {
                pendingSpace = true;
            } else if (c == '\u200b' || c == '\u00ad' || c == '\ufeff' || c == '\u200c') {
                // invisible: zero-width space, soft hyphen, byte order mark, zero-width non-joiner
            } else {
                if (pendingSpace && buf.length() > 0 && buf.charAt(buf.length() - 1) != '\n') buf.append(' ');
                pendingSpace = false;
                buf.append(c);
                blockChars++;
                totalChars++;
                if (linkDepth > 0) blockLinkChars++;
            }
        }
    }

    private void lineBreak() {
        pendingSpace = false;
        int len = buf.length();
        if (len == 0) return;
        if (buf.charAt(len - 1) == '\n') {
            flush();
        } else {
            buf.append('\n');
        }
    }

    private void flush() {
        pendingSpace = false;
        int len = buf.length();
        while (len > 0 && buf.charAt(len - 1) == '\n') len--;
        if (blockChars > 0) {
            String text = buf.substring(0, len);
            Element owner = openBlocks.isEmpty() ? null : openBlocks.get(openBlocks.size() - 1);
            blocks.add(new TextBlock(text, kind(), owner, group(), region, blockChars, blockLinkChars,
                    words(text), marks(text)));
        }
        buf.setLength(0);
        blockChars = 0;
        blockLinkChars = 0;
    }

    private TextBlock.Kind kind() {
        if (quote != null) return TextBlock.Kind.QUOTE;
        if (list != null) return TextBlock.Kind.LIST_ITEM;
        if (heading != null) return heading.normalName().equals("h1") ? TextBlock.Kind.TITLE : TextBlock.Kind.HEADING;
        return TextBlock.Kind.PARAGRAPH;
    }

    private Element group() {
        return quote != null ? quote : list;
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            boolean space = text.charAt(i) <= ' ';
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    private static int marks(String text) {
        int marks = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            switch (text.charAt(i)) {
                case '.', ',', ';', ':', '!', '?', '\u3002', '\uff0c', '\u060c' -> marks++;
                default -> {
                }
            }
        }
        return marks;
    }

    static boolean isBlock(String tag) {
        return switch (tag) {
            case "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div",
                 "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
                 "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
                 "summary", "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "caption", "legend" -> true;
            default -> false;
        };
    }
}
