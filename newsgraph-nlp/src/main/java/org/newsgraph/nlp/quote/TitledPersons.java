package org.newsgraph.nlp.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.PeopleNouns;
import org.newsgraph.pipeline.Token;

/**
 * The people an article gives a title before their name ("U.S. President Donald Trump", "North Korean leader Kim
 * Jong Un", "Foreign Minister Ri Yong Ho"), so that "the president said" later in it is the one person it called
 * president, and "Siemens' chief executive" the one it called "Siemens chief executive". A title that goes with two
 * people ("President Moon ... President Trump") names neither.
 */
final class TitledPersons {

    /** How far before a name its title may start: "South Korean Foreign Minister" is three words. */
    private static final int TITLE_WORDS = 4;
    /** Words that make a title another office, or one no longer held: "Vice President", "former Prime Minister". */
    private static final Set<String> SECOND_IN_RANK = Set.of("vice", "deputy", "former", "acting", "assistant",
            "associate", "ex", "interim", "lieutenant", "under");

    private final Map<String, Set<String>> byTitle = new HashMap<>();
    /** The same, by the organisation named in the title and the title: "Siemens chief executive Roland Busch". */
    private final Map<String, Set<String>> byOrganisationTitle = new HashMap<>();
    private final Map<String, Entity> byId = new HashMap<>();

    TitledPersons(Attribution attribution, List<Entity> entities) {
        List<Token> tokens = attribution.doc().tokens();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            byId.put(e.id(), e);
            for (Span m : e.mentions()) {
                List<String> titles = new ArrayList<>();
                String organisation = null;
                int first = attribution.tokenAt(m.start());
                for (int k = first - 1; k >= Math.max(0, first - TITLE_WORDS); k--) {
                    Token t = tokens.get(k);
                    // "Siemens' chief executive Roland Busch": the organisation owns the title
                    if ("POS".equals(t.pos()) && k > 0) organisation = organisationAt(attribution, tokens.get(k - 1));
                    if (t.pos() == null || !t.pos().startsWith("NN") && !t.pos().startsWith("JJ")) break;
                    String word = t.word().toLowerCase(Locale.ROOT);
                    if (SECOND_IN_RANK.contains(word)) {
                        titles.clear(); // "Vice President Mike Pence" is no president
                        break;
                    }
                    String named = organisationAt(attribution, t);
                    if (named != null) organisation = named;
                    else if (PeopleNouns.contains(t)) titles.add(word);
                }
                for (String title : titles) {
                    byTitle.computeIfAbsent(title, w -> new LinkedHashSet<>()).add(e.id());
                    if (organisation != null) {
                        byOrganisationTitle.computeIfAbsent(organisation + " " + title, w -> new LinkedHashSet<>())
                                .add(e.id());
                    }
                }
            }
        }
    }

    private static String organisationAt(Attribution attribution, Token t) {
        Entity e = attribution.entityAt(t);
        return e != null && e.type() == EntityType.ORGANIZATION ? e.id() : null;
    }

    /** The one person the article gave this title of organisation {@code organisationId}, or null. */
    Entity titled(String organisationId, String title) {
        Set<String> ids = byOrganisationTitle.get(organisationId + " " + title.toLowerCase(Locale.ROOT));
        return ids == null || ids.size() != 1 ? null : byId.get(ids.iterator().next());
    }

    /** The one person the article gave this title ("president", any case), or null. */
    Entity titled(String title) {
        Set<String> ids = byTitle.get(title.toLowerCase(Locale.ROOT));
        return ids == null || ids.size() != 1 ? null : byId.get(ids.iterator().next());
    }
}
