package org.newsgraph.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Event;

/**
 * CAMEO 173 is "arrest, detain, or charge with legal action"; PLOVER splits it: its COERCE "arrest" is the detention,
 * its ACCUSE takes every formal accusation (mode "allege": "formally or informally accuse; sue, indict, or charge").
 * A detention whose clause says what the detainee is held for ("on charges of spying", "over allegations of
 * links", "on suspicion of fraud", "for a criminal offence", "for collaborating with the enemy") charges them: its
 * PLOVER type is ACCUSE, mode "allege", as the manual files a prison sentence by its legal act (SANCTION "convict")
 * with the imprisonment only an added COERCE mode. The CAMEO code stays 173, so its Goldstein score and the GDELT
 * export keep the arrest; one trigger stays one event. A purpose is no charge ("held for questioning"), nor is a
 * term ("jailed for five years": no charge noun, no offence, no deed).
 * The legal steps themselves, charging someone with an offence, indicting, prosecuting or suing, are that
 * accusation with no detention at all (session 24).
 * A verdict the dictionary codes 173 (CONVICT, FIND * GUILTY) is no detention and no accusation but the conviction,
 * PLOVER SANCTION mode "convict" ("find an entity ... guilty ... in a court of law"), whatever counts or charges it
 * names (session 24: "was found guilty on 859 counts of distributing opioids" read "counts" as the charge of an
 * arrest and was an accusation).
 */
final class ChargedDetentions {

    private static final String DETAINED = "173";
    /** Nouns that say an accusation is made: "on charges of", "over allegations", "on suspicion of". */
    private static final Set<String> CHARGES = Set.of("charge", "allegation", "accusation", "suspicion", "count");
    /** Legal steps the dictionary files under 173 that accuse and detain no one: "indicted", "sued". */
    private static final Set<String> ACCUSING = Set.of("indict", "prosecute", "sue");
    /** Cases of the offence a "charge" names: "charged with espionage", "charged for", "charged over". */
    private static final Set<String> OFFENCE_CASES = Set.of("with", "for", "over");
    /** Acts the detainers do with the detainee, not what the detainee did: "held for questioning". */
    private static final Set<String> PURPOSES = Set.of("question", "interrogate", "interrogation", "investigate",
            "investigation", "treatment", "protection");
    /** Words that qualify an offence as charged: "for alleged fraud", "for suspected smuggling". */
    private static final Set<String> CHARGED = Set.of("alleged", "allegedly", "suspected", "reported");

    private ChargedDetentions() {
    }

    /** Whether detention {@code v} (coded {@code code}) names what the detainee is held for, or is itself a charge. */
    static boolean charged(SentenceGraph g, int v, String code, VerbDictionary verbs) {
        if (!DETAINED.equals(code) || convicted(g, v, code)) return false;
        String verb = g.lemmas[v].toLowerCase(Locale.ROOT);
        if (ACCUSING.contains(verb)) return true;
        boolean charging = verb.equals("charge");
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            String lemma = g.lemmas[c].toLowerCase(Locale.ROOT);
            if (PURPOSES.contains(lemma)) continue;
            String rel = g.baseRel(c);
            // a deed: "for collaborating with the enemy" (the parser hangs it as a clause or as a phrase)
            if ((rel.equals("advcl") || rel.equals("obl")) && g.pos(c).equals("VBG")
                    && (g.hasChildWord(c, "mark", "for") || g.hasChildWord(c, "case", "for"))) {
                return true;
            }
            if (!rel.equals("obl")) continue;
            String kase = Arguments.caseOf(g, c);
            // "charged two journalists with espionage"; police who "charged the protesters outside" accuse no one
            if (charging && OFFENCE_CASES.contains(kase)) return true;
            if (("on".equals(kase) || "over".equals(kase) || "for".equals(kase)) && CHARGES.contains(lemma)) {
                return true;
            }
            if ("for".equals(kase) && (verbs.inSet("&CRIME", g.upperWords[c], g.upperLemmas[c])
                    || qualifiedAsCharged(g, c))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the 173 of {@code v} is a verdict: "convicted", "found guilty". */
    static boolean convicted(SentenceGraph g, int v, String code) {
        if (!DETAINED.equals(code)) return false;
        if (g.lemmas[v].toLowerCase(Locale.ROOT).equals("convict")) return true;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (g.forms[c].equalsIgnoreCase("guilty") && !g.hasChildWord(c, "advmod", "not")) return true;
        }
        return false;
    }

    private static boolean qualifiedAsCharged(SentenceGraph g, int noun) {
        for (int k = 0; k < g.childCount(noun); k++) {
            int c = g.child(noun, k);
            if (CHARGED.contains(g.lemmas[c].toLowerCase(Locale.ROOT)) || CHARGED.contains(g.forms[c].toLowerCase(
                    Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The detentions among {@code events} (a view of the coder's output) as the accusations they also are. */
    static void accuse(List<Event> events) {
        retype(events, "ACCUSE", "allege");
    }

    /** The detentions among {@code events} as the convictions they are. */
    static void convict(List<Event> events) {
        retype(events, "SANCTION", "convict");
    }

    private static void retype(List<Event> events, String type, String mode) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!DETAINED.equals(e.cameo())) continue;
            events.set(i, new Event(e.id(), type, mode, e.context(), e.cameo(), e.goldstein(), e.quadClass(),
                    e.source(), e.target(), e.reciprocal(), e.modality(), e.negated(), e.date(), e.dateBasis(),
                    e.sentence(), e.trigger(), e.quote(), e.dateSpan()));
        }
    }
}
