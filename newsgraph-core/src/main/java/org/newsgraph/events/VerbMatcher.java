package org.newsgraph.events;

import java.util.List;

/**
 * Finds the CAMEO code a verb token carries in its sentence: the verb's dictionary senses (phrasal senses such as
 * SHUT DOWN when their particle follows), then the most specific of those senses' patterns whose words occur in the
 * verb's own clause - before the verb (subject, auxiliaries, adverbs) and after it (objects, prepositional phrases,
 * infinitival complements) in order - else the first default code among the senses. Nothing in other clauses counts: conjoined,
 * adverbial, parenthetical and reported clauses have their own verbs.
 */
final class VerbMatcher {

    /**
     * A coded trigger: the codes it gives, the last token of its phrasal particles, and whether the codes are only
     * the verb's default (no pattern matched).
     */
    record Coded(String code, String reverseCode, int lastToken, boolean byDefault) {

        Coded(String code, String reverseCode, int lastToken) {
            this(code, reverseCode, lastToken, false);
        }
    }

    private static final List<String> OTHER_CLAUSES = List.of("conj", "parataxis", "advcl", "ccomp", "csubj",
            "punct", "cc", "mark", "discourse", "acl", "list", "dep", "appos");

    /** The relations of a noun's own words: "military" of "military equipment", "Sea" of "Black Sea Fleet". */
    private static final List<String> NOUN_WORDS = List.of("amod", "compound", "flat", "nummod", "det");

    private final VerbDictionary verbs;

    VerbMatcher(VerbDictionary verbs) {
        this.verbs = verbs;
    }

    /** The codes of the verb at {@code v}, or null when it codes no event here. */
    Coded code(SentenceGraph g, int v, int[] scratch) {
        List<VerbSense> senses = verbs.senses(g.upperLemmas[v]);
        if (senses.isEmpty()) senses = verbs.senses(g.upperWords[v]);
        return code(g, v, senses, scratch);
    }

    /** Whether a "[---]" pattern of the verb's own senses matches: the dictionary says it is no event here. */
    boolean vetoed(SentenceGraph g, int v, int[] scratch) {
        int n = clause(g, v, scratch);
        for (VerbSense s : verbs.senses(g.upperLemmas[v])) {
            for (VerbPattern p : s.patterns()) if (p.nullEvent() && matches(g, p, v, scratch, n)) return true;
        }
        return false;
    }

    /**
     * The codes of the event noun at {@code noun} read as the verb {@code verb} ("the withdrawal of troops" as
     * "withdraw troops"): the verb's patterns are matched over the noun's own phrase; null when none applies.
     */
    Coded codeAs(SentenceGraph g, int noun, String verb, int[] scratch) {
        return code(g, noun, verbs.senses(verb), scratch);
    }

    private Coded code(SentenceGraph g, int v, List<VerbSense> senses, int[] scratch) {
        if (senses.isEmpty()) return null;
        // phrasal senses whose particles are present come first; among equals, dictionary order
        VerbSense fallback = null;
        boolean silenced = false;
        int fallbackLast = v, bestParticles = -1;
        int n = clause(g, v, scratch);
        VerbPattern best = null;
        int bestLast = v;
        for (VerbSense s : senses) {
            int end = particlesEnd(g, v, s.particles());
            if (end < 0 || s.particles().size() < bestParticles) continue;
            if (s.particles().size() > bestParticles) {
                bestParticles = s.particles().size();
                best = null;
                fallback = null;
                silenced = false;
            }
            for (VerbPattern p : s.patterns()) {
                if ((best == null || p.weight() > best.weight()) && matches(g, p, v, scratch, n)) {
                    best = p;
                    bestLast = end;
                }
            }
            silenced |= fallback == null && s.silent();
            if (fallback == null && !silenced && (s.code() != null || s.reverseCode() != null)) {
                fallback = s;
                fallbackLast = end;
            }
        }
        if (best != null) return best.nullEvent() ? null : new Coded(best.code(), best.reverseCode(), bestLast);
        if (fallback != null) return new Coded(fallback.code(), fallback.reverseCode(), fallbackLast, true);
        return borrowed(g, v, senses, bestParticles, scratch, n);
    }

