package org.newsgraph.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-codes an action its actor only announces, threatens or refuses, or that someone else says it must do, the way
 * CAMEO codes such statements: "will give aid" is an intent to provide aid (03), "would attack" a threat of force
 * (13), "will not accept refugees" a rejection (12), "said the US must mediate" an appeal for mediation (02). The
 * target code is found compositionally through PETRARCH's internal coding ontology (PICO, UniversalPetrarch's
 * PETR.Internal.Coding.Ontology.txt), where a CAMEO code is a 16-bit value whose top nibble is the speech act (2
 * appeal, 3 intend, 6 threaten, 0 a material action) and whose lower nibbles are the action: intend(give
 * economic aid 0x0045) = 0x3045 = CAMEO 0331; reject codes are written "-0xFFFF+action" (125 = reject a meeting).
 * When the exact action has no code under the speech act, its last nibbles are dropped in turn (the general code).
 */
final class CodeComposer {

    enum Act { INTEND, THREATEN, REJECT, APPEAL }

    private final Map<String, Integer> valueOf = new HashMap<>();
    private final Map<Integer, String> speechAct = new HashMap<>();
    private final Map<Integer, String> rejectOf = new HashMap<>();

    static CodeComposer load() {
        return parse(DictionaryResources.lines("PETR.Internal.Coding.Ontology.txt"));
    }

    static CodeComposer parse(List<String> lines) {
        CodeComposer c = new CodeComposer();
        for (String raw : lines) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String code = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (!code.matches("\\d{2,4}")) continue;
            if (value.startsWith("-0xFFFF+")) {
                String[] parts = value.substring("-0xFFFF+".length()).split("\\+");
                if (parts.length == 1) c.rejectOf.putIfAbsent(hex(parts[0]), code); // "+0x300" ones are their own acts
            } else if (value.matches("0x[0-9A-Fa-f]{4}")) {
                int v = hex(value);
                c.valueOf.put(code, v);
                int act = v >> 12;
                if (act == 2 || act == 3 || act == 6) c.speechAct.putIfAbsent(v, code);
            }
        }
        return c;
    }

    /** The CAMEO code for announcing, threatening or refusing the action coded {@code code}, or null. */
    String compose(Act act, String code) {
        Integer v = valueOf.get(code);
        // PICO lacks some codes (141-144 demonstrate, hunger-strike, strike, obstruct): their root's own code stands
        if (v == null && code.length() > 2) v = valueOf.get(code.substring(0, 2) + "0");
        if (v == null) return null;
        int category = v >> 12;
        // a meeting (0xB...) is the action "meet" (0x010) when intended or refused
        // refusing an intent ("will not accept refugees", coded as an intent to help) refuses its action
        // an appeal to be ready to mediate appeals for the mediation
        int action = category == 0xB ? 0x010
                : category == 0 || category == 3 && (act == Act.REJECT || act == Act.APPEAL) ? v & 0x0FFF : -1;
        // coercion (0x9...) shares the threat nibbles only for administrative sanctions (172x: 0x9006 martial law,
        // threatened as 0x6006 = 1324); other coercion ("would arrest") is a threat not specified (130)
        if (category == 9 && act == Act.THREATEN) action = (v & 0x0FF0) == 0 ? v & 0x0FFF : 0;
        // a protest (0x5...) announced or supposed is CAMEO 133 "threaten political dissent, protest" (0x600C):
        // "will boycott the elections unless", "would stage a general strike if"
        if (category == 5 && act == Act.THREATEN) return speechAct.get(0x600C);
        // a show of force (0x8...: alerts, mobilisation) announced or supposed is CAMEO 138 "threaten to use military
        // force" (0x60A0), which PICO gives no nibbles of its own: "plans to send troops to the border with Peru"
        if (category == 8 && act == Act.THREATEN) return speechAct.get(0x60A0);
        if (action < 0) return null;
        for (int mask : new int[] {0xFFF, 0xFF0, 0xF00}) {
            int a = action & mask;
            String hit = switch (act) {
                case INTEND -> speechAct.get(0x3000 | a);
                case THREATEN -> speechAct.get(0x6000 | a);
                case APPEAL -> speechAct.get(0x2000 | a);
                case REJECT -> rejectOf.get(a);
            };
            if (hit != null) return hit;
        }
        return switch (act) {
            case INTEND -> "030";
            case THREATEN -> "130";
            case REJECT -> "120";
            case APPEAL -> "020";
        };
    }

    private static int hex(String s) {
        return Integer.parseInt(s.strip().substring(2), 16);
    }
}
