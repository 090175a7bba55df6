package org.newsgraph.events;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Damage a doer does to what is its own: "said it had demolished its nuclear test site", "Syria destroyed its
 * chemical weapons", "the rebels blew up their own bridge". The dictionary codes destroying, demolishing or blowing
 * up a thing as violence (1712, 190) and gives it the thing's owner as victim, so a state dismantling its own
 * facility attacked itself. Violence needs somebody it is done to; a thing whose possessor is the doer is nobody's.
 *
 * <p>The possessor is the doer's when it is "its own" or "their own", or a possessive pronoun with no noun between
 * the doer and it that could be meant instead (the nearest antecedent) and whose number agrees ("its" is no plural
 * doer). "Russia shelled Ukraine's ports and destroyed its grain silos" names Ukraine in between and stays an
 * attack; "Israel destroyed their homes" ("their" after a singular doer) points elsewhere and stays one.
 */
final class OwnProperty {

    private static final Set<String> SINGULAR = Set.of("its", "his", "her");
    private static final Set<String> PLURAL = Set.of("their");

    private OwnProperty() {
    }

    /**
     * Whether the code is violence done to something: destroying property (1712) or CAMEO 18-20. Not the other
     * coercion (17): "Russia closed its borders" restricts others with what is its own (172).
     */
    static boolean damage(String code) {
        return code != null && (code.startsWith("1712") || code.compareTo("18") >= 0);
    }

    /**
     * Whether verb {@code v}'s act of violence falls on a thing of its own subject's; {@code actor} tells
     * whether a phrase head is an actor (people, a group, a state), which is somebody and no property.
     */
    static boolean damaged(SentenceGraph g, int v, int subject, IntPredicate actor) {
        int obj = g.child(v, "obj");
        if (obj < 0 || subject < 0 || actor.test(obj)) return false;
        int poss = g.child(obj, "nmod:poss");
        if (poss < 0 || !g.pos(poss).equals("PRP$")) return false;
        String pronoun = g.lemmas[poss].toLowerCase();
        boolean plural = plural(g, subject);
        if (!(SINGULAR.contains(pronoun) && !plural || PLURAL.contains(pronoun))) return false;
        if (g.hasChildWord(obj, "amod", "own")) return true;
        // the nearest antecedent: no noun between the doer's phrase and the possessor ("Ukraine's ports ... its")
        for (int t = lastOf(g, subject) + 1; t < poss; t++) {
            if (g.pos(t).startsWith("NN") || g.pos(t).equals("PRP") && t != subject) return false;
        }
        return true;
    }

    private static boolean plural(SentenceGraph g, int head) {
        return g.pos(head).equals("NNS") || g.pos(head).equals("NNPS") || g.child(head, "conj") >= 0
                || g.lemmas[head].equalsIgnoreCase("they") || g.lemmas[head].equalsIgnoreCase("we");
    }

    /** The last token of the subject's own phrase (its head and what precedes or modifies it up to the verb). */
    private static int lastOf(SentenceGraph g, int head) {
        int last = head;
        for (int k = 0; k < g.childCount(head); k++) last = Math.max(last, g.child(head, k));
        return last;
    }
}
