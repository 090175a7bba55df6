package org.newsgraph.events;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.EventActor;

/**
 * Weather, buildings, laws and aims, media platforms and gatherings do nothing a CAMEO coder codes: "the hotel
 * caught fire" is no seizure, "a hurricane left the Bahamas" no visit, "the directive provides protections" no aid,
 * "posted on Twitter" makes no platform an accuser, "the convention returned to Toronto" no meeting. A news
 * website stays a possible doer: as an outlet it publishes, blocks and accuses. The coder was
 * tuned on the CAMEO manual's examples, whose every subject is a political actor, so any noun that the actor
 * dictionaries leave uncoded could act; on ordinary news such subjects made most of the demo's wrong events. An
 * agent named in the phrase stays the doer ("the storm", never "forces of the storm").
 */
final class ThingDoers {

    /** Nature, buildings, documents and aims, media and gatherings: never the doer of a political act. */
    private static final Set<String> THINGS = Set.of(
            "hurricane", "storm", "typhoon", "cyclone", "tornado", "earthquake", "quake", "flood", "flooding",
            "fire", "wildfire", "blaze", "tsunami", "drought", "rain", "rainfall", "snow", "snowstorm", "wind",
            "heatwave", "landslide", "avalanche", "eruption", "volcano", "weather", "virus", "disease", "pandemic",
            "hotel", "building", "tower", "restaurant", "store", "shop", "mall", "stadium", "bridge", "apartment",
            "law", "directive", "regulation", "treaty", "constitution", "bill", "legislation", "act", "emergency",
            "goal", "aim", "objective", "purpose", "intent", "intention",
            "twitter", "facebook", "youtube", "instagram", "tiktok", "video", "tweet", "podcast",
            "convention", "festival", "debate", "speech", "concert", "show", "tournament", "ceremony", "exhibition");
    /**
     * Of those, the ones a capitalised word still means: "Act", "Twitter"; "Bill" or "Storm" may be a person.
     */
    private static final Set<String> PROPER = Set.of("act", "constitution", "directive", "treaty", "twitter",
            "facebook", "youtube", "instagram", "tiktok");
    /** Words a phrase's head may be that leave the doer to their "of" phrase: "one of the hotels", "state of emergency". */
    private static final Set<String> PARTS = Set.of("one", "some", "part", "state", "most", "each", "none", "any",
            "all");
    /** Storms and buildings are named with their kind as a compound: "Hurricane Dorian", "the Hotel Arpit Palace". */
    private static final Set<String> KINDS = Set.of("hurricane", "storm", "typhoon", "cyclone", "tornado", "hotel",
            "tower", "stadium", "mall");

    private ThingDoers() {
    }

    /** Whether the phrase headed by {@code head} names a thing, not an agent. */
    static boolean thing(SentenceGraph g, int head) {
        if (named(g, head)) return true;
        if (!PARTS.contains(lower(g.lemmas[head]))) return false;
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            if (g.baseRel(c).equals("nmod") && named(g, c)) return true;
        }
        return false;
    }

    /**
     * "Dorian left the Bahamas", "Rocky Linux agreed", "Minetest ...": a single name the entity stage could only
     * call MISC (a storm, a product, an event) and no actor dictionary codes is no actor, also when a pronoun
     * stands for it ("as it left the Bahamas"). Plural names stay ("Democrats", "Britons"), as do nationality
     * words, which the dictionaries code.
     */
    static boolean namedThing(boolean misc, EventActor actor) {
        if (!misc || actor.country() != null || actor.sector() != null || actor.organization() != null) return false;
        String text = actor.text().strip();
        return !text.isEmpty() && !text.endsWith("s");
    }

    private static boolean named(SentenceGraph g, int head) {
        String lemma = lower(g.lemmas[head]);
        // "the House" legislates; "the house" is a building
        if (lemma.equals("house")) return g.forms[head].equals("house");
        if (THINGS.contains(lemma) && (!g.pos(head).startsWith("NNP") || PROPER.contains(lemma))) return true;
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            if (g.rel(c).equals("compound") && KINDS.contains(lower(g.lemmas[c]))) return true;
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
