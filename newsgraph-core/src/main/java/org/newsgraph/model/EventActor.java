package org.newsgraph.model;

/**
 * One side of an event as the text names it and as event data codes it.
 *
 * @param text         the words naming the actor ("North Korean leader Kim Jong-un")
 * @param span         offsets of those words in the article text
 * @param entity       id of the resolved entity the actor is, or null (generic actors such as "police")
 * @param country      ISO 3166 alpha-3 code, or "IGO"/"NGO"/"IMG"/"MNC" for international actors, or null
 * @param sector       PLOVER/CAMEO sector code (GOV, MIL, COP, REB, OPP, BUS, CVL...), or null
 * @param organization code of the international organisation ("UNO", "WST" for NATO), or null
 * @param code         the concatenated CAMEO actor code GDELT exports ("USAGOV", "IGOUNO"), or null
 */
public record EventActor(String text, Span span, String entity, String country, String sector, String organization,
                         String code) {

    /** The same actor linked to another id of its entity (e.g. the knowledge base's id). */
    public EventActor withEntity(String entityId) {
        return new EventActor(text, span, entityId, country, sector, organization, code);
    }
}
