package org.newsgraph.extract.text;

import java.util.regex.Pattern;

/**
 * Structure inside the article: subheads (short capitalised lines that introduce the prose under them) and block
 * quotes (paragraphs that are one quotation from end to end, or lines marked with "&gt;").
 */
final class Subheads {

    private static final Pattern WHOLE_QUOTATION = Pattern.compile("[“\"«„][^”\"»“]+[”\"»“]");

    private Subheads() {
    }

    static void apply(Layout layout) {
        int nextProse = -1;
        for (int i = layout.size() - 1; i >= 0; i--) {
            if (layout.roles[i] != Role.PARAGRAPH) continue;
            String text = layout.text(i);
            if (nextProse > i && Shapes.looksLikeSubhead(text)) {
                layout.roles[i] = Role.HEADING;
            } else {
                if (WHOLE_QUOTATION.matcher(text).matches()) layout.roles[i] = Role.QUOTE;
                nextProse = i;
            }
        }
    }
}