    /** The most specific matching pattern written for a block synonym of an uncoded verb, or null. */
    private static Coded borrowed(SentenceGraph g, int v, List<VerbSense> senses, int particles, int[] scratch, int n) {
        VerbPattern best = null;
        int bestLast = v;
        for (VerbSense s : senses) {
            if (s.particles().size() != particles) continue;
            int end = particlesEnd(g, v, s.particles());
            if (end < 0) continue;
            for (VerbPattern p : s.borrowed()) {
                if ((best == null || p.weight() > best.weight()) && matches(g, p, v, scratch, n)) {
                    best = p;
                    bestLast = end;
                }
            }
        }
        return best == null || best.nullEvent() ? null : new Coded(best.code(), best.reverseCode(), bestLast);
    }

    /**
     * Index of the last particle token when every particle follows the verb (or hangs on it), else -1. The "to" of
     * an infinitive is no particle ("how far the minister will go to win a deal" is not GO TO).
     */
    private static int particlesEnd(SentenceGraph g, int v, List<String> particles) {
        int at = v;
        for (String p : particles) {
            int next = at + 1;
            if (next < g.size && g.upperWords[next].equals(p) && !g.rel(next).equals("mark")) {
                at = next;
                continue;
            }
            int prt = g.child(v, "compound:prt");
            // "handed the canal zone back to Panama": a particle after the object is often parsed as an adverb
            if (prt < 0 || !g.upperWords[prt].equals(p)) prt = separatedAdverb(g, v, p);
            if (prt < 0) return -1;
            at = Math.max(at, prt);
        }
        return at;
    }

