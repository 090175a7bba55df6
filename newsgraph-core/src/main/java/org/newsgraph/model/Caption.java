package org.newsgraph.model;

/** A photo or figure caption, kept apart from the article body, with its credit line when one was found. */
public record Caption(String text, String credit) {
}
