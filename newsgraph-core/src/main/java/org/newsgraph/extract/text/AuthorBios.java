package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author notes at the foot of opinion pieces: "Kent Harrington, a former senior CIA analyst, served ..." or "John
 * Walcott has covered ...". A note is a paragraph whose sentences open with a full name followed by an appositive or
 * a career verb, that ends its last sentence (a cut-off paragraph is a teaser), and that reports nobody's words (an
 * article's "Smith, a senator, said ..." is news, not a bio).
 */
final class AuthorBios {

    private static final int MAX_BIO = 1000;
    private static final int MAX_BIO_PARAGRAPHS = 2;
    private static final Pattern SENTENCE_NAME = Pattern.compile("(?:^|(?<=[.!?”\"]\\s))(?<name>" + PersonNames.NAME
            + ")(?:,\\s+(?:a|an|the|who)\\s|\\s+(?:is|was|has|had|served|serves|teaches|taught|writes|wrote|covers"
            + "|covered|directs|directed|leads|led|holds|held|works|worked|heads|headed|est|était|ist|war|es|fue|è|é)\\s)");
    private static final Pattern REPORTED = Pattern.compile("\\b(?:said|says|told|tells|according to|added)\\b");

    private AuthorBios() {
    }

    /** The authors a paragraph introduces when it is a bio note, or an empty list. */
    static List<String> authorsOf(String paragraph) {
        if (paragraph.length() > MAX_BIO || !Shapes.endsSentence(paragraph)) return List.of();
        Matcher m = SENTENCE_NAME.matcher(paragraph);
        if (!m.lookingAt() || REPORTED.matcher(paragraph).find()) return List.of();
        List<String> names = new ArrayList<>();
        do {
            String name = m.group("name");
            if (PersonNames.isName(name) && !names.contains(name)) names.add(name);
        } while (m.find());
        return names;
    }

    /** Marks the bio notes among the article's last paragraphs, where they close it, and records their authors. */
    static void apply(Layout layout) {
        int found = 0;
        for (int i = layout.size() - 1; i >= 0 && found < MAX_BIO_PARAGRAPHS; i--) {
            if (layout.roles[i] != Role.PARAGRAPH) continue;
            List<String> names = authorsOf(layout.text(i));
            if (names.isEmpty() || layout.next(0, Role.PARAGRAPH) == i) return;
            layout.roles[i] = Role.BIO;
            layout.bioAuthors.addAll(names);
            found++;
        }
    }
}
