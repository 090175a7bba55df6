package org.newsgraph.model;

/**
 * A coded political event: who did what to whom, and when it happened.
 *
 * @param code        PLOVER event type (primary scheme); the CAMEO code travels in {@code cameo}
 * @param label       human-readable label of the event type
 * @param sourceActor actor code or entity id of who acted
 * @param targetActor actor code or entity id of who was acted upon, or null
 * @param date        ISO date the event happened (from its clause's time expressions), or the publication date
 * @param sentence    the sentence that reports it
 * @param quote       id-less marker: the text of the quote it was reported in, or null
 * @param negated     true when the text says it did not happen
 */
public record Event(String code, String label, String sourceActor, String targetActor, String date, Span sentence,
                    String quote, boolean negated) {
}
