package org.newsgraph.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Events named by a noun. Either a verb reports the noun's happening ("the summit took place", "no talks were held",
 * "the meeting did not go ahead", "riots continued", "fighting broke out"), or a light verb that means nothing of
 * its own performs it ("staged a general strike", "mounted an attack", "launched an appeal", "organized a protest").
 * The nouns and their codes come from the verb dictionary's own patterns for such verbs ("- * STRIKE [143] # STAGE",
 * "- * TALKS [...] # HOLD"), not from a list of our own, so "organized a strike" is coded as the dictionary codes
 * "staged a strike".
 */
final class NominalEvents {

    /** Verbs saying that their subject, an event noun, happened or goes on ("riots continued", "clashes erupted"). */
    private static final Set<String> HAPPEN = Set.of("happen", "occur", "proceed", "materialize", "materialise",
            "continue", "erupt", "rage", "resume", "escalate", "intensify", "spread");
    /** Verbs whose object names the event they perform; their patterns in the dictionary are the noun lexicon. */
    private static final List<String> LEXICON_VERBS = List.of("HOLD", "STAGE", "MOUNT", "CARRY", "LAUNCH", "START");
    private static final Set<String> LIGHT = Set.of("hold", "stage", "mount", "carry", "launch", "start", "begin",
            "conduct", "organize", "organise", "undertake", "resume", "continue", "make", "issue", "complete",
            "finish", "accelerate", "speed", "step");

    /** One noun or noun compound ("HUNGER STRIKE") and the code of performing it. */
    private record Entry(List<VerbPattern.Word> run, String code, String reverseCode) {
    }

    private final List<Entry> lexicon = new ArrayList<>();
    /** The lexicon's meetings (CAMEO 04), a short list every noun of a text can be checked against. */
    private final List<Entry> meetings = new ArrayList<>();
    private final VerbMatcher matcher;
    private final VerbDictionary verbs;

    NominalEvents(VerbDictionary verbs, VerbMatcher matcher) {
        this.matcher = matcher;
        this.verbs = verbs;
        for (String verb : LEXICON_VERBS) {
            for (VerbSense s : verbs.senses(verb)) {
                for (VerbPattern p : s.patterns()) {
                    if (!p.before().isEmpty() || p.after().size() != 1 || p.code() == null) continue;
                    for (List<VerbPattern.Word> alt : p.after().get(0).alternatives()) {
                        // three words at most: "joint military exercises" (062) is more than "military exercises"
                        if (alt.size() > 3) continue;
                        Entry e = new Entry(alt, p.code(), p.reverseCode());
                        lexicon.add(e);
                        if (e.code().startsWith("04")) meetings.add(e);
                    }
                }
            }
        }
    }

    /** The noun heading the event when verb {@code v} reports a happening, or -1. */
    static int eventNoun(SentenceGraph g, int v) {
        if (happens(g, v)) return g.child(v, "nsubj");
        if (g.lemmas[v].equalsIgnoreCase("hold") && g.isPassive(v)) return g.child(v, "nsubj:pass");
        return -1;
    }

    /**
     * Whether verb {@code v} says no more than that its subject happened or goes on: "the convention took place",
     * "the virus spread", "the meeting went ahead". Whatever the dictionary codes such a verb by (TAKE: seize
     * property, 171), its act is its subject's, and a subject that names no event makes it no act at all. Not a
     * transitive use ("intensified its attacks"), which does something to its object.
     */
    static boolean onlyHappens(SentenceGraph g, int v) {
        int obj = g.child(v, "obj");
        return happens(g, v) && (obj < 0 || takesPlace(g, v, obj));
    }

    private static boolean happens(SentenceGraph g, int v) {
        String lemma = g.lemmas[v].toLowerCase();
        int obj = g.child(v, "obj");
        return HAPPEN.contains(lemma) || obj >= 0 && takesPlace(g, v, obj)
                || lemma.equals("go") && g.hasChildWord(v, "advmod", "ahead") || breaksOut(g, v);
    }

    /** "fighting broke out". */
    static boolean breaksOut(SentenceGraph g, int v) {
        return g.lemmas[v].equalsIgnoreCase("break") && g.hasChildWord(v, "compound:prt", "out");
    }

    private static boolean takesPlace(SentenceGraph g, int v, int obj) {
        return g.lemmas[v].equalsIgnoreCase("take") && g.lemmas[obj].equalsIgnoreCase("place");
    }

    /**
     * "organized a general strike": the code of the event noun a light verb takes as its object, or null. The
     * verb's own patterns still win when one matched (the caller passes what the verb matcher found).
     */
    VerbMatcher.Coded performed(SentenceGraph g, int v, VerbMatcher.Coded verbCoded, int[] scratch) {
        if (verbCoded != null && !verbCoded.byDefault()) return verbCoded;
        if (!LIGHT.contains(g.lemmas[v].toLowerCase())) return verbCoded;
        // "a general strike was staged": the passive's subject is what is performed
        int obj = g.isPassive(v) ? g.child(v, "nsubj:pass") : g.child(v, "obj");
        // "Granted, Lai issued": a light verb with nothing performed says nothing, unless a particle makes it a
        // verb of its own ("stepped down")
        if (obj < 0) return verbCoded != null && verbCoded.lastToken() > v ? verbCoded : null;
        Entry e = entry(g, obj);
        if (e != null) return new VerbMatcher.Coded(e.code(), e.reverseCode(), v);
        VerbMatcher.Coded verb = asVerb(g, obj, scratch);
        return verb == null ? verbCoded : new VerbMatcher.Coded(verb.code(), verb.reverseCode(), v);
    }

