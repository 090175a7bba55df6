package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "Milepost 3: Summit", "Stage 5: Nice to Mâcon", "Day 2: talks resume": a capitalised word that opens its sentence
 * and is followed by a number and a colon labels an item of a numbered list; it is a common noun written as a
 * heading, not a name. The tagger takes such a word for a name now and then, and a name found once is otherwise
 * looked for again wherever it is written, which would make every item of the list a mention.
 */
final class ListLabels {

    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");

    private ListLabels() {
    }

    /** Whether the one-word name at token {@code t} is such a label. */
    static boolean at(NlpDocument doc, int t) {
        List<Token> tokens = doc.tokens();
        if (t + 2 >= tokens.size()) return false;
        int sentence = doc.sentenceOf(t);
        return sentence >= 0 && doc.sentences().get(sentence).firstToken() == t
                && NUMBER.matcher(tokens.get(t + 1).word()).matches() && tokens.get(t + 2).word().equals(":");
    }
}
