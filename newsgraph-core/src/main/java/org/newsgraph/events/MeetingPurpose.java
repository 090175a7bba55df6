package org.newsgraph.events;

import java.util.Set;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventModality;

/**
 * A coming together that says what it is for: "summoned the ambassador to complain", "travelled to Moscow to demand
 * his release", "thousands gathered to protest the law". Meeting, summoning or visiting (CAMEO 04) is only the
 * occasion when its purpose is a demand, disapproval, rejection, threat or protest (CAMEO 10-14): the purpose is
 * the event, done by whoever meets. It is aimed at whom the purpose clause names ("visited Kyiv to condemn Russia's
 * attacks" condemns Russia, not Ukraine), and at whom is met only when the clause names no one. A crowd that
 * gathers for such a purpose is demonstrating (CAMEO 141): "thousands gathered to protest" is a rally, not the
 * complaint its clause names; ministers who gather to condemn are condemning.
 *
 * <p>Only an infinitive states a purpose: a participle ("met in Beijing, accusing Washington") is something done at
 * the same time, coded on its own, except for a crowd, whose gathering while demanding is the rally ("thousands
 * gathered in the capital demanding lower prices"). A purpose that is negated ("met the ambassador not to protest") is no purpose:
 * the meeting stays a meeting.
 */
final class MeetingPurpose {

    /**
     * The verbs of the verb dictionary's ASSEMBLE block (CAMEO 040) by which people come together in one place; not
     * its AMASS, UNITE, CONJOIN (putting things or parties together) nor RECONVENE, which it leaves uncoded.
     */
    private static final Set<String> GATHER = Set.of("gather", "assemble", "congregate", "converge", "flock",
            "huddle", "join", "convene", "cluster");
    /** Heads of a subject that is a crowd: a number of people, or people as such. */
    private static final Set<String> CROWD = Set.of("hundred", "thousand", "dozen", "million", "ten", "score",
            "crowd", "people", "protester", "demonstrator", "resident", "villager", "student", "worker",
            "supporter", "activist", "citizen", "marcher", "mourner");
    /** Sectors of the state: its people gathering are officials meeting, not a crowd. */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
    private static final String DEMONSTRATE = "141";

    private final VerbMatcher matcher;
    private final ModalityDetector modality;

    MeetingPurpose(VerbMatcher matcher, ModalityDetector modality) {
        this.matcher = matcher;
        this.modality = modality;
    }

    /**
     * The event a meeting is for, coded on the meeting's own trigger; the purpose clause it came from; and the
     * head of the phrase in that clause naming whom it is aimed at, or -1 when it names no actor.
     */
    record Purpose(VerbMatcher.Coded coded, int clause, int target) {
    }

    /** The purpose that replaces {@code coded} (a CAMEO 04 code of verb {@code v}), or null. */
    Purpose of(SentenceGraph g, int v, VerbMatcher.Coded coded, DomesticCountry.ActorPhrases phrases,
               int[] scratch) {
        if (coded == null || coded.code() == null || !coded.code().startsWith("04")) return null;
        if (appeal(g, v)) return null;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            boolean participle = g.isVerb(c) && isParticiple(g, v, c);
            if (!g.isVerb(c) || !participle && !isInfinitive(g, c)) continue;
            VerbMatcher.Coded inner = matcher.code(g, c, scratch);
            if (inner == null || !CameoCode.rootWithin(inner.code(), 10, 14)) continue;
            if (modality.of(g, c, scratch).modality() == EventModality.NEGATED) continue;
            boolean rally = GATHER.contains(g.lemmas[v].toLowerCase()) && g.child(v, "obj") < 0
                    && crowd(g, g.child(v, "nsubj"), phrases);
            if (participle && !rally) continue;
            String code = rally ? DEMONSTRATE : inner.code();
            return new Purpose(new VerbMatcher.Coded(code, null, coded.lastToken()), c,
                    aimedAt(g, v, c, inner.code(), phrases));
        }
        return null;
    }

    /**
     * "to complain": an infinitive, adverbial or controlled; a gerund complement says what is talked about, not
     * what for ("would consider charging the gunman").
     */
    private static boolean isInfinitive(SentenceGraph g, int c) {
        String r = g.rel(c);
        return (r.equals("advcl") || r.equals("xcomp")) && g.hasChildWord(c, "mark", "to");
    }

    /**
     * "gathered in the capital, demanding ...": a participle clause set off from the verb (an adverbial, or the loose
     * dependent the parser often makes of it), on a verb with a subject of its own: on an infinitive ("criticized
     * the refusal to debate, accusing ...") the parser hangs one that belongs to the clause above.
     */
    private static boolean isParticiple(SentenceGraph g, int v, int c) {
        String r = g.rel(c);
        return (r.equals("advcl") || r.equals("dep")) && g.pos(c).equals("VBG") && g.child(c, "nsubj") < 0
                && g.child(v, "nsubj") >= 0;
    }

    /**
     * "called on the president to condemn": an appeal, whose infinitive is the addressee's act. The dictionary codes
     * CALL ON as one (020) only when its pattern matches; where it does not, CALL is 04 (telephone).
     */
    private static boolean appeal(SentenceGraph g, int v) {
        if (!g.lemmas[v].equalsIgnoreCase("call") || v + 1 >= g.size) return false;
        String next = g.lemmas[v + 1].toLowerCase();
        return next.equals("on") || next.equals("upon");
    }

    /** "thousands of students", "protesters": people in numbers, none of them of the state. */
    private static boolean crowd(SentenceGraph g, int subject, DomesticCountry.ActorPhrases phrases) {
        if (subject < 0) return false;
        if (!g.pos(subject).equals("CD") && !CROWD.contains(g.lemmas[subject].toLowerCase())) return false;
        for (EventActor a : phrases.of(subject)) if (a.sector() != null && STATE.contains(a.sector())) return false;
        return true;
    }

    /**
     * The first argument of the purpose clause that names an actor: its object, or an oblique ("against X"); not
     * one it is done for ("to demand the release of X").
     */
    private static int aimedAt(SentenceGraph g, int v, int clause, String code, DomesticCountry.ActorPhrases phrases) {
        for (int t : Arguments.targets(g, clause, -1)) {
            if (Arguments.isLocative(g, t) || AimedTargets.servedBy(g, v, t, code)) continue;
            if (ActorBuilder.named(phrases.of(t))) return t;
        }
        return -1;
    }
}
