package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockType;

/**
 * Joins the lines kept in the article into its text, paragraphs separated by a blank line, and records each block's
 * offsets as it appends, so every block covers exactly the paragraph it came from.
 */
final class BodyAssembler {

    private static final String PARAGRAPH_BREAK = "\n\n";
    private static final Pattern QUOTE_MARKER = Pattern.compile("^>\\s?");

    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();

    static ExtractedBody article(Layout layout) {
        BodyAssembler body = new BodyAssembler();
        for (int i = 0; i < layout.size(); i++) {
            String line = layout.text(i);
            switch (layout.roles[i]) {
                case PARAGRAPH -> body.add(BlockType.PARAGRAPH, line);
                case HEADING -> body.add(BlockType.HEADING, line);
                case QUOTE -> body.add(BlockType.QUOTE, QUOTE_MARKER.matcher(line).replaceFirst(""));
                case LIST_ITEM -> {
                    if (i > 0 && layout.roles[i - 1] == Role.LIST_ITEM) body.extendList(line);
                    else body.add(BlockType.LIST, line);
                }
                default -> { }
            }
        }
        return new ExtractedBody(body.text.toString(), body.blocks, layout.captions, layout.warnings);
    }

    static ExtractedBody snippet(String title, String paragraph, String warning) {
        BodyAssembler body = new BodyAssembler();
        if (title != null) body.add(BlockType.HEADING, title);
        body.add(BlockType.PARAGRAPH, paragraph);
        return new ExtractedBody(body.text.toString(), body.blocks, List.of(), List.of(warning));
    }

    private void add(BlockType type, String paragraph) {
        if (!text.isEmpty()) text.append(PARAGRAPH_BREAK);
        int start = text.length();
        text.append(paragraph);
        blocks.add(new Block(type, start, text.length()));
    }

    /** Consecutive bullet lines form one list block, one item per line. */
    private void extendList(String item) {
        text.append('\n').append(item);
        Block last = blocks.remove(blocks.size() - 1);
        blocks.add(new Block(BlockType.LIST, last.start(), text.length()));
    }
}
