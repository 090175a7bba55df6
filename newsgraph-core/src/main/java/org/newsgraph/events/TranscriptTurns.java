package org.newsgraph.events;

import org.newsgraph.model.Span;

/**
 * "((WN)) Do you prefer ...", "((Valeria Gazzola)) Thank you.": a turn of an interview transcript, marked by the
 * speaker's name in double brackets, is conversation, not a report of acts. Its verbs ("thank", "discuss", "use
 * the data") are the speaker's talk about themselves and their work; coded, they gave support, consultations and
 * force between a news site and its guests.
 */
final class TranscriptTurns {

    private TranscriptTurns() {
    }

    /** Whether the sentence opens with a "((Speaker))" label. */
    static boolean turn(String text, Span sentence) {
        int i = sentence.start();
        while (i < sentence.end() && Character.isWhitespace(text.charAt(i))) i++;
        if (!text.startsWith("((", i)) return false;
        int close = text.indexOf("))", i + 2);
        return close > i + 2 && close < sentence.end() && close - i < 80;
    }
}
