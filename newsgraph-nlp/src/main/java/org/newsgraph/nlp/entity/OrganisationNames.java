package org.newsgraph.nlp.entity;

import org.newsgraph.events.CountryPlaces;
import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Organisation names the news-trained taggers cut up or miss: a run of proper nouns ending in an institutional or
 * corporate head word ("Sheffield Hallam University", "Acme Widgets Ltd"), optionally followed by "of" and more
 * proper nouns ("Ministry of Defence", "University of Ghent"; not into an organisation the tagger found on its own
 * there: "the Swiss Super League for FC Basel" are two bodies), and an acronym the text defines for one in brackets
 * ("Mortgage Bankers Association (MBA)"). Where the tagger found the same span with another type, or a longer
 * name reaching past it, its reading is kept: it saw the whole name ("West Bank" stays a place). But not a
 * miscellaneous name, which the tagger makes of a body led by a people's adjective ("the Swiss Super League", "the
 * English Federation"): an event or product is rarely named by an institution's head word. A work is ("starred
 * in Dead Poets Society", "the film Police Academy"), so the tagger's miscellaneous name keeps its type where the
 * sentence says a work is named ({@link WorkCues}). Nor a place
 * that ends in a head word no place is named with ("the United States Air Force"), or whose words before the head
 * are led by a people's adjective ("the African Union", "the European Parliament"): a place is not named by its
 * people's adjective and an institution's head word, the body of those people is, unless the lists name a place so
 * ("Soviet Union", "Czech Republic").
 */
final class OrganisationNames {

    /** Head words that end an organisation's name; compared with a trailing full stop removed. */
    private static final Set<String> HEADS = Set.of("University", "College", "Institute", "Academy", "School",
            "Party", "Council", "Committee", "Commission", "Association", "Society", "Federation", "Union",
            "League", "Club", "FC", "Records", "Inc", "Ltd", "Limited", "Corp", "Corporation", "Company", "Co",
            "LLC", "PLC", "plc", "AG", "GmbH", "Group", "Bank", "Ministry", "Department", "Agency", "Authority",
            "Foundation", "Trust", "Church", "Army", "Navy", "Airlines", "Airways", "Motors", "Industries",
            "Studios", "Orchestra", "Bureau", "Board", "Parliament", "Assembly", "Fund", "Reserve", "Holdings",
            "Organisation", "Organization", "Service", "Services", "Systems", "Technologies", "Laboratories",
            "Labs", "Entertainment", "Pictures", "Network", "Broadcasting", "Police", "Court", "Senate", "Force",
            "Forces");
    /**
     * Head words that also end the names of places: a river's bank, a court or a church as a building, a school's
     * or college's grounds, a carmaker's assembly plant, a union of lands ("West Bank", "Hampton Court", "Norfolk
     * Assembly", "Soviet Union").
     */
    private static final Set<String> PLACE_HEADS = Set.of("Bank", "Court", "Church", "School", "College", "Assembly",
            "Union");
    /** Words that join the head to the rest of the name after it. */
    private static final Set<String> OF = Set.of("of", "for");

    private OrganisationNames() {
    }

