package org.newsgraph.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.newsgraph.model.EventActor;

/**
 * Meetings read from their nouns (those the dictionary codes as held, CAMEO 04: summit, talks, meeting): who the
 * parties to a meeting are, a meeting no verb of ours reports but whose phrase names two parties (a reciprocal
 * CONSULT), and a meeting called off (a rejection, not a cut in relations). Thread-safe; holds only the lexicon.
 */
final class Meetings {

    /** Verbs calling off what was planned ("called off" with its particle). */
    private static final Set<String> CANCEL = Set.of("cancel", "scrap", "annul", "scrub");
    /** What a meeting's parties are to it: it is between, with, among or of them. */
    private static final Set<String> PARTY_CASES = Set.of("between", "with", "among", "of");
    /** Where a meeting is held: "talks in Baghdad", "a summit at Camp David". */
    private static final Set<String> HELD_AT = Set.of("in", "at");

    /** Modifiers of a meeting still to be held. */
    private static final Set<String> PLANNED = Set.of("planned", "proposed", "upcoming", "forthcoming",
            "prospective", "mooted");
    /**
     * Modifiers saying when a meeting was due, not that it is still to come: "the scheduled summit ended", "the
     * next meeting produced a deal".
     */
    private static final Set<String> DUE = Set.of("scheduled", "expected", "next");
    /** "in the works", "in the pipeline", "in the offing". */
    private static final Set<String> PIPELINE = Set.of("works", "pipeline", "offing");
    /** Verbs setting a meeting or moving it later: it is still to be held. */
    private static final Set<String> SET_LATER = Set.of("postpone", "delay", "defer", "reschedule", "schedule",
            "plan", "arrange", "set");

    private final NominalEvents nominal;
    private final CodeComposer composer;

    Meetings(NominalEvents nominal, CodeComposer composer) {
        this.nominal = nominal;
        this.composer = composer;
    }

    /** CAMEO 04: meeting, visiting, hosting, negotiating. */
    static boolean meeting(String code) {
        return code != null && code.startsWith("04");
    }

    /**
     * Whether modifier {@code c} of an event noun coded {@code code}, governed by preposition {@code kase} (null for
     * none), may be one of its parties. A meeting's parties are its possessor and what it is between, with, among or
     * of, not where or when it is held ("talks in Geneva", "a meeting during Trump's trip to Warsaw").
     */
    static boolean mayBeParty(SentenceGraph g, int c, String code, String kase) {
        return !meeting(code) || kase == null || PARTY_CASES.contains(kase) || g.rel(c).equals("nmod:poss");
    }

