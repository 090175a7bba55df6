package org.newsgraph.model;

/**
 * A time expression and its calendar value.
 *
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3-style normalised value ({@code 2018-06-12}, {@code 2018-10}, {@code P3D}...), resolved against
 *              the publication date (or its estimate) when relative; null when it cannot be resolved
 */
public record TimeExpression(String text, int start, int end, String type, String value) {
}
