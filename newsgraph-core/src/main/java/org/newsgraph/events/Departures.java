package org.newsgraph.events;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * "Britain left the European Union", "Qatar quit OPEC", "Nicaragua withdrew from the Organization of American
 * States": a member leaving an international body reduces its relations with it (CAMEO 161, "reduce or break
 * diplomatic relations", as the dictionary codes withdrawing from a treaty; PLOVER SANCTION "withdraw"). The
 * dictionary lists LEAVE and PULL OUT among its visits (040, "left for Brussels") and WITHDRAW among its retreats
 * (080), and codes leaving nothing at all: the body left, an international organisation by the actor dictionaries
 * (IGO), is what tells a departure from a trip or from a club, a party or a band (2026-11-25). The body is named
 * ("OPEC", "the European Union"): a common noun the dictionaries code by its modifier is a place or a meeting of
 * the body ("left the United Nations headquarters"), not the body.
 */
final class Departures {

    /** Verbs whose object is what is left. */
    private static final Set<String> LEAVING = Set.of("leave", "quit", "exit");
    static final String REDUCED_RELATIONS = "161";

    private Departures() {
    }

    /**
     * {@code coded}, or relations reduced when the verb leaves a named international body ({@code international}:
     * whether a token heads one): LEAVE, QUIT or EXIT it, WITHDRAW from it, PULL OUT of it; not when a person
     * ({@code person}) leaves it, whose post there ends ("the minister left the European Commission in 2019");
     * a people named in the plural leaves it as its state does ("Britons voted to leave the European Union").
     */
    static VerbMatcher.Coded left(SentenceGraph g, int v, VerbMatcher.Coded coded, IntPredicate international,
                                  IntPredicate person) {
        int body = bodyLeft(g, v);
        if (body < 0 || !g.pos(body).startsWith("NNP") || !international.test(body)) return coded;
        int member = Arguments.source(g, v);
        if (member >= 0 && person.test(member)) return coded;
        int last = coded == null ? v : coded.lastToken();
        return new VerbMatcher.Coded(REDUCED_RELATIONS, null, last);
    }

    private static int bodyLeft(SentenceGraph g, int v) {
        String lemma = g.lemmas[v].toLowerCase(Locale.ROOT);
        if (g.isPassive(v)) return -1;
        if (LEAVING.contains(lemma)) return g.child(v, "obj");
        if (g.child(v, "obj") >= 0) return -1;
        if (lemma.equals("withdraw")) return Arguments.obliqueWithCase(g, v, Set.of("from"));
        if (!lemma.equals("pull")) return -1;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (!g.lemmas[c].equalsIgnoreCase("out")) continue;
            int under = Arguments.obliqueWithCase(g, c, Set.of("of"));
            if (under >= 0) return under;
            for (int j = 0; j < g.childCount(c); j++) {
                int n = g.child(c, j);
                if (g.baseRel(n).equals("nmod") && "of".equals(Arguments.caseOf(g, n))) return n;
            }
        }
        return Arguments.obliqueWithCase(g, v, Set.of("of"));
    }
}
