package org.newsgraph.events;

import java.util.Set;

/**
 * What an actor is in event-data terms: a country (ISO 3166 alpha-3, or "IGO"/"NGO"/"IMG"/"MNC" for
 * international actors) and a sector (GOV, MIL, COP, REB, OPP, BUS, CVL...). Either may be null when unknown.
 *
 * @param organization the international organisation code within {@code country} "IGO"/"NGO" ("UNO", "NAT"...),
 *                     or null
 */
public record ActorCode(String country, String sector, String organization) {

    public static final ActorCode UNKNOWN = new ActorCode(null, null, null);

    /** The concatenated CAMEO actor code GDELT exports ("USAGOV", "IGOUNO"), or null when nothing is known. */
    public String cameo() {
        String s = (country == null ? "" : country) + (organization == null ? "" : organization)
                + (sector == null ? "" : sector);
        return s.isEmpty() ? null : s;
    }

    public boolean isEmpty() {
        return country == null && sector == null && organization == null;
    }

    /** Fills whatever this code lacks from another (a country from a modifier, a sector from a head noun). */
    public ActorCode orElse(ActorCode other) {
        if (other == null) return this;
        return new ActorCode(country != null ? country : other.country, sector != null ? sector : other.sector,
                organization != null ? organization : other.organization);
    }

    /**
     * The 2014 dictionaries still code East Timor by its pre-2002 ISO code; its codes are ISO 3166 alpha-3 elsewhere
     * (historical states such as YUG, SUN, DDR are no obsolete codes but other countries, and stay).
     */
    private static final String OLD_EAST_TIMOR = "TMP";

    static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "NGM", "INT");

    /**
     * Splits a concatenated CAMEO actor code into 3-letter parts: a leading part that is not a role is the country
     * (or an international type, whose next non-role part is the organisation); the first role part is the sector.
     */
    static ActorCode parse(String cameo, Set<String> roles) {
        String country = null, sector = null, org = null;
        for (int i = 0; i + 3 <= cameo.length(); i += 3) {
            String part = cameo.substring(i, i + 3);
            if (i == 0 && !roles.contains(part)) {
                country = part.equals(OLD_EAST_TIMOR) ? "TLS" : part;
            } else if (roles.contains(part)) {
                if (sector == null) sector = part;
            } else if (country != null && INTERNATIONAL.contains(country) && org == null) {
                org = part;
            }
        }
        return new ActorCode(country, sector, org);
    }
}