    /** An adverb child after the verb that reads as the particle {@code p}, or -1. */
    private static int separatedAdverb(SentenceGraph g, int v, String p) {
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (c > v && g.rel(c).equals("advmod") && g.upperWords[c].equals(p)) return c;
        }
        return -1;
    }

    /**
     * The verb's clause in the order its patterns read it. A passive's subject is what an active verb has as its
     * object, and the dictionary writes its patterns for the active voice ("- * SANCTIONS [163] # IMPOSE"): so
     * "sanctions were imposed on Iraq" is read as "imposed sanctions on Iraq", the subject's phrase right after the
     * verb. Fills {@code out} and returns the count.
     */
    static int clause(SentenceGraph g, int v, int[] out) {
        int n = ownWords(g, v, out);
        int subject = g.child(v, "nsubj:pass");
        if (subject < 0 || subject > v) return n;
        int[] moved = new int[n];
        int m = ownWords(g, subject, moved);
        boolean[] inSubject = new boolean[g.size];
        for (int i = 0; i < m; i++) inSubject[moved[i]] = true;
        int[] rest = new int[n];
        int r = 0;
        for (int i = 0; i < n; i++) if (!inSubject[out[i]]) rest[r++] = out[i];
        int k = 0, i = 0;
        while (i < r && rest[i] <= v) out[k++] = rest[i++];
        for (int j = 0; j < m; j++) if (moved[j] < v) out[k++] = moved[j];
        while (i < r) out[k++] = rest[i++];
        return k;
    }

    /**
     * The verb's subtree without the other clauses. A noun coordinated with the verb's object is no other clause but
     * the object's words ("return weapons and military equipment" is RETURN EQUIPMENT as much as "return military
     * equipment"), which the dictionary's patterns name one at a time.
     * Of such a conjunct only the words of its own noun (modifiers before it, name parts) count: a phrase after it
     * is as often the parser's misplaced attachment of the clause's adjunct ("demanded the removal of the president
     * and his party at the talks") as its own.
     */
    private static int ownWords(SentenceGraph g, int v, int[] out) {
        boolean[] in = new boolean[g.size];
        mark(g, v, in);
        int n = 0;
        for (int i = 0; i < g.size; i++) if (in[i]) out[n++] = i;
        return n;
    }

    private static void mark(SentenceGraph g, int i, boolean[] in) {
        in[i] = true;
        for (int k = 0; k < g.childCount(i); k++) {
            int c = g.child(i, k);
            if (in[c]) continue; // also keeps a malformed tree with a cycle from recursing forever
            String r = g.baseRel(c);
            if (!OTHER_CLAUSES.contains(r)) mark(g, c, in);
            else if (r.equals("conj") && objectOfVerb(g, i) && g.isNoun(c)) markNoun(g, c, in);
        }
    }

    /**
     * An object, or the passive subject that stands for it: what the dictionary's "- * WORD" patterns name. The
     * coordinated nouns of a prepositional phrase are other parties or things ("sent a letter to Biden and his
     * team" is no SEND TEAM), those of a noun's modifier often the parser's misplaced conjunct ("videos of
     * beheadings and text messages").
     */
    private static boolean objectOfVerb(SentenceGraph g, int i) {
        return g.isNoun(i) && (g.baseRel(i).equals("obj") || g.rel(i).equals("nsubj:pass"));
    }

    private static void markNoun(SentenceGraph g, int noun, boolean[] in) {
        in[noun] = true;
        for (int k = 0; k < g.childCount(noun); k++) {
            int c = g.child(noun, k);
            if (!in[c] && NOUN_WORDS.contains(g.baseRel(c))) markNoun(g, c, in);
        }
    }

    private static boolean matches(SentenceGraph g, VerbPattern p, int v, int[] clause, int n) {
        int split = 0;
        while (split < n && clause[split] != v) split++;
        return matchSlots(g, p.before(), clause, 0, split, v) && matchSlots(g, p.after(), clause, split + 1, n, v);
    }

    /**
     * In-order match of the slots over {@code clause[from, to)}, earliest first; adjacency is by sentence position.
     * A slot of the group the previous slot opened must lie in that slot's phrase; when it does not, a later
     * opening of the group is tried ("met in Geneva in a dispute").
     */
    private static boolean matchSlots(SentenceGraph g, List<VerbPattern.Slot> slots, int[] clause, int from, int to,
                                      int v) {
        return matchFrom(g, slots, 0, clause, from, to, v, 0, -1);
    }

    private static boolean matchFrom(SentenceGraph g, List<VerbPattern.Slot> slots, int k, int[] clause, int at,
                                     int to, int v, int group, int phrase) {
        if (k == slots.size()) return true;
        VerbPattern.Slot slot = slots.get(k);
        boolean sameGroup = slot.group() != 0 && slot.group() == group;
        for (int i = at; i < to; i++) {
            if (sameGroup && !within(g, clause[i], phrase)) continue;
            for (List<VerbPattern.Word> alt : slot.alternatives()) {
                int end = runEnd(g, alt, clause, i, to, v);
                if (end < 0) continue;
                if (matchFrom(g, slots, k + 1, clause, end, to, v, slot.group(),
                        sameGroup ? phrase : phraseOf(g, clause[i]))) {
                    return true;
                }
                // earliest is best unless the slot opens a group its next slot continues: only a later opening can
                // then help ("met in Geneva in a dispute")
                boolean opens = !sameGroup && slot.group() != 0 && k + 1 < slots.size()
                        && slots.get(k + 1).group() == slot.group();
                if (!opens) return false;
                break;
            }
        }
        return false;
    }

    /**
     * The phrase a group's first word opens: a preposition's is what it governs ("in" of "in a dispute"); -1 (any
     * word of the clause) when the word is no preposition here ("(BACK TO)": the parser hangs neither on the other).
     */
    private static int phraseOf(SentenceGraph g, int t) {
        String r = g.rel(t);
        return r.equals("case") || r.equals("mark") ? g.head(t) : -1;
    }

    /** Whether token {@code t} is {@code root} or hangs under it; any token when there is no root. */
    private static boolean within(SentenceGraph g, int t, int root) {
        if (root < 0) return true;
        for (int x = t, steps = 0; x >= 0 && steps < g.size; x = g.head(x), steps++) if (x == root) return true;
        return false;
    }

    /**
     * Where the run ends in {@code clause} when it matches at {@code clause[i]}, else -1. A particle belongs to its
     * own verb: "pushing the regime to lay out a path" is no PUSH OUT (expel). A hyphen between two of its words is
     * passed over: the dictionary's "SIT-IN", "COUNTER-ATTACK", "AK-47" are runs of words, while the tokenizer
     * makes "sit-in" three tokens, so no hyphenated entry matched before.
     */
    private static int runEnd(SentenceGraph g, List<VerbPattern.Word> run, int[] clause, int i, int to, int v) {
        int at = i;
        for (int k = 0; k < run.size(); k++, at++) {
            if (k > 0 && at + 1 < to && hyphen(g, clause[at]) && clause[at] == clause[at - 1] + 1) at++;
            if (at >= to) return -1;
            int t = clause[at];
            if (g.rel(t).equals("compound:prt") && g.head(t) != v) return -1;
            // the clause leaves the hyphen out with the rest of the punctuation
            int previous = k > 0 ? clause[at - 1] : -1;
            if (k > 0 && t != previous + 1 && !(t == previous + 2 && hyphen(g, previous + 1))) return -1;
            if (!run.get(k).matches(g.upperWords[t], g.upperLemmas[t])) return -1;
        }
        return at;
    }

    private static boolean hyphen(SentenceGraph g, int t) {
        return g.forms[t].equals("-");
    }
}
