package org.newsgraph.events;

import java.util.Set;
import org.newsgraph.model.EventModality;

/**
 * Decides whether the text asserts an event or only negates, supposes, plans or demands it, from the trigger's own
 * dependents (negation, modal and future auxiliaries, a conditional "if") and from the verbs it is embedded under
 * ("failed to", "plans to", "threatened to", "urged X to", "is set to", "tried to"). The nearest marker wins: in
 * "said it would not attack" the negation on "attack" decides.
 *
 * <p>What an embedding verb does to its complement follows the CAMEO class of that verb where it has one (a request
 * or demand, CAMEO 02 and 10, demands its complement; a threat, 13, makes it hypothetical; an intent or promise,
 * 03, makes it future; a refusal, 12, negates it) and a small list of aspect verbs otherwise.
 */
final class ModalityDetector {

    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL = Set.of("could", "might", "may", "would", "should", "can");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> NEGATING_VERBS = Set.of("fail", "refuse", "decline", "reject", "avoid",
            "cancel", "deny", "stop", "halt", "postpone", "abandon", "forgo", "scrap", "call off");
    private static final Set<String> FUTURE_VERBS = Set.of("plan", "intend", "expect", "prepare", "schedule",
            "aim", "hope", "want", "promise", "pledge", "vow", "swear", "agree", "decide", "set", "go",
            "mean");
    /**
     * "tried to storm the compound", "attempted to seize the airport", "sought to acquire uranium": the act was
     * undertaken and may have failed; the text does not say it was done. Not a statement of intent either (the
     * dictionary's SEEK code, 030): the attempt is the act's modality.
     */
    static final Set<String> ATTEMPTING = Set.of("try", "attempt", "seek");
    /**
     * "vowed to fight", "swore to retaliate", "pledged to withdraw", "plans to visit Kabul", "intends to send
     * troops": a promise or plan of the subject's own act is the announcement of it, whatever code the promising or
     * planning verb has alone (the dictionary files SWEAR with ALLEGE, 110, and PLAN and INTEND with intents of
     * their own, 036 and 030, which left the planned visit as a second event, CONSULT future, where "will visit"
     * gives the one intent).
     */
    static final Set<String> COMMISSIVE = Set.of("promise", "pledge", "vow", "swear", "plan", "intend");
    /**
     * Verbs asking their object to act. "invite" among them: "invited Trump to visit Pyongyang" asks for the visit,
     * which has not happened (PLOVER REQUEST: "all requests"); the dictionary's INVITE code (040, consult) would
     * otherwise leave the visit asserted.
     */
    private static final Set<String> DEMAND_VERBS = Set.of("urge", "demand", "ask", "call", "press", "push",
            "appeal", "request", "require", "order", "tell", "insist", "invite");
    /** "is prepared to impose martial law", "is eager to hold a summit": predicates of readiness announce the act. */
    private static final Set<String> READY = Set.of("prepared", "ready", "willing", "poised", "determined",
            "set", "due", "eager", "keen");
    /** Verbs of hoping, fearing, expecting and believing: their complement is their subject's picture. */
    private static final Set<String> MENTAL = Set.of("hope", "fear", "expect", "believe", "think", "wish",
            "worry", "suspect", "doubt", "assume", "predict", "anticipate");
    /** Subordinators of clauses that state a fact of their own: time, cause, concession. */
    private static final Set<String> FACTUAL_MARKS = Set.of("as", "because", "since", "although", "though",
            "whereas");
    private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless");
    /**
     * Finite verb forms only the indicative has: past and present third person. A bare plural present ("that the
     * troops leave", VBP) is also what the subjunctive looks like; a tensed auxiliary or copula ("are", "have")
     * is the indicative's.
     */
    private static final Set<String> INDICATIVE = Set.of("VBD", "VBZ");
    private static final Set<String> TENSED = Set.of("VBD", "VBZ", "VBP");
    /**
     * "needs to explain", "has to release", "ought to withdraw", "is obliged to return": words saying only that
     * their infinitive is owed, as "must" does; the verb itself is no event.
     */
    static final Set<String> OWING = Set.of("need", "have", "ought", "oblige");
    /** Verbs that demand or propose over what is owed, and claim over what is: "insisted/suggested that". */
    private static final Set<String> CLAIMING = Set.of("insist", "suggest");
    /** Modals saying that an act is owed, which a demand's clause has and a claim's has not. */
    private static final Set<String> OBLIGING = Set.of("should", "must", "shall", "ought");
    private static final Set<String> SUPPOSE_VERBS = Set.of("threaten", "warn", "consider", "weigh");

    /**
     * A modality and whether the actor itself stated it: the trigger's own auxiliary ("will", "would not",
     * "could") or an embedding verb that is no event of its own ("plans to", "refused to"). Such statements are
     * events in their own right (an intent, a threat, a rejection; see {@link CodeComposer}).
     */
    record Reading(EventModality modality, boolean stated) {
        static final Reading ASSERTED = new Reading(EventModality.ASSERTED, false);
    }

