package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.PeopleNouns;
import org.newsgraph.pipeline.Token;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name the tagger read as an organisation that ends in the noun of a natural feature, a water, a way or a structure
 * ("the Ayalon Cave", "Lincoln Reservoir", "Nagle Place", "the Victoria Skating Rink", "Westminster Abbey", "Kilbride
 * Castle", "the Huon Highway"), or opens with the noun a camp, a fort or a mountain is named by ("Camp Howe", "Fort
 * Ward"), is that place: the tagger reads unknown names of several capitalised words as bodies, and institutions own
 * and run such places, but a body is not named by what it is not. WikiGold, CoNLL and MEANTIME all mark them as
 * places. A river's, a loch's or a château's noun opening a name decides after "the" only ("the River Leven", "the
 * Chateau de Varenne"), since clubs and shops are named so ("River Plate beat Boca Juniors"), and not where the name
 * ends in an institution's head word ("the River Thames Trust"). Nouns that also end the names of businesses, bands
 * and bodies in news ("Park", "Beach", "Front", "Field", "Tower", "Garden", "Station") decide nothing here. A house,
 * manor or palace decides after "the" only, which company and office names go without ("Random House", "Chatham
 * House", "Crystal Palace"; "the Excursion House" is a building), and not where the article makes it act: one that
 * signals, says or releases ("the White House signaled on Tuesday") stands for the office housed there, in every
 * mention of the article ("a spokesperson for the White House"). So does one that is not the head of its phrase
 * ("the White House press secretary", "the Random House editor", "the Crystal Palace side") or that a report is sourced to or addressed to ("according to the White House", "a statement from the
 * White House", "a spokesman for the White House", "told the White House"): a building is where things happen, not
 * whose staff or statements they are. A river's or a loch's name that ends in a body's head word is the body's
 * ("the Loch Ness Centre"), like one ending in an institution's. A description in the article ("X is a band") still
 * types the name ({@link ClassNouns}).
 */
final class FeatureNames {
    private static final Set<String> LAST = Set.of("Cave", "Caves", "Cavern", "Reservoir", "Lake", "River", "Creek",
            "Brook", "Mountain", "Mountains", "Hill", "Hills", "Valley", "Canyon", "Gorge", "Falls", "Glacier",
            "Forest", "Woods", "Pond", "Marsh", "Swamp", "Springs", "Peninsula", "Plateau", "Desert", "Island",
            "Islands", "Bay", "Gulf", "Strait", "Lagoon", "Street", "Road", "Avenue", "Boulevard", "Lane", "Place",
            "Square", "Bridge", "Rink", "Courthouse", "Castle", "Abbey", "Priory", "Cathedral", "Minster", "Highway",
            "Motorway", "Freeway", "Canal", "Estuary", "Viaduct", "Aqueduct");
    private static final Set<String> FIRST = Set.of("Camp", "Fort", "Mount");
    /** Nouns that open a place's name, and a club's or a shop's without "the". */
    private static final Set<String> FIRST_AFTER_ARTICLE = Set.of("River", "Loch", "Château", "Chateau");
    /** Kinds of building whose noun also ends bodies' names, read as places after "the" only. */
    private static final Set<String> BUILDINGS = Set.of("House", "Manor", "Palace");
    /** Heads of bodies' names beyond the institutions' ({@link OrganisationNames}) that no water is named with. */
    private static final Set<String> BODY_HEADS = Set.of("Centre", "Center", "Partnership", "Alliance",
            "Conservancy", "Project", "Festival");
    /** Parts and grounds of a building, and what befalls one, that follow its name as a modifier. */
    private static final Set<String> BUILDING_PARTS = Set.of("gate", "gates", "lawn", "lawns", "grounds", "garden",
            "gardens", "roof", "walls", "steps", "balcony", "ballroom", "kitchen", "fence", "driveway", "fire",
            "blaze");
    /** Nouns of what is said: "a statement from the White House" is the office's. */
    private static final Set<String> STATEMENTS = Set.of("statement", "statements", "comment", "comments",
            "response", "announcement", "word");
    /** Verbs of saying whose subject or addressee is a speaker ("said the White House", "told the White House"). */
    private static final Set<String> SAYING = Set.of("say", "tell", "warn", "urge", "ask", "inform");
    /** A building's verbs: it is, was or has something, and acts in none of them. */
    private static final Set<String> BE_HAVE = Set.of("be", "is", "are", "was", "were", "have", "has", "had");

    private FeatureNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Set<String> acting = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && (actsAfter(tokens, m.endToken())
                    || modifies(doc, m.endToken()) || sourceBefore(tokens, m.firstToken()))) acting.add(m.text());
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean place = m.type() == EntityType.ORGANIZATION && m.endToken() - m.firstToken() >= 2
                    && (LAST.contains(tokens.get(m.endToken() - 1).word())
                    || m.endToken() - m.firstToken() == 2 && FIRST.contains(tokens.get(m.firstToken()).word())
                    || PlaceHeads.afterArticle(tokens, m.firstToken()) && afterArticle(m, tokens, acting));
            out.add(place ? MentionSpans.of(doc, m.firstToken(), m.endToken(), EntityType.LOCATION) : m);
        }
        return out;
    }

    /** Whether the name, written after "the", opens with a river's or a loch's noun or is a building's. */
    private static boolean afterArticle(Mention m, List<Token> tokens, Set<String> acting) {
        String last = tokens.get(m.endToken() - 1).word();
        if (FIRST_AFTER_ARTICLE.contains(tokens.get(m.firstToken()).word())) {
            return !OrganisationNames.isHeadWord(last) && !BODY_HEADS.contains(last);
        }
        return BUILDINGS.contains(last) && !acting.contains(m.text());
    }

    /**
     * Whether the name before token {@code t} is no head of its phrase: a noun or a name's word follows ("the White
     * House press office"), other than a part of the building or a fire in it ("the Blenheim Palace gates", "the
     * Crystal Palace fire"), which a body has not. A possessive decides nothing: "the White House's plan" is the office's, "the White
     * House's South Lawn" the building's.
     */
    private static boolean modifies(NlpDocument doc, int t) {
        List<Token> tokens = doc.tokens();
        if (t >= tokens.size() || doc.sentenceOf(t) != doc.sentenceOf(t - 1)) return false;
        Token next = tokens.get(t);
        String pos = next.pos() == null ? "" : next.pos();
        return pos.startsWith("NN") && !dayOrMonth(next.word())
                && !BUILDING_PARTS.contains(next.word().toLowerCase(Locale.ROOT));
    }

    /** A day's or a month's name, which follows a name in a date ("at the White House Tuesday"). */
    private static boolean dayOrMonth(String word) {
        return Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                .equals(word)) || Arrays.stream(Month.values())
                .anyMatch(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(word));
    }

    /**
     * Whether the name at token {@code t}, after "the", is a report's source or addressee: after "according to", a
     * noun of what is said and "from", a noun for people and "for" ("a spokesman for"), or a verb of saying.
     */
    private static boolean sourceBefore(List<Token> tokens, int t) {
        int b = t - 1;
        while (b >= 0 && tokens.get(b).pos() != null && tokens.get(b).pos().startsWith("JJ")) b--;
        if (b < 1 || !tokens.get(b).word().equalsIgnoreCase("the")) return false;
        Token before = tokens.get(b - 1);
        String w = before.word().toLowerCase(Locale.ROOT);
        String lemma = before.lemma() == null ? w : before.lemma().toLowerCase(Locale.ROOT);
        if (SAYING.contains(lemma) && before.pos() != null && before.pos().startsWith("VB")) return true;
        if (b < 2) return false;
        String prev = tokens.get(b - 2).word().toLowerCase(Locale.ROOT);
        return w.equals("to") && prev.equals("according")
                || w.equals("from") && STATEMENTS.contains(prev)
                || w.equals("for") && PeopleNouns.contains(tokens.get(b - 2));
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
}
