package org.newsgraph.story;

import java.io.Serializable;

/**
 * Something an article says happened or was said on a given day, placed on a story's timeline at that day.
 *
 * @param kind      what it is
 * @param day       the day it refers to, as days since 1970-01-01
 * @param text      the quote's words or the event's sentence
 * @param who       the speaker or acting entity as named, or null
 * @param articleId the article it came from
 */
public record TimelineItem(Kind kind, int day, String text, String who, String articleId) implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { QUOTE, EVENT }
}