    /**
     * The noun coded as the simple verb it names ("attack", "visit"; "invasion" invade, "demonstration"
     * demonstrate, "deployment" deploy), or null: an event noun the lexicon lacks is done as its verb is, with the
     * verb's patterns read over the noun's phrase ("the withdrawal of troops" is "withdraw troops").
     */
    private VerbMatcher.Coded asVerb(SentenceGraph g, int noun, int[] scratch) {
        for (String candidate : verbForms(g.upperLemmas[noun])) {
            VerbMatcher.Coded c = matcher.codeAs(g, noun, candidate, scratch);
            if (c != null && c.code() != null) return c;
        }
        return null;
    }

    private static List<String> verbForms(String noun) {
        List<String> out = new ArrayList<>(3);
        out.add(noun);
        int n = noun.length();
        if (n > 6 && noun.endsWith("SION")) out.add(noun.substring(0, n - 4) + "DE");
        if (n > 6 && noun.endsWith("ATION")) out.add(noun.substring(0, n - 3) + "E");
        // "declaration" declare, "condemnation" condemn: -ation after a verb that does not end in -ate
        if (n > 7 && noun.endsWith("ATION")) {
            out.add(noun.substring(0, n - 5) + "E");
            out.add(noun.substring(0, n - 5));
        }
        if (n > 6 && noun.endsWith("MENT")) out.add(noun.substring(0, n - 4));
        // "withdrawal" withdraw, "removal" remove, "dismissal" dismiss
        if (n > 6 && noun.endsWith("AL")) {
            out.add(noun.substring(0, n - 2));
            out.add(noun.substring(0, n - 2) + "E");
        }
        return out;
    }

    /**
     * The CAMEO code of the event the noun names, or null: the lexicon's entry, else the code of the noun's own
     * verb ("riots continued": RIOT, "clashes erupted": CLASH), since a verb of happening only says the event is real.
     */
    String code(SentenceGraph g, int noun, int[] scratch) {
        Entry e = entry(g, noun);
        if (e != null) return e.code();
        VerbMatcher.Coded verb = asVerb(g, noun, scratch);
        return verb == null ? null : verb.code();
    }

    /**
     * The code of the act a noun names where the question is whether it is violence (a death in it, a claim of it):
     * {@link #code}, except that a strike done with a weapon is no labour strike ("a drone strike", "a missile
     * strike": the noun read as its verb, not as the lexicon's "stage a strike"), and a gerund the lexicon lacks
     * names its verb's act ("the bombing": BOMB, "the killing": KILL). Not for what a light verb performs ("made a
     * killing").
     */
    String actCode(SentenceGraph g, int noun, int[] scratch) {
        String code = code(g, noun, scratch);
        if (code != null) {
            if (Victims.violence(code) || !withInstrument(g, noun)) return code;
            VerbMatcher.Coded verb = asVerb(g, noun, scratch);
            return verb != null && Victims.violence(verb.code()) ? verb.code() : code;
        }
        String lemma = g.upperLemmas[noun];
        if (!lemma.endsWith("ING") || !g.pos(noun).startsWith("NN")) return null;
        String stem = lemma.substring(0, lemma.length() - 3);
        // "kidnapping": kidnap, "strangling": strangle
        boolean doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
        for (String verb : doubled ? new String[] {stem, stem.substring(0, stem.length() - 1)}
                : new String[] {stem, stem + "E"}) {
            VerbMatcher.Coded c = matcher.codeAs(g, noun, verb, scratch);
            if (c != null && c.code() != null) return c.code();
        }
        return null;
    }

    /**
     * Whether a modifier of the noun is a weapon, aircraft or military unit ("missile strike"; "drone strike", whose
     * "drone" the tagger may read as a verb modifying the noun).
     */
    private boolean withInstrument(SentenceGraph g, int noun) {
        for (int k = 0; k < g.childCount(noun); k++) {
            int c = g.child(noun, k);
            boolean modifier = g.rel(c).equals("compound") || g.rel(c).equals("amod");
            if (modifier && verbs.instrument(g.upperWords[c], g.upperLemmas[c])) return true;
        }
        return false;
    }

    /** Whether the noun is an event of the lexicon ("strike", "raid", "talks"), whatever qualifies it. */
    boolean inLexicon(SentenceGraph g, int noun) {
        return entry(g, noun) != null;
    }

    /** The code of holding the meeting the noun names ("summit", "talks": CAMEO 04), from the lexicon, or null. */
    String meetingCode(SentenceGraph g, int noun) {
        if (longest(meetings, g, noun) == null) return null;
        Entry e = longest(lexicon, g, noun);
        return e.code().startsWith("04") ? e.code() : null;
    }

    /** The longest lexicon entry ending at {@code noun} ("HUNGER STRIKE" before "STRIKE"), first listed among equals. */
    private Entry entry(SentenceGraph g, int noun) {
        return longest(lexicon, g, noun);
    }

    private static Entry longest(List<Entry> entries, SentenceGraph g, int noun) {
        Entry best = null;
        for (Entry e : entries) {
            int n = e.run().size();
            if (best != null && n <= best.run().size()) continue;
            int first = noun - n + 1;
            if (first < 0) continue;
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) ok = e.run().get(k).matches(g.upperWords[first + k], g.upperLemmas[first + k]);
            if (ok) best = e;
        }
        return best;
    }
}
