package org.newsgraph.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CAMEO code table with GDELT Goldstein scores and quad classes, and the CAMEO-to-PLOVER mapping, read from the
 * derived {@code cameo_event_codes.tsv} of the shared ontology data.
 *
 * <p>Goldstein scores come from the GDELT table ({@code goldstein} column), not the Parus/Phoenix one: our CAMEO
 * output is an export meant to sit beside GDELT 2.0 rows, so its scores must mean what GDELT's mean (the two tables
 * differ on 7 codes, e.g. 016 -2.0 vs 3.4).
 *
 * <p>Departures from CAMEO2PLOVER-2021, each backed by the PLOVER manual's text: see {@code MANUAL}; and CAMEO 02
 * "appeal" is mapped to PLOVER REQUEST instead of being dropped, because PLOVER defines REQUEST as "all requests, demands, and orders" and an appeal is a request.
 * CAMEO 01 (public statements) stays dropped: it has no PLOVER type.
 */
public final class CameoCodebook {

    private static final String RESOURCE = "cameo_event_codes.tsv";

    /**
     * Rows of the 2021 draft table that contradict the PLOVER manual's own definitions, {type, mode}: sanctions
     * (CAMEO 163) are SANCTION "discontinue" ("International (political or economic) sanctions are coded as
     * `discontinue'"), not COERCE; removing a curfew or state of emergency (0813, 0814) is CONCEDE ("easing of
     * administrative or legal restrictions ..., removing curfews"), not RETREAT; a change in leadership (0831, how
     * we code resignations) is RETREAT "resign" ("RETREAT also covers resignations of government officials");
     * occupying territory (192: an invasion, a town taken or stormed) is ASSAULT ("deliberate actions which can
     * potentially result in substantial physical harm"), not COERCE, which the manual limits to "coercive uses of
     * power falling short of violence" and whose mode "seize" it defines as "execute search, confiscate property,
     * raid" (derived/plover_event_types.tsv and plover_modes.tsv of the PLOVER manual); the 2021 table files every
     * other CAMEO 19 "fight" code but the blockade (191, COERCE "restrict": "cordoning off areas") under ASSAULT.
     */
    private static final Map<String, String[]> MANUAL = Map.of(
            "163", new String[] {"SANCTION", "discontinue"},
            "0813", new String[] {"CONCEDE", null},
            "0814", new String[] {"CONCEDE", null},
            "0831", new String[] {"RETREAT", "resign"},
            "192", new String[] {"ASSAULT", null});
    private final Map<String, CameoCode> byCode;

    CameoCodebook(Map<String, CameoCode> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    static CameoCodebook load() {
        return parse(DictionaryResources.lines(RESOURCE));
    }

    static CameoCodebook parse(List<String> lines) {
        Map<String, CameoCode> codes = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 12) throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": too few columns");
            String plover = nullIfBlank(f[9]);
            if ("dropped".equals(plover)) plover = f[0].startsWith("02") ? "REQUEST" : null;
            // CAMEO 08 is split between CONCEDE and RETREAT at the root; the 3-/4-digit rows say which.
            if (plover != null && plover.contains("/")) plover = plover.substring(0, plover.indexOf('/'));
            String mode = nullIfBlank(f[10]);
            String[] manual = MANUAL.get(f[0]);
            if (manual != null) {
                plover = manual[0];
                mode = manual[1];
            }
            codes.put(f[0], new CameoCode(f[0], f[4], Double.parseDouble(f[5]), Integer.parseInt(f[6]), plover, mode,
                    nullIfBlank(f[11])));
        }
        return new CameoCodebook(codes);
    }

    /** The entry for a code, falling back to its base and root codes when the exact code is not in the table. */
    public CameoCode lookup(String code) {
        for (String c = code; c != null && c.length() >= 2; c = c.length() > 2 ? c.substring(0, c.length() - 1) : null) {
            CameoCode hit = byCode.get(c);
            if (hit != null) return hit.code().equals(code) ? hit : rebase(code, hit);
        }
        return null;
    }

    public int size() {
        return byCode.size();
    }

    private static CameoCode rebase(String code, CameoCode parent) {
        return new CameoCode(code, parent.description(), parent.goldstein(), parent.quadClass(), parent.ploverType(),
                parent.ploverMode(), parent.ploverContext());
    }

    private static String nullIfBlank(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
