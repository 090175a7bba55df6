package org.newsgraph.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Span;

/**
 * The states an article's resolved entities name, mention by mention ("Burundi's government", "the Lithuanian
 * Parliament", "Kim Jong-un": BDI, LTU, PRK), for the domestic convention's last resort: an actor that neither the
 * event's place nor its counterpart gives a country ("the main rebel group", "the ministry") takes the one state
 * its sentence names, else the state most of the article's mentions name. Entities are resolved once per article,
 * and only when some actor needs it.
 */
final class NamedStates {

    private final List<Entity> entities;
    private final ActorResolver resolver;
    private final LocalDate day;
    private Map<Entity, String> states;

    NamedStates(List<Entity> entities, ActorResolver resolver, LocalDate day) {
        this.entities = entities;
        this.resolver = resolver;
        this.day = day;
    }

    /**
     * The only state named within {@code sentence}; when it names none or several, the state that more than half
     * of the article's state mentions name; else null.
     */
    String dominant(Span sentence) {
        if (states == null) states = resolve();
        String inSentence = null;
        boolean several = false;
        Map<String, Integer> mentions = new HashMap<>();
        int total = 0;
        for (Map.Entry<Entity, String> e : states.entrySet()) {
            for (Span m : e.getKey().mentions()) {
                mentions.merge(e.getValue(), 1, Integer::sum);
                total++;
                if (sentence.start() <= m.start() && m.end() <= sentence.end()) {
                    if (inSentence != null && !inSentence.equals(e.getValue())) several = true;
                    inSentence = e.getValue();
                }
            }
        }
        if (inSentence != null && !several) return inSentence;
        for (Map.Entry<String, Integer> e : mentions.entrySet()) if (2 * e.getValue() > total) return e.getKey();
        return null;
    }

    private Map<Entity, String> resolve() {
        Map<Entity, String> out = new HashMap<>();
        for (Entity e : entities) {
            String country = resolver.resolve(e.name(), day).country();
            if (country != null && !ActorCode.INTERNATIONAL.contains(country)) out.put(e, country);
        }
        return out;
    }
}
