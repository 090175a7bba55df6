package org.newsgraph.events;

import java.util.Locale;
import java.util.Set;

/**
 * The dictionary codes arresting or detaining protesters, demonstrators or journalists as violent repression (CAMEO
 * 175, PLOVER ASSAULT) and gives the arrested a protest of their own ("- * PROTESTERS [175:140] # ARREST"). PLOVER
 * files an arrest under COERCE, mode "arrest" ("Arrest, detain"), whoever is arrested, and keeps ASSAULT's
 * crowd control for weapons and tactics (tear gas, water cannon, baton charges), which "arrested two protesters"
 * does not name. And the noun that says what role the arrested had is no act of theirs in this clause: "police
 * arrested two protesters" reports no protest by them (a protest the sentence names is coded from its own words).
 * So an arrest is CAMEO 173 and carries no dissent by its target (2026-11-25).
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
}
