package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tagger reads the name of a building or a feature of the land as an organisation's ("Westminster Abbey",
 * "River Leven", "Kilbride Castle", "the Huon Highway"): institutions own and run such places, so their names stand
 * beside bodies' names in news. WikiGold, CoNLL and MEANTIME all mark them as places. The kind of structure decides
 * where it ends a name that no body takes as its own (River, Castle, Abbey, Highway ...). Where it opens one (River,
 * Loch, Château) it decides after "the" only, since clubs and shops are named so ("River Plate beat Boca Juniors",
 * "River Island"), and not where the name ends in an institution's head word ("the River Thames Trust"). A house,
 * manor or palace also names companies and offices ("Random House", "Chatham House", "Crystal Palace"), so it too
 * decides only after "the", which those names go without ("the Excursion House", "the Alfred Phillips House"), and
 * not where the
 * article makes the building act: one that signals, says or releases ("the White House signaled on Tuesday") stands
 * for the office housed there, in every mention of the article ("a spokesperson for the White House").
 */
final class StructureNames {
    /** Kinds of structure or land whose noun ends a place's name and no body's. */
    private static final Set<String> LAST = Set.of("River", "Castle", "Abbey", "Priory", "Cathedral", "Minster",
            "Highway", "Motorway", "Freeway", "Canal", "Estuary", "Viaduct", "Aqueduct", "Bridge", "Valley",
            "Glacier", "Creek");
    /** Kinds whose noun opens a place's name ("River Leven", "Loch Ness", "Château de Varenne"). */
    private static final Set<String> FIRST = Set.of("River", "Loch", "Château", "Chateau");
    /** Kinds of building whose noun also ends bodies' names, read as places after "the" only. */
    private static final Set<String> BUILDINGS = Set.of("House", "Manor", "Palace");

    /** A building's verbs: it is, was or has something, and acts in none of them. */
    private static final Set<String> BE_HAVE = Set.of("be", "is", "are", "was", "were", "have", "has", "had");

    private StructureNames() {
    }

    /** The mentions with the tagger's organisations named for a structure made places. */
    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        Set<String> acting = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && actsAfter(doc.tokens(), m.endToken())) acting.add(m.text());
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean place = m.type() == EntityType.ORGANIZATION
                    && isStructure(doc.tokens(), m.firstToken(), m.endToken())
                    && !(BUILDINGS.contains(doc.tokens().get(m.endToken() - 1).word()) && acting.contains(m.text()));
            out.add(place ? MentionSpans.of(doc, m.firstToken(), m.endToken(), EntityType.LOCATION) : m);
        }
        return out;
    }

    /**
     * Whether the name before token {@code t} is the subject of a verb of doing ("signaled", "says", "released"); a
     * building is and has ("The Phillips House is one of ...", "has been listed"), so "be" and "have" do not count.
     */
    private static boolean actsAfter(List<Token> tokens, int t) {
        if (t >= tokens.size() || tokens.get(t).pos() == null) return false;
        Token v = tokens.get(t);
        return Set.of("VBD", "VBZ", "VBP", "MD").contains(v.pos())
                && !BE_HAVE.contains(v.word().toLowerCase(Locale.ROOT))
                && (v.lemma() == null || !BE_HAVE.contains(v.lemma()));
    }

    /** Whether tokens [first, end), a name of two words or more, name a structure or a feature of the land. */
    static boolean isStructure(List<Token> tokens, int first, int end) {
        if (end - first < 2) return false;
        String last = tokens.get(end - 1).word();
        if (LAST.contains(last)) return true;
        if (!PlaceHeads.afterArticle(tokens, first)) return false;
        return FIRST.contains(tokens.get(first).word()) ? !OrganisationNames.isHeadWord(last)
                : BUILDINGS.contains(last);
    }
}
