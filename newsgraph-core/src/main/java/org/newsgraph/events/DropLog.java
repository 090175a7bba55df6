package org.newsgraph.events;

/**
 * Why a text gave no event: each verb the coder looks at reports how far it got (no usable verb in the parse, no
 * dictionary entry, no pattern, or coded and then dropped by a named check), and the text's reason is that of the
 * verb nearest the root of its parse - the one whose event would have been the text's main event - and among verbs
 * as near, the furthest any got. A verb of saying that leaves its event to the clause it reports ("announced it will
 * return weapons", "..., the Kremlin said") counts only when no other verb was looked at. Collected only when asked for ({@link EventCoder#code(EventCoder.Document, DropLog)}),
 * so plain coding pays nothing for it.
 */
public final class DropLog {

    /** How far a verb got, in the coder's order; a later reason is nearer to an event. */
    public enum Reason {
        NO_VERB("parse gave no usable verb"),
        NOT_IN_DICTIONARY("no verb in any dictionary"),
        NO_PATTERN("verb found, no pattern or default code applies"),
        VETOED("verb found, a no-event [---] pattern matched"),
        REPORTS_CLAUSE("dropped: verb of saying or announcing over another clause"),
        OTHER_CAUSE("dropped: death put down to illness, accident or animal"),
        INFINITIVE_DEFAULT("dropped: default code of a verb qualifying an infinitive"),
        DISMISSAL("dropped: dismissal from office"),
        PROJECTION("dropped: a vote's winner projected"),
        OWN_PROPERTY("dropped: damage to the doer's own property"),
        ONLY_HAPPENS("dropped: happening of a subject that names no event"),
        MENTAL("dropped: mental state, not an act"),
        AIM("dropped: an aim or intent spelled out, not an act"),
        NOT_A_REPORT("dropped: a question or an interview turn"),
        REPORTED_STATEMENT("dropped: default code of a verb of saying"),
        CLAIM_NOT_ASSERTED("dropped: responsibility claim not asserted"),
        NO_SUBJECT("dropped: no source actor (no subject)"),
        SUBJECT_NOT_ACTOR("dropped: no source actor (subject is no actor)"),
        NOUN_NO_PARTIES("dropped: event noun names no party"),
        NO_STATE_DEAL("dropped: a deal left that is no state's"),
        OCCUPATION("dropped: act implausible for the source's occupation"),
        CONTEST("dropped: a contest won"),
        BREACH("dropped: a rule, record or limit broken, no violence"),
        RULING("dropped: a ruling, nothing governed"),
        REGRET("dropped: a regret, no apology to anyone"),
        UNDERGONE("dropped: threat or fight undergone by the subject"),
        NO_TARGET("dropped: no target where the act needs one"),
        NO_ACTOR_AT_ALL("dropped: neither source nor target"),
        STATEMENT_ONLY("dropped: CAMEO 01 statement, no PLOVER type"),
        CODED("coded");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private Reason reason;
    private int depth = Integer.MAX_VALUE;

    /** Records that a verb {@code depth} arcs below its sentence's root got as far as {@code r}. */
    void reached(Reason r, int depth) {
        if (r == Reason.REPORTS_CLAUSE || r == Reason.REPORTED_STATEMENT) depth = Integer.MAX_VALUE - 1;
        if (reason == null || depth < this.depth || depth == this.depth && r.ordinal() > reason.ordinal()) {
            reason = r;
            this.depth = depth;
        }
    }

    /** The reason of the verb nearest the root; {@link Reason#NO_VERB} when the coder looked at none. */
    public Reason reason() {
        return reason == null ? Reason.NO_VERB : reason;
    }
}
