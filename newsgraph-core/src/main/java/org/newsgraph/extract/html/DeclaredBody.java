package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockType;

/**
 * The article text of a page that shows none in its HTML, taken from the {@code articleBody} it declares in
 * JSON-LD. Pages built in the browser by script ship an empty shell plus that declaration, and without it they
 * would yield nothing. Publishers fill the field as plain text, as text with entities, or as HTML; line and
 * paragraph breaks become paragraphs either way.
 */
final class DeclaredBody {

    /** Tags that end a line of text when a body is declared as HTML. */
    private static final Pattern LINE_END_TAG = Pattern.compile(
            "(?i)<br\\s*/?>|</(?:p|h[1-6]|li|div|blockquote)\\s*>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private DeclaredBody() {
    }

    static ExtractedBody of(String declared) {
        String plain = declared;
        if (TAG.matcher(declared).find()) {
            // In HTML a line break of the source is a space; only the tags end lines.
            String oneLine = LINE_BREAK.matcher(declared).replaceAll(" ");
            plain = Jsoup.parseBodyFragment(LINE_END_TAG.matcher(oneLine).replaceAll("$0\n")).body().wholeText();
        } else if (declared.indexOf('&') >= 0) {
            plain = Parser.unescapeEntities(declared, false);
        }
        StringBuilder text = new StringBuilder(plain.length());
        List<Block> blocks = new ArrayList<>();
        for (String line : LINE_BREAK.split(plain)) {
            String paragraph = SPACES.matcher(line).replaceAll(" ").strip();
            if (paragraph.isEmpty()) continue;
            if (text.length() > 0) text.append("\n\n");
            blocks.add(new Block(BlockType.PARAGRAPH, text.length(), text.length() + paragraph.length()));
            text.append(paragraph);
        }
        return new ExtractedBody(text.toString(), blocks, List.of(), List.of(
                "article text taken from the page's JSON-LD articleBody: its HTML shows less than a third of it"
                        + " (built by script, or paywalled?)"));
    }
}
