package org.newsgraph.events;

import org.newsgraph.model.Span;

/**
 * "How can the community ensure that the project succeeds?", "Do you prefer over-the-board games or Internet
 * chess?": a sentence that asks reports nothing that happened, so none of its verbs is an event. Interviews made
 * most of them on ordinary news, where the interviewer's questions were coded as agreements and support. A question
 * quoted at the end of a report is asked too ("He asked reporters: 'Will you resign?'"): the asking is a statement,
 * CAMEO 01, which has no PLOVER type either.
 */
final class Questions {

    private Questions() {
    }

    /** Whether the sentence ends in a question mark, before any closing quotes or brackets. */
    static boolean asks(String text, Span sentence) {
        for (int i = sentence.end() - 1; i >= sentence.start(); i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == ')' || c == '\u201d' || c == '\u2019'
                    || c == '`') {
                continue;
            }
            return c == '?';
        }
        return false;
    }
}
