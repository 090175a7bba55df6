package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Block;
import org.newsgraph.model.Caption;

/**
 * The main content of a page: its text, the structural blocks over that text (offsets into {@code text}), the
 * captions set aside from it, and warnings about what was noticed and left out.
 */
public record ExtractedBody(String text, List<Block> blocks, List<Caption> captions, List<String> warnings) {

    public ExtractedBody {
        blocks = List.copyOf(blocks);
        captions = List.copyOf(captions);
        warnings = List.copyOf(warnings);
    }
}
