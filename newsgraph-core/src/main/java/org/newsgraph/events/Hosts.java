package org.newsgraph.events;

import java.util.function.IntPredicate;

/**
 * "Sisi received King Abdullah in Cairo", "Macron received the German chancellor at the Elysee": receiving a head of
 * government or a minister is hosting a visit (CAMEO 043, the visitor's 042; PLOVER CONSULT "visit"). The
 * dictionary codes RECEIVE so only for an envoy, an ambassador, ministers or a leader by those words, and its
 * other patterns read what is received as a thing ("a letter", "a loan", "a call from"), whose giver sits in a
 * "from" phrase. So the visit stands only when the object itself is the visitor: a person or body the dictionaries
 * code as a government's, not a thing from one ("received a letter from the president": no visit).
 */
final class Hosts {

    static final String HOST = "043";
    static final String VISIT = "042";

    private Hosts() {
    }

    /**
     * {@code coded}, or the hosted visit when RECEIVE coded nothing and its object is a government's person or body
     * ({@code official}: whether a token heads such an actor, not a thing of one).
     */
    static VerbMatcher.Coded received(SentenceGraph g, int v, VerbMatcher.Coded coded, IntPredicate official) {
        if (coded != null || !g.lemmas[v].equalsIgnoreCase("receive") || g.isPassive(v)) return coded;
        int visitor = g.child(v, "obj");
        if (visitor < 0 || !official.test(visitor)) return null;
        return new VerbMatcher.Coded(HOST, VISIT, v);
    }
}
