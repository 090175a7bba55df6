package org.newsgraph.events;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.pipeline.PeopleNouns;

/**
 * The dictionary codes arresting or detaining protesters, demonstrators or journalists as violent repression (CAMEO
 * 175, PLOVER ASSAULT) and gives the arrested a protest of their own ("- * PROTESTERS [175:140] # ARREST"). PLOVER
 * files an arrest under COERCE, mode "arrest" ("Arrest, detain"), whoever is arrested, and keeps ASSAULT's
 * crowd control for weapons and tactics (tear gas, water cannon, baton charges), which "arrested two protesters"
 * does not name. And the noun that says what role the arrested had is no act of theirs in this clause: "police
 * arrested two protesters" reports no protest by them (a protest the sentence names is coded from its own words).
 * So an arrest is CAMEO 173 and carries no dissent by its target (2026-11-25). ROUND UP, which the dictionary
 * files with COLLECT and codes only for documents, is an arrest when what is rounded up are people ("rounded up
 * dozens of protesters", "rounded up hundreds of suspects"), not figures, votes or a week's news (session 28).
 */
final class Arrests {

    /** Verbs of arrest in the dictionary's blocks that carry the 175 patterns. */
    private static final Set<String> ARRESTING = Set.of("arrest", "detain", "apprehend");
    static final String ARREST = "173";

    private Arrests() {
    }

    /** {@code coded}, or the arrest it is when an arrest verb's code is violent repression or gives dissent back. */
    static VerbMatcher.Coded arrested(SentenceGraph g, int v, VerbMatcher.Coded coded) {
        if (coded == null || coded.code() == null || !ARRESTING.contains(g.lemmas[v].toLowerCase(Locale.ROOT))) {
            return coded;
        }
        boolean repression = coded.code().startsWith(CrowdCharges.VIOLENT_REPRESSION);
        boolean dissentBack = coded.reverseCode() != null && coded.reverseCode().startsWith("14");
        if (!repression && !dissentBack) return coded;
        return new VerbMatcher.Coded(repression ? ARREST : coded.code(), dissentBack ? null : coded.reverseCode(),
                coded.lastToken(), coded.byDefault());
    }

    /** {@code coded}, or an arrest when ROUND UP, uncoded, takes people as its object. */
    static VerbMatcher.Coded roundedUp(SentenceGraph g, int v, VerbMatcher.Coded coded) {
        if (coded != null || !"round".equals(g.lemmas[v].toLowerCase(Locale.ROOT))) return coded;
        int up = g.child(v, "compound:prt");
        if (up < 0 || !g.forms[up].equalsIgnoreCase("up")) return coded;
        int obj = g.child(v, "obj");
        return obj >= 0 && people(g, obj) ? new VerbMatcher.Coded(ARREST, null, Math.max(v, up)) : coded;
    }

    /** A noun of people, or a number or quantity of them ("dozens of protesters", "hundreds of suspects"). */
    private static boolean people(SentenceGraph g, int noun) {
        if (PeopleNouns.contains(g.forms[noun], g.lemmas[noun])) return true;
        for (int k = 0; k < g.childCount(noun); k++) {
            int c = g.child(noun, k);
            if (g.baseRel(c).equals("nmod") && "of".equals(Arguments.caseOf(g, c))
                    && PeopleNouns.contains(g.forms[c], g.lemmas[c])) {
                return true;
            }
        }
        return false;
    }
}
