package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A coded political event: who did what to whom, when, how surely, and the words that say so. PLOVER is the primary
 * scheme; the CAMEO code, its GDELT Goldstein score and quad class travel along for export.
 *
 * @param id          stable id: derived from the article, the trigger offsets and the coded type and actors
 * @param type        PLOVER event type (AGREE, CONSULT ... ASSAULT)
 * @param mode        PLOVER mode of the type ("visit", "arrest", "heavy-weapons"...), or null
 * @param context     PLOVER context ("military", "diplomatic"...), or null
 * @param cameo       CAMEO event code ("042"); the event type in GDELT exports
 * @param goldstein   GDELT Goldstein score of {@code cameo}, -10..+10
 * @param quadClass   GDELT quad class of {@code cameo}: 1 verbal cooperation .. 4 material conflict
 * @param source      who acted, or null when the text does not say (an agentless passive of material conflict:
 *                    "three civilians were killed")
 * @param target      who was acted upon, or null
 * @param reciprocal  true when source and target acted on each other alike ("X and Y met")
 * @param modality    whether the text asserts the event or only negates, supposes, plans or demands it
 * @param negated     true when the text says it did not happen (modality NEGATED); kept for readers of the
 *                    first contract
 * @param date        ISO date (or TIMEX3 value such as "2018-06") the event happened, or the publication date
 * @param dateBasis   where {@code date} came from
 * @param sentence    the sentence that reports it
 * @param trigger     the verb or phrase that names it
 * @param quote       the text of the quote it was reported in, or null
 * @param dateSpan    the time expression {@code date} was read from, or null when it is the publication date or
 *                    unknown, so that a date can be checked against the words that give it
 */
@JsonPropertyOrder({"id", "type", "mode", "context", "cameo", "goldstein", "quad_class", "source", "target",
        "reciprocal", "modality", "negated", "date", "date_basis", "date_span", "sentence", "trigger", "quote"})
public record Event(String id, String type, String mode, String context, String cameo, double goldstein,
                    int quadClass, EventActor source, EventActor target, boolean reciprocal, EventModality modality,
                    boolean negated, String date, DateBasis dateBasis, Span sentence, Span trigger, String quote,
                    Span dateSpan) {

    /** An event dated without a time expression of its own text (the publication date, or none). */
    public Event(String id, String type, String mode, String context, String cameo, double goldstein, int quadClass,
                 EventActor source, EventActor target, boolean reciprocal, EventModality modality, boolean negated,
                 String date, DateBasis dateBasis, Span sentence, Span trigger, String quote) {
        this(id, type, mode, context, cameo, goldstein, quadClass, source, target, reciprocal, modality, negated, date,
                dateBasis, sentence, trigger, quote, null);
    }

    /** The same event with its actors replaced (e.g. linked to the knowledge base's entity ids). */
    public Event withActors(EventActor newSource, EventActor newTarget) {
        return new Event(id, type, mode, context, cameo, goldstein, quadClass, newSource, newTarget, reciprocal,
                modality, negated, date, dateBasis, sentence, trigger, quote, dateSpan);
    }

    /** Where an event's date comes from. */
    public enum DateBasis {
        /** a time expression in the event's clause or sentence */
        TEXT,
        /** nothing in the text dated it: the article's publication date */
        PUBLISHED,
        /** neither a time expression nor a publication date was known */
        UNKNOWN;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
