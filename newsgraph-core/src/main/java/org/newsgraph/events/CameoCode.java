package org.newsgraph.events;

/**
 * One CAMEO event code with its export attributes and its PLOVER equivalent.
 *
 * @param code          CAMEO code, 2 to 4 digits ("19", "190", "1951")
 * @param description   GDELT description of the code
 * @param goldstein     GDELT Goldstein score, -10 (conflict) .. +10 (cooperation)
 * @param quadClass     GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                      4 material conflict
 * @param ploverType    PLOVER event type, or null when PLOVER drops the code (CAMEO 01 statements)
 * @param ploverMode    PLOVER mode of the type ("visit", "arrest"...), or null
 * @param ploverContext PLOVER context ("military", "diplomatic"...), or null
 */
public record CameoCode(String code, String description, double goldstein, int quadClass, String ploverType,
                        String ploverMode, String ploverContext) {

    /** The two-digit root ("19" for "1951"), which GDELT exports as EventRootCode. */
    public String root() {
        return code.substring(0, 2);
    }

    /** The three-digit base ("195" for "1951"), which GDELT exports as EventBaseCode. */
    public String base() {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }
}