    private final VerbMatcher matcher;

    ModalityDetector(VerbMatcher matcher) {
        this.matcher = matcher;
    }

    Reading of(SentenceGraph g, int v, int[] scratch) {
        Reading own = own(g, v);
        // "Kim hopes that Trump's impulsiveness will lead him to fold": a future or a supposition inside what
        // someone hopes, fears, expects or believes is theirs, not a statement of the clause's own subject
        if (own.stated() && imagined(g, v)) return new Reading(own.modality(), false);
        if (own.modality() != EventModality.ASSERTED) return own;
        int x = v;
        // a clause with a subject of its own under another ("as soon as Israel withdraws"): the main clause's
        // future or supposition reaches it, but its subject states nothing by the main clause's words
        boolean ownSubject = false;
        for (int depth = 0; depth < 5; depth++) {
            String r = g.rel(x);
            int h = g.head(x);
            if (h < 0) return Reading.ASSERTED;
            if (r.equals("conj")) {
                // "must consider the offer and decide": a bare infinitive conjoined shares its first verb's modal
                if (g.pos(x).equals("VB") && g.child(x, "nsubj") < 0) {
                    Reading shared = own(g, h);
                    if (shared.modality() != EventModality.ASSERTED) return shared;
                }
                x = h;
                continue;
            }
            if (!r.equals("xcomp") && !r.equals("ccomp") && !r.startsWith("advcl") && !r.startsWith("acl")) {
                return Reading.ASSERTED;
            }
            if (r.startsWith("advcl")) {
                // "as soon as X", "as long as X": the clause hangs on the adverb compared; "as long as" is a
                // condition, like "if"; "as soon as" says when the main clause's act is, so it is as real as that
                boolean compared = comparison(g, x, h);
                if (hasMark(g, x, CONDITIONAL_MARKS) || compared && g.lemmas[h].equalsIgnoreCase("long")) {
                    return new Reading(EventModality.HYPOTHETICAL, false);
                }
                // "as the election nears and the president faces troubles, X may ...": a clause of time, cause or
                // concession states its own fact; the main clause's modal does not reach it
                if (!compared && hasMark(g, x, FACTUAL_MARKS)) return Reading.ASSERTED;
                if (compared) h = g.head(h);
                if (h < 0) return Reading.ASSERTED;
                ownSubject |= g.child(x, "nsubj") >= 0;
            }
            if (r.equals("ccomp") && claims(g, h)) return Reading.ASSERTED;
            if (r.equals("xcomp") || r.equals("ccomp")) {
                Reading embedding = embeddingEffect(g, h, r, scratch);
                if (embedding != null) return unstatedIf(ownSubject, embedding);
            }
            Reading up = own(g, h);
            if (up.modality() == EventModality.NEGATED && r.equals("xcomp")) return unstatedIf(ownSubject, up);
            if (up.modality() != EventModality.ASSERTED && up.modality() != EventModality.NEGATED) {
                return unstatedIf(ownSubject, up);
            }
            x = h;
        }
        return Reading.ASSERTED;
    }

    private static Reading unstatedIf(boolean ownSubject, Reading r) {
        return ownSubject && r.stated() ? new Reading(r.modality(), false) : r;
    }

    /** "as soon as Israel withdraws": a clause hanging on an adverb that an "as ... as" comparison holds. */
    private static boolean comparison(SentenceGraph g, int clause, int head) {
        return !g.isVerb(head) && g.hasChildWord(clause, "mark", "as") && g.hasChildWord(head, "advmod", "as");
    }

