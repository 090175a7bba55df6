package org.newsgraph.story;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;

/**
 * Something an article says happened or was said on a given day, placed on a story's timeline at that day.
 *
 * @param kind      what it is
 * @param day       the day it refers to, as days since 1970-01-01 (in JSON an ISO date: {@link IsoDayJson})
 * @param text      the quote's words or the event's sentence
 * @param who       the speaker or acting entity as named, or null
 * @param articleId the article it came from
 * @param what      for an event, what its sentence reports: the PLOVER types of the events coded in it, each with its
 *                  modality when that is not asserted ("CONSULT", "AGREE; CONSULT (future)"), so that a plan does
 *                  not read as a happening; null for a quote
 */
public record TimelineItem(Kind kind,
                           @JsonSerialize(using = IsoDayJson.Writer.class)
                           @JsonDeserialize(using = IsoDayJson.Reader.class) int day,
                           String text, String who, String articleId, String what)
        implements Serializable {

    private static final long serialVersionUID = 2L;

    public TimelineItem(Kind kind, int day, String text, String who, String articleId) {
        this(kind, day, text, who, articleId, null);
    }

    public enum Kind { QUOTE, EVENT }
}
