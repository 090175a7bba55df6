package org.newsgraph.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The actor dictionaries, loaded together: named actors (countries with their names, adjectives and capitals; persons
 * with dated roles; international and non-state organisations) and generic agent nouns with their sectors.
 */
final class ActorDictionary {

    final PhraseIndex<List<DatedCode>> names = new PhraseIndex<>();
    final PhraseIndex<String> agents = new PhraseIndex<>();
    /** Kinds of bodies ("bureau", "agency", "party"): a sector only when no agent noun of the phrase gives one. */
    final PhraseIndex<String> kinds = new PhraseIndex<>();
    final Set<String> roles = new HashSet<>();

    static ActorDictionary load() {
        ActorDictionary d = new ActorDictionary();
        List<String> types = DictionaryResources.lines("cameo_actor_type_codes.tsv");
        for (String line : types.subList(1, types.size())) {
            String[] f = line.split("\t");
            if (f.length >= 3 && !f[2].startsWith("organization")) d.roles.add(f[0]);
        }
        // capitals first: their government code must come before the bare country code Phoenix gives them; then the
        // country and organisation names Phoenix lacks, before its shorter entries ("Northern Ireland": IRELAND_)
        for (String file : List.of("capitals.supplement.txt", "countries.supplement.txt",
                "organizations.supplement.txt", "Phoenix.Countries.actors.txt.gz",
                "Phoenix.International.actors.txt.gz", "Phoenix.MilNonState.actors.txt.gz", "leaders.supplement.txt")) {
            TabariActorParser.parseInto(DictionaryResources.lines(file), d.names);
        }
        AgentDictionary.parseInto(DictionaryResources.lines("Phoenix.agents.txt.gz"), d.agents);
        AgentDictionary.parseInto(DictionaryResources.lines("agents.supplement.txt"), d.agents);
        AgentDictionary.parseInto(DictionaryResources.lines("kinds.supplement.txt"), d.kinds);
        return d;
    }
}
