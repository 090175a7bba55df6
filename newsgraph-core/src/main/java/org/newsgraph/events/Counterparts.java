package org.newsgraph.events;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.newsgraph.model.EventActor;

/**
 * Acts that are done with or for somebody: meeting (CAMEO 04), material cooperation (06) and aid (07). Coded by
 * a verb's default alone, without anybody to meet, cooperate with or help, the verb is used in another sense: "the
 * president faces mounting troubles", "prices went up", "Berkshire Hathaway helped the indexes gain", "territory
 * controlled by the SDF", "managed to stick my heels into the boat". The dictionary files such verbs under these
 * codes by one sense (FACE: meet, HELP: aid, CONTROL and MANAGE: cooperate); the counterpart is what shows that
 * sense. A pattern of the dictionary matching says the sense itself, and so do coordinated doers, who act with
 * one another ("X and Y cooperated"), and so does what is given, when it is aid or money ("donated 40 million
 * kroner to the relief effort", "airlifted supplies to the region"): news often names no recipient of aid, or
 * names a place or a cause, which is no actor.
 */
final class Counterparts {

    private Counterparts() {
    }

    /** CAMEO 04, 06, 07. */
    static boolean needed(String code) {
        return code != null && (code.startsWith("04") || code.startsWith("06") || code.startsWith("07"));
    }

    /**
     * Whether such an act coded by its default has nobody it is done with: no coordinated doers, and either no
     * target and no aid or money given ({@code aidGiven}), or only a thing of an actor as its object
     * ({@code thingObject}: "must consider the rival's weaknesses", "gave his award to"); each is asked only when
     * it could matter.
     */
    static boolean missing(VerbMatcher.Coded coded, List<EventActor> sources, List<EventActor> targets,
                           BooleanSupplier thingObject, BooleanSupplier aidGiven) {
        return coded.byDefault() && needed(coded.code()) && sources.size() < 2
                && (targets.isEmpty() ? !aidGiven.getAsBoolean() : thingObject.getAsBoolean());
    }
}