    /**
     * The phrases a coded verb speaks of, marked in {@code reported} so that a meeting noun among them is not
     * coded again on its own ("held a summit with").
     */
    static void markReported(SentenceGraph g, int v, int noun, boolean[] reported) {
        if (noun >= 0) reported[noun] = true;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            String r = g.baseRel(c);
            if (r.equals("obj") || r.equals("nsubj") || r.equals("obl")) reported[c] = true;
        }
    }

    /**
     * The code of noun {@code n} when it is a meeting no coded verb reports and a modifier of its own may name its
     * parties ("the summit between Putin and Biden", "Modi's meeting with Xi"), else null. A meeting noun that is
     * itself a proper noun is a name ("the National Conference of State Legislatures").
     */
    String unreported(SentenceGraph g, int n, boolean[] reported) {
        if (reported[n] || !g.pos(n).startsWith("NN") || g.pos(n).startsWith("NNP") || !hasParty(g, n)) return null;
        return nominal.meetingCode(g, n);
    }

    /**
     * The named actors among a meeting noun's actors when they are two or more, else none: one party or none ("the
     * Singapore summit", "a third summit between the two leaders"), or words no dictionary or entity knows ("the
     * Soviet Union's Voskhod 2 mission"), say too little to code.
     */
    static List<EventActor> parties(List<EventActor> actors) {
        List<EventActor> out = new ArrayList<>(actors.size());
        for (EventActor a : actors) if (ActorBuilder.named(List.of(a))) out.add(a);
        return out.size() >= 2 ? out : List.of();
    }

    private static boolean hasParty(SentenceGraph g, int noun) {
        for (int k = 0; k < g.childCount(noun); k++) {
            String r = g.baseRel(g.child(noun, k));
            if (r.equals("nmod") || r.equals("compound")) return true;
        }
        return false;
    }

    /**
     * Whether the meeting noun at {@code noun} is still to be held by its own words: "a planned summit", "the
     * upcoming talks", "a fourth summit in the works", "the summit was postponed", "was scheduled for June". Such
     * a meeting is future whatever its clause asserts. "Scheduled", "expected" and "next" say so only while no
     * clause in the past reports the meeting as held.
     */
    static boolean planned(SentenceGraph g, int noun) {
        int h = g.head(noun);
        String rel = g.rel(noun);
        boolean moved = rel.equals("obj") || rel.equals("nsubj:pass");
        if (h >= 0 && moved && SET_LATER.contains(g.lemmas[h].toLowerCase())) return true;
        for (int k = 0; k < g.childCount(noun); k++) {
            int c = g.child(noun, k);
            String r = g.baseRel(c);
            String form = g.forms[c].toLowerCase();
            boolean modifier = r.equals("amod") || r.equals("acl");
            if (modifier && (PLANNED.contains(form) || DUE.contains(form) && !held(g, noun))) return true;
            if (r.equals("nmod") && "in".equals(Arguments.caseOf(g, c)) && PIPELINE.contains(form)) return true;
        }
        return false;
    }

    /**
     * "the scheduled summit ended", "the expected talks collapsed", "the next meeting was held": a meeting that did
     * something in the past, or was held, took place. A meeting merely spoken of in the past ("officials discussed
     * the expected summit") may still be to come.
     */
    private static boolean held(SentenceGraph g, int noun) {
        int v = g.head(noun);
        String rel = g.rel(noun);
        if (v < 0 || !g.isVerb(v)) return false;
        if (!rel.equals("nsubj") && !(rel.equals("nsubj:pass") && g.lemmas[v].equalsIgnoreCase("hold"))) return false;
        return g.isPast(v);
    }

    /** The verb whose clause holds the noun phrase, or -1: a meeting noun's modality is its clause's. */
    static int governingVerb(SentenceGraph g, int noun) {
        for (int x = g.head(noun), steps = 0; x >= 0 && steps < g.size; x = g.head(x), steps++) {
            if (g.isVerb(x)) return x;
        }
        return -1;
    }

    /**
     * "cancelled the meeting", "called off the summit": calling off a meeting refuses it (CAMEO 125 "reject proposal
     * to meet, discuss, or negotiate", composed as "refused to meet" is), where the dictionary's patterns made it a
     * cut in relations (164 "halt negotiations", PLOVER SANCTION): a meeting not yet held halts no negotiation in
     * progress. Any other verb keeps {@code coded}.
     */
    VerbMatcher.Coded cancelled(SentenceGraph g, int v, VerbMatcher.Coded coded, int[] scratch) {
        String lemma = g.lemmas[v].toLowerCase();
        if (!CANCEL.contains(lemma) && !(lemma.equals("call") && g.hasChildWord(v, "compound:prt", "off"))) {
            return coded;
        }
        int obj = g.isPassive(v) ? g.child(v, "nsubj:pass") : g.child(v, "obj");
        String meeting = obj < 0 ? null : nominal.code(g, obj, scratch);
        if (!meeting(meeting)) return coded;
        String refused = composer.compose(CodeComposer.Act.REJECT, meeting);
        int last = coded != null ? coded.lastToken() : v;
        return refused == null ? coded : new VerbMatcher.Coded(refused, null, last);
    }

    /**
     * "cancelled the Singapore meeting", "cancelled the Vienna talks with Iran", "held talks in Baghdad": a meeting
     * noun qualified by one place name ({@code place}), before it or in an "in"/"at" phrase, says where the meeting
     * is; its parties are the noun's other modifiers (none: no target), each read by {@code actorsOf}. Null when
     * the phrase is no such noun, and its actors are the whole phrase's. Two names alone are parties ("US-China
     * talks"); on other acts a name is their doer ("US mediation", "a US offer"). So "the Iran talks" lose their
     * party. The city hosting talks is as often neutral ground ("Iranian and Saudi officials held talks in
     * Baghdad") as a party's own, so it is no counterpart (2026-11-25, session 25).
     */
    List<EventActor> partiesBesidesPlace(SentenceGraph g, int noun, IntPredicate place,
                                         IntFunction<List<EventActor>> actorsOf) {
        int places = 0;
        for (int k = 0; k < g.childCount(noun); k++) {
            if (where(g, g.child(noun, k), place)) places++;
        }
        // "the World Wide Developers Conference at Moscone Center": a proper name is no meeting noun of ours
        if (places != 1 || g.pos(noun).startsWith("NNP") || nominal.meetingCode(g, noun) == null) return null;
        List<EventActor> parties = new ArrayList<>();
        for (int k = 0; k < g.childCount(noun); k++) {
            int c = g.child(noun, k);
            String r = g.baseRel(c);
            if (where(g, c, place)) continue;
            // what talks are about is no party to them ("talks in Athens about migration in the Aegean")
            String kase = r.equals("nmod") ? Arguments.caseOf(g, c) : null;
            if (r.equals("nmod") && !mayBeParty(g, c, "04", kase)) continue;
            if (r.equals("nmod") || r.equals("compound") || r.equals("amod")) parties.addAll(actorsOf.apply(c));
        }
        return parties;
    }

    /** Whether modifier {@code c} of a meeting noun names where it is held: "the Vienna talks", "talks in Vienna". */
    private static boolean where(SentenceGraph g, int c, IntPredicate place) {
        if (!place.test(c)) return false;
        if (g.rel(c).equals("compound")) return true;
        String kase = g.baseRel(c).equals("nmod") ? Arguments.caseOf(g, c) : null;
        return kase != null && HELD_AT.contains(kase);
    }
}
