package org.newsgraph.index;

/** Mentions of an entity in the articles of one publication day. */
public record DayCount(String day, long articles, long mentions) {
}
