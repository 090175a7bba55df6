package org.newsgraph.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleKind;
import org.newsgraph.model.Block;
import org.newsgraph.model.Caption;

/**
 * A rendering for people: title, byline, date, publisher and licence, then the text with headings, quotes and
 * lists marked, then captions and warnings. Not meant to be parsed; use JSON Lines for that.
 */
final class TextWriter implements ArticleWriter {

    private final Writer out;
    private boolean first = true;

    TextWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Article a) throws IOException {
        StringBuilder sb = new StringBuilder(a.text().length() + 512);
        if (!first) sb.append('\n');
        first = false;
        String title = a.title() != null ? a.title() : "(untitled)";
        sb.append(a.kind() == ArticleKind.SNIPPET ? "--- snippet: " : "=== ").append(title)
                .append(a.kind() == ArticleKind.SNIPPET ? " ---" : " ===").append('\n');
        if (a.subtitle() != null) sb.append(a.subtitle()).append('\n');
        List<String> facts = new ArrayList<>();
        if (!a.authors().isEmpty()) facts.add("By " + String.join(", ", a.authors()));
        if (a.published() != null) facts.add(a.published());
        if (a.publisher() != null) facts.add(a.publisher());
        if (a.syndicatedFrom() != null) facts.add("via " + a.syndicatedFrom());
        if (a.license() != null) facts.add("licence " + a.license());
        if (a.language() != null) facts.add("language " + a.language());
        if (!facts.isEmpty()) sb.append(String.join(" | ", facts)).append('\n');
        sb.append("source ").append(a.source() == null ? "-" : a.source().describe());
        if (a.url() != null) sb.append(" | ").append(a.url());
        sb.append("\n\n");
        body(a, sb);
        if (!a.captions().isEmpty()) {
            sb.append("\nCaptions:\n");
            for (Caption c : a.captions()) {
                sb.append("  [").append(c.text()).append(']');
                if (c.credit() != null) sb.append(" (").append(c.credit()).append(')');
                sb.append('\n');
            }
        }
        if (!a.warnings().isEmpty()) {
            sb.append("\nWarnings:\n");
            for (String w : a.warnings()) sb.append("  ! ").append(w).append('\n');
        }
        out.write(sb.toString());
    }

    private static void body(Article a, StringBuilder sb) {
        if (a.blocks().isEmpty()) {
            sb.append(a.text().strip()).append('\n');
            return;
        }
        boolean firstBlock = true;
        for (Block b : a.blocks()) {
            if (!firstBlock) sb.append('\n');
            firstBlock = false;
            String span = a.text().substring(b.start(), b.end()).strip();
            String prefix = switch (b.type()) {
                case HEADING -> "## ";
                case QUOTE -> "> ";
                case LIST -> "- ";
                case PARAGRAPH -> "";
            };
            for (String line : span.split("\n")) {
                if (!line.isBlank()) sb.append(prefix).append(line.strip()).append('\n');
            }
        }
    }
}