    /** The tagger's mentions with the organisation names found here put in place of what they overlap. */
    static List<Mention> apply(NlpDocument doc) {
        List<Token> tokens = doc.tokens();
        List<int[]> found = new ArrayList<>();
        List<Mention> out = new ArrayList<>(doc.mentions());
        for (int i = 0; i < tokens.size(); i++) {
            // The last of several heads ends the name: "General Motors Corporation", "Aer Lingus Group PLC".
            if (!isHead(tokens.get(i)) || (i + 1 < tokens.size() && isHead(tokens.get(i + 1))
                    && MentionSpans.sameSentence(doc, i, i + 1))) continue;
            int first = i;
            while (first > 0 && MentionSpans.sameSentence(doc, first - 1, i) && nameWord(doc, first - 1)) first--;
            int end = i + 1;
            int after = end + 1;
            // "Army of the Potomac", "Ministry of the Interior": the article before a name after "of" is the name's
            if (after + 1 < tokens.size() && tokens.get(after).word().equals("the")) after++;
            if (after < tokens.size() && OF.contains(tokens.get(end).word()) && properNoun(tokens.get(after))
                    && MentionSpans.sameSentence(doc, after, i) && !organisationAt(doc, after)
                    && !mentionAt(doc, after, EntityType.PERSON)) {
                end = after + 1;
                // the office's holder the tagger found after it is no part of the name ("Secretary of the Air
                // Force for Acquisition Ann Lee")
                while (end < tokens.size() && MentionSpans.sameSentence(doc, end, i) && properNoun(tokens.get(end))
                        && !mentionAt(doc, end, EntityType.PERSON)) end++;
            }
            // "The Force", "The League": an article and a head word name no body of their own (a title's words)
            if (end - first < 2 || end - first == 2 && tokens.get(first).word().equals("The")) continue;
            if (end > i + 1 && first == i) cutAtHead(doc, out, first);
            found.add(new int[]{first, end, i});
            i = end - 1;
        }
        for (int[] f : found) addName(doc, out, f[0], f[1], f[2]);
        addDefinedAcronyms(doc, out);
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    /**
     * Whether the tagger found an organisation of its own starting at {@code t}: after "of" or "for" that is another
     * body ("plays in the Swiss Super League for FC Basel"), where a place or an untagged word continues the name
     * ("University of Ghent", "Institute for Fiscal Studies").
     */
    private static boolean organisationAt(NlpDocument doc, int t) {
        return mentionAt(doc, t, EntityType.ORGANIZATION);
    }

    /** Whether the tagger found a mention of {@code type} starting at token {@code t}. */
    private static boolean mentionAt(NlpDocument doc, int t, EntityType type) {
        for (Mention m : doc.mentions()) {
            if (m.firstToken() == t && m.type() == type) return true;
        }
        return false;
    }

    /**
     * The tagger's mention that runs over "of" into the head word opening a name of its own ("the IV Corps of the
     * Army of the Potomac" read as "IV Corps of the Army" and "Potomac") ends before that "of": the head word's name
     * goes on past it, so the tagger stopped inside a name, not at the end of one.
     */
    private static void cutAtHead(NlpDocument doc, List<Mention> mentions, int head) {
        List<Token> tokens = doc.tokens();
        int of = head - 1;
        if (of > 0 && tokens.get(of).word().equals("the")) of--;
        if (of <= 0 || !OF.contains(tokens.get(of).word())) return;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.endToken() == head + 1 && m.firstToken() < of) {
                mentions.set(k, MentionSpans.of(doc, m.firstToken(), of, m.type()));
            }
        }
    }

    /** Adds the name unless the tagger found it, or a longer name reaching past it: the tagger saw more. */
    private static void addName(NlpDocument doc, List<Mention> mentions, int first, int end, int head) {
        for (Mention m : mentions) {
            boolean overlaps = m.firstToken() < end && m.endToken() > first;
            if (overlaps && (m.firstToken() < first || m.endToken() > end)) return;
            if (m.firstToken() == first && m.endToken() == end && m.type() != EntityType.MISC
                    && !bodyReadAsPlace(doc, m, head)) return;
            if (overlaps && m.type() == EntityType.MISC && WorkCues.before(doc, first, Set.of())) return;
        }
        mentions.removeIf(m -> m.firstToken() < end && m.endToken() > first);
        mentions.add(mention(doc, first, end));
    }

    /**
     * Whether the tagger's place is an organisation: it ends in a head word no place is named with ("United States
     * Air Force", "International Badminton Federation"), or a word before its head is a people's adjective ("African
     * Union", "West African Monetary Union"); and the name is no country or listed place.
     */
    private static boolean bodyReadAsPlace(NlpDocument doc, Mention m, int head) {
        if (m.type() != EntityType.LOCATION || CountryNames.isCountry(m.text()) || CountryPlaces.contains(m.text())) {
            return false;
        }
        String word = doc.tokens().get(head).word();
        if (!PLACE_HEADS.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word)) return true;
        for (int t = m.firstToken(); t < m.endToken() - 1; t++) {
            if (OrganisationEdges.isNationality(doc.tokens().get(t))) return true;
        }
        return false;
    }

    /** "(MBA)" right after an organisation whose initials it spells is that organisation too. */
    private static void addDefinedAcronyms(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> more = new ArrayList<>();
        for (Mention m : mentions) {
            int open = m.endToken();
            if (m.type() != EntityType.ORGANIZATION || open + 2 >= tokens.size()
                    || !tokens.get(open).word().equals("(") || !tokens.get(open + 2).word().equals(")")) continue;
            List<String> words = new ArrayList<>();
            for (int t = m.firstToken(); t < m.endToken(); t++) words.add(tokens.get(t).word());
            if (EntityResolver.isAcronymOf(tokens.get(open + 1).word(), words)) {
                more.add(mention(doc, open + 1, open + 2));
            }
        }
        for (Mention a : more) {
            mentions.removeIf(m -> m.firstToken() < a.endToken() && m.endToken() > a.firstToken());
            mentions.add(a);
        }
    }

    private static Mention mention(NlpDocument doc, int first, int end) {
        return MentionSpans.of(doc, first, end, EntityType.ORGANIZATION);
    }

    private static boolean isHead(Token t) {
        return isHeadWord(t.word()) && properNoun(t);
    }

    static boolean isHeadWord(String word) {
        return HEADS.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }

    /**
     * A word of a name: a proper noun, or any capitalised word inside a sentence (the tagger reads "Copper" in
     * "the Copper Lantern Records label" as a common noun).
     */
    private static boolean nameWord(NlpDocument doc, int t) {
        Token tok = doc.tokens().get(t);
        if (properNoun(tok)) return true;
        return Character.isUpperCase(tok.word().charAt(0)) && tok.word().length() > 1
                && doc.sentences().get(doc.sentenceOf(t)).firstToken() != t;
    }

    /** A proper noun written with a capital (the tagger calls some lower-case words NNP). */
    static boolean properNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
    }
}
