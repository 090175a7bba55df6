package org.newsgraph.events;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EventActor;

/**
 * What an actor is in event-data terms: a country (ISO 3166 alpha-3, or "IGO"/"NGO"/"IMG"/"MNC" for
 * international actors) and a sector (GOV, MIL, COP, REB, OPP, BUS, CVL...). Either may be null when unknown.
 *
 * @param organization the international organisation code within {@code country} "IGO"/"NGO" ("UNO", "NAT"...),
 *                     or null
 * @param home         the state an international actor belongs to ("MNCJPN", a Japanese company: JPN), or null;
 *                     {@link EventActor} keeps it only in its code, whence {@link #homeState} reads it
 */
public record ActorCode(String country, String sector, String organization, String home) {

    public static final ActorCode UNKNOWN = new ActorCode(null, null, null);

    public ActorCode(String country, String sector, String organization) {
        this(country, sector, organization, null);
    }

    /**
     * The concatenated CAMEO actor code GDELT exports ("USAGOV", "IGOUNO", "MNCJPN"): country, home state,
     * organisation, sector, each once (a code repeating a part, "JPNJPNBUS", is no CAMEO code); null when nothing is
     * known.
     */
    public String cameo() {
        Set<String> parts = new LinkedHashSet<>(4);
        for (String part : new String[] {country, home, organization, sector}) if (part != null) parts.add(part);
        return parts.isEmpty() ? null : String.join("", parts);
    }

    /** The state an international actor's concatenated code names after its type ("MNCJPN": JPN), or null. */
    public static String homeState(String cameo) {
        if (cameo == null || cameo.length() < 6 || !INTERNATIONAL.contains(cameo.substring(0, 3))) return null;
        String part = cameo.substring(3, 6);
        return state(part) ? OBSOLETE.getOrDefault(part, part) : null;
    }

    public boolean isEmpty() {
        return country == null && sector == null && organization == null;
    }

    /**
     * Fills whatever this code lacks from another (a country from a modifier, a sector from a head noun). An
     * organisation and a home state go with the international type they belong to: "Japanese manufacturers" filled
     * from Toyota's MNCJPN stays Japanese business, not a Japanese company of Japan (JPNJPNBUS).
     */
    public ActorCode orElse(ActorCode other) {
        if (other == null) return this;
        ActorCode place = country != null ? this : other;
        return new ActorCode(place.country, sector != null ? sector : other.sector, place.organization, place.home);
    }

    /**
     * Codes the 2014 dictionaries use for a country that has another ISO 3166 alpha-3 code (East Timor before 2002,
     * Angola in the non-state file). Historical states (YUG, SUN, DDR) are other countries, not obsolete codes.
     */
    private static final Map<String, String> OBSOLETE = Map.of("TMP", "TLS", "ANG", "AGO");

    /**
     * CAMEO region and religion codes the dictionaries put where a country goes ("KACH_ [MEAREB]", "[MUS]" for
     * Moslem, "[CHR]"): they are no state, so such an actor has no country and the text or the domestic convention
     * gives it one (GDELT's religion columns are not filled). SUN is the Soviet Union here, not Sunni.
     */
    private static final Set<String> NOT_STATES = Set.of("AFR", "ASA", "CAS", "CFR", "EAF", "EEU", "EIN", "EUR",
            "LAM", "MEA", "NAF", "NMR", "SAF", "SAM", "SAS", "SEA", "WAF", "WEU", "KKL", "ADR", "ALE", "ATH", "BAH",
            "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD", "ITH", "JAN", "JEW", "JHW", "LDS", "MOS",
            "MRN", "MSH", "MUS", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "TAO", "UDO", "ZRO");

    /**
     * The Phoenix agents file codes "man", "men", "people" and "persons" [~PPL], a code CAMEO's actor types do not
     * have: read as a country it gave "a man" the state PPL and lent it to the actors coordinated with him ("gunmen
     * and a man": PPLUAF). People in general are CAMEO's civilians.
     */
    private static final String PEOPLE = "PPL";
    private static final String CIVILIANS = "CVL";

    static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "NGM", "INT");

    /**
     * States the 2014 dictionaries code that ISO 3166 has no alpha-3 code for (any more): the GDR, Kosovo, the
     * Soviet Union, Yugoslavia, and the obsolete codes above.
     */
    private static final Set<String> OTHER_STATES = Set.of("DDR", "KNT", "KSV", "SUN", "YUG", "TMP", "ANG");

    private static final Set<String> ISO_STATES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    /**
     * Splits a concatenated CAMEO actor code into 3-letter parts: a leading part that is not a role is the country
     * (or an international type, whose next state is its home and whose next part that is neither a role, a state
     * nor a region is the organisation: "MNCJPN" is a Japanese company, not an organisation called JPN, and
     * "IGOEUREEC" the EEC within Europe); the first role part is the sector.
     */
    static ActorCode parse(String cameo, Set<String> roles) {
        String country = null, sector = null, org = null, home = null;
        for (int i = 0; i + 3 <= cameo.length(); i += 3) {
            String part = PEOPLE.equals(cameo.substring(i, i + 3)) ? CIVILIANS : cameo.substring(i, i + 3);
            if (i == 0 && NOT_STATES.contains(part)) {
                continue;
            } else if (i == 0 && !roles.contains(part)) {
                country = OBSOLETE.getOrDefault(part, part);
            } else if (roles.contains(part)) {
                if (sector == null) sector = part;
            } else if (country == null || !INTERNATIONAL.contains(country) || NOT_STATES.contains(part)) {
                continue;
            } else if (state(part)) {
                if (i == 3) home = OBSOLETE.getOrDefault(part, part);
            } else if (org == null) {
                org = part;
            }
        }
        return new ActorCode(country, sector, org, home);
    }

    /** Whether a 3-letter part is a state: ISO 3166 alpha-3 or a state the dictionaries code otherwise. */
    static boolean state(String part) {
        return ISO_STATES.contains(part) || OTHER_STATES.contains(part);
    }
}
