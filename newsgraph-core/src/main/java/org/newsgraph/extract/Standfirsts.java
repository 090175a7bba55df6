package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.html.Subtitles;
import org.newsgraph.model.Block;

/**
 * A page's standfirst (dek) is its {@code subtitle}; when the body extractor also took it as the article's first
 * block, the body would say it twice (once as metadata, once as text), so the leading copy leaves the body.
 */
final class Standfirsts {

    private Standfirsts() {
    }

    /** The body without a first block that repeats {@code subtitle}; a body that is nothing but the dek stays. */
    static ExtractedBody withoutLeadingDek(ExtractedBody body, String subtitle) {
        List<Block> blocks = body.blocks();
        if (subtitle == null || blocks.size() < 2) return body;
        Block first = blocks.get(0);
        String firstText = body.text().substring(first.start(), first.end());
        if (!Subtitles.wording(firstText).equals(Subtitles.wording(subtitle))) return body;
        int cut = blocks.get(1).start();
        List<Block> shifted = new ArrayList<>(blocks.size() - 1);
        for (Block b : blocks.subList(1, blocks.size())) shifted.add(new Block(b.type(), b.start() - cut, b.end() - cut));
        return new ExtractedBody(body.text().substring(cut), shifted, body.captions(), body.warnings());
    }
}
