package org.newsgraph.events;

/**
 * The event-coding dictionaries, loaded once per JVM on first use and shared read-only by every thread: the CAMEO
 * codebook with PLOVER mapping, the verb dictionary, the PICO ontology for composing codes, and the actor dictionaries behind an {@link ActorResolver}.
 */
public final class EventDictionaries {

    private final CameoCodebook codebook;
    private final VerbDictionary verbs;
    private final ActorResolver actors;
    private final CodeComposer composer;

    private EventDictionaries() {
        codebook = CameoCodebook.load();
        verbs = VerbDictionary.load();
        actors = new ActorResolver(ActorDictionary.load());
        composer = CodeComposer.load();
    }

    /** Lazy-holder idiom: the JVM's class initialisation gives one thread-safe load without locking on reads. */
    private static final class Holder {
        static final EventDictionaries INSTANCE = new EventDictionaries();
    }

    public static EventDictionaries shared() {
        return Holder.INSTANCE;
    }

    public CameoCodebook codebook() {
        return codebook;
    }

    VerbDictionary verbs() {
        return verbs;
    }

    CodeComposer composer() {
        return composer;
    }

    public ActorResolver actors() {
        return actors;
    }
}