    /** Markers on the verb itself: negation, modal or future auxiliary, "if" clause, a "no" subject. */
    private static Reading own(SentenceGraph g, int v) {
        boolean negated = false;
        EventModality auxiliary = null;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            String r = g.rel(c);
            String lemma = g.lemmas[c].toLowerCase();
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && NEGATION.contains(lemma)) negated = true;
            if (r.equals("aux") && auxiliary == null) {
                if (FUTURE_AUX.contains(lemma)) auxiliary = EventModality.FUTURE;
                else if (HYPOTHETICAL.contains(lemma)) auxiliary = EventModality.HYPOTHETICAL;
                else if (lemma.equals("must") || owingAux(g, v, c)) auxiliary = EventModality.DEMANDED;
            }
        }
        // "will not accept" is the actor's refusal; "did not meet" only a fact
        if (negated) return new Reading(EventModality.NEGATED, auxiliary != null);
        // "must mediate" is demanded of the subject by whoever says so: no statement of the subject's own
        if (auxiliary != null) return new Reading(auxiliary, auxiliary != EventModality.DEMANDED);
        if (hasMark(g, v, CONDITIONAL_MARKS)) return new Reading(EventModality.HYPOTHETICAL, false);
        // "no talks took place", "no summit was held": a negated subject negates the happening
        int subj = g.child(v, "nsubj") >= 0 ? g.child(v, "nsubj") : g.child(v, "nsubj:pass");
        if (subj >= 0 && g.hasChildWord(subj, "det", "no")) return new Reading(EventModality.NEGATED, false);
        return Reading.ASSERTED;
    }

    /**
     * "has to release", "had to be evacuated": an owing auxiliary before the infinitive's "to"; not the perfect
     * infinitive "claimed to have killed", whose "to" comes first.
     */
    private static boolean owingAux(SentenceGraph g, int v, int aux) {
        if (!OWING.contains(g.lemmas[aux].toLowerCase())) return false;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (c > aux && g.rel(c).equals("mark") && g.lemmas[c].equalsIgnoreCase("to")) return true;
        }
        return false;
    }

    /** What an embedding verb does to its complement, or null when it is transparent ("said that", "began to"). */
    private Reading embeddingEffect(SentenceGraph g, int h, String rel, int[] scratch) {
        String lemma = g.lemmas[h].toLowerCase();
        VerbMatcher.Coded coded = g.isVerb(h) ? matcher.code(g, h, scratch) : null;
        String code = coded == null ? null : coded.code();
        // an embedding verb coding no event of its own, or a promise: the statement is ours to code
        boolean stated = code == null || rel.equals("xcomp") && COMMISSIVE.contains(lemma);
        EventModality m = null;
        boolean owed = rel.equals("xcomp") && OWING.contains(lemma);
        if (rel.equals("xcomp") && NEGATING_VERBS.contains(lemma)) m = EventModality.NEGATED;
        else if (rel.equals("xcomp") && ATTEMPTING.contains(lemma)) return attempt(g, h);
        else if (DEMAND_VERBS.contains(lemma) || owed) m = EventModality.DEMANDED;
        else if (SUPPOSE_VERBS.contains(lemma)) m = EventModality.HYPOTHETICAL;
        else if (rel.equals("xcomp") && FUTURE_VERBS.contains(lemma)) m = EventModality.FUTURE;
        else if (rel.equals("xcomp") && !g.isVerb(h) && READY.contains(lemma)) m = EventModality.FUTURE;
        else if (code == null) return null;
        else if (code.startsWith("02") || code.startsWith("10")) m = EventModality.DEMANDED;
        else if (code.startsWith("13")) m = EventModality.HYPOTHETICAL;
        else if (code.startsWith("03")) m = EventModality.FUTURE;
        else if (code.startsWith("12") && rel.equals("xcomp")) m = EventModality.NEGATED;
        return m == null ? null : new Reading(m, stated && m != EventModality.DEMANDED);
    }

    /**
     * An act tried: attempted, unless the attempt itself is negated or not asserted ("does not attempt to compete":
     * negated; "would seek to extradite": hypothetical; "will try to": future), which then holds for the act.
     */
    private static Reading attempt(SentenceGraph g, int attempting) {
        Reading own = own(g, attempting);
        return new Reading(own.modality() == EventModality.ASSERTED ? EventModality.ATTEMPTED : own.modality(), false);
    }

    /**
     * "insisted that the talks had gone well", "suggested that she was a victim", "suggested that mail-in voting
     * could result in fraud": insisting on or suggesting a fact (a clause in the indicative, a modal of possibility
     * or prediction included, not "should withdraw", "has to withdraw" or the subjunctive "that X withdraw", "that
     * the troops leave") claims it; it demands and proposes nothing. The dictionary files both verbs with appeals
     * and demands (CAMEO 02, 10), the sense they have over what is owed.
     */
    static boolean claims(SentenceGraph g, int v) {
        if (!CLAIMING.contains(g.lemmas[v].toLowerCase())) return false;
        int c = g.child(v, "ccomp");
        if (c < 0 || Arguments.obliqueWithCase(g, v, Set.of("on")) >= 0) return false;
        boolean tensed = INDICATIVE.contains(g.pos(c));
        for (int k = 0; k < g.childCount(c); k++) {
            int a = g.child(c, k);
            if (!g.rel(a).startsWith("aux") && !g.rel(a).equals("cop")) continue;
            boolean modal = g.pos(a).equals("MD");
            if (modal && OBLIGING.contains(g.lemmas[a].toLowerCase()) || owingAux(g, c, a)) return false;
            if (modal || TENSED.contains(g.pos(a))) tensed = true;
        }
        return tensed;
    }

    /** Whether {@code v} is a verb of hoping, fearing, expecting or believing. */
    static boolean mental(SentenceGraph g, int v) {
        return MENTAL.contains(g.lemmas[v].toLowerCase());
    }

    private static boolean imagined(SentenceGraph g, int v) {
        int h = g.head(v);
        return h >= 0 && g.rel(v).equals("ccomp") && mental(g, h);
    }

    private static boolean hasMark(SentenceGraph g, int v, Set<String> marks) {
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (g.rel(c).equals("mark") && marks.contains(g.lemmas[c].toLowerCase())) return true;
        }
        return false;
    }
}
