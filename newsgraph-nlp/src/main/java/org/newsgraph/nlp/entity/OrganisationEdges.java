package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.ModelLists;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words at the edges of organisation names that the tagger leaves out or takes in. Left out: a nationality
 * adjective the tagger left untagged in front ("the Spanish Air Force", "German Federal Police": the name as the
 * organisation writes it), the number of a military unit ("the 65 Air Division", "3rd Infantry Division") and the
 * frequency before a station's call sign ("882 6PR"). Taken in: a member's title after a party ("a Labour MP",
 * "Liberal MPP"), which names a person, not the party; a name ending in such a title takes no nationality either ("a
 * Scottish MSP"). Not an organisation at all: the portfolio in an office's title, right after "Secretary of" or
 * "Minister for" ("Secretary of State Jane Roe", "the Minister of Finance"), one or two of the words portfolios are
 * named with; with an article it names one ("Secretary of the Navy"), and a place stays a place ("Prime Minister of
 * Canada").
 */
final class OrganisationEdges {
    /** CoreNLP's list of places and their adjectival forms (Wikipedia's list, edited by the Stanford NLP group). */
    private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static final Set<String> NATIONALITIES = nationalities();
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Set<String> UNITS = Set.of("Division", "Wing", "Corps", "Brigade", "Regiment",
            "Battalion", "Squadron", "Fleet", "Army");
    /** An Australian or New Zealand call sign: the state's or region's digit, then letters ("6PR", "3AW", "2GB"). */
    private static final Pattern CALL_SIGN = Pattern.compile("\\d[A-Z]{2,3}");
    private static final Pattern KILOHERTZ = Pattern.compile("\\d{3,4}");
    private static final Pattern MEGAHERTZ = Pattern.compile("\\d{2,3}\\.\\d");
    private static final Pattern MEMBER_TITLE = Pattern.compile("(MP|MPP|MEP|MLA|MSP)s?");
    /** Offices held by one person: "the Foreign Ministers of NATO" are members of an organisation, not a title. */
    private static final Set<String> OFFICES = Set.of("Secretary", "Minister", "Undersecretary");
    /**
     * The words government portfolios are named with. The office alone does not make a portfolio: the "General
     * Secretary of Unite" leads a trade union, which stays an organisation.
     */
    private static final Set<String> PORTFOLIO_WORDS = Set.of("State", "Defense", "Defence", "Finance", "Health",
            "Education", "Energy", "Transport", "Transportation", "Justice", "Agriculture", "Labor", "Labour",
            "Commerce", "Treasury", "Interior", "Foreign", "Home", "Affairs", "Homeland", "Security", "Veterans",
            "Housing", "Trade", "Industry", "Environment", "Culture", "Economy", "War", "Science", "Technology",
            "Tourism", "Sport", "Sports", "Immigration", "Fisheries", "Development", "Information",
            "Communications", "Employment", "Welfare", "Women", "Equality", "Infrastructure", "Planning");

    private OrganisationEdges() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        boolean[] tagged = MentionSpans.covered(tokens.size(), mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int first = m.firstToken(), end = m.endToken();
            if (m.type() != EntityType.ORGANIZATION) {
                out.add(m);
                continue;
            }
            if (end - first <= 2 && portfolio(tokens, first, end)) continue;
            if (MEMBER_TITLE.matcher(tokens.get(end - 1).word()).matches()) {
                out.add(MentionSpans.withBounds(doc, m, first, end - first > 1 ? end - 1 : end));
                continue;
            }
            int sentenceStart = MentionSpans.sentenceStart(doc, first);
            while (first > sentenceStart && !tagged[first - 1] && isNationality(tokens.get(first - 1))) first--;
            if (first > sentenceStart && !tagged[first - 1] && UNITS.contains(tokens.get(end - 1).word())
                    && unitNumber(tokens, first - 1, sentenceStart, end)) first--;
            if (end - first == 1 && !tagged[Math.max(first - 1, 0)] && frequencyBefore(doc, first)) first--;
            out.add(MentionSpans.withBounds(doc, m, first, end));
        }
        return out;
    }

    /** Whether the mention is a portfolio's words right after an office and "of"/"for". */
    private static boolean portfolio(List<Token> tokens, int first, int end) {
        if (first < 2) return false;
        String of = tokens.get(first - 1).word();
        if (!(of.equals("of") || of.equals("for")) || !OFFICES.contains(tokens.get(first - 2).word())) return false;
        for (int t = first; t < end; t++) if (!PORTFOLIO_WORDS.contains(tokens.get(t).word())) return false;
        return true;
    }

    /** A proper noun that is a people's adjective or plural in CoreNLP's demonym list ("Spanish", "African"). */
    static boolean isNationality(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP") && NATIONALITIES.contains(t.word());
    }

    /**
     * An ordinal ("3rd Army") is a unit's number; a bare number only where it cannot count or date anything: first
     * in the sentence or right after "the" ("the 65 Air Division", not "3 Army officers" or "May 3 Army engineers"),
     * or where nothing the number could count follows the singular unit ("Redesignated 65 Air Division on 17 April",
     * "assigned to 4 Air Defense Wing ."): a count of units writes the unit plural, or modifies a noun after it.
     */
    private static boolean unitNumber(List<Token> tokens, int t, int sentenceStart, int unitEnd) {
        String w = tokens.get(t).word();
        boolean afterMonth = t > sentenceStart && EntityResolver.isMonth(tokens.get(t - 1).word());
        if (ORDINAL.matcher(w).matches()) return !afterMonth;
        if (!NUMBER.matcher(w).matches()) return false;
        return t == sentenceStart || tokens.get(t - 1).word().equalsIgnoreCase("the")
                || !afterMonth && !modifiesNext(tokens, unitEnd);
    }

    /** Whether a call sign at {@code t} has its frequency right before it, in its sentence. */
    static boolean frequencyBefore(NlpDocument doc, int t) {
        return t > MentionSpans.sentenceStart(doc, t) && CALL_SIGN.matcher(doc.tokens().get(t).word()).matches()
                && frequency(doc.tokens().get(t - 1).word());
    }

    /**
     * A broadcast frequency, which stations put before their call sign as part of their name ("882 6PR", "1116 SEN"):
     * kilohertz of the medium-wave band or megahertz of the FM band. A year is above the band, and no count of
     * things precedes a call sign.
     */
    private static boolean frequency(String w) {
        if (KILOHERTZ.matcher(w).matches()) {
            int khz = Integer.parseInt(w);
            return khz >= 520 && khz <= 1710;
        }
        if (!MEGAHERTZ.matcher(w).matches()) return false;
        double mhz = Double.parseDouble(w);
        return mhz >= 87.5 && mhz <= 108.0;
    }

    /** Whether the word after a name is one the name can modify or own: a noun, an adjective, a number, a "'s". */
    private static boolean modifiesNext(List<Token> tokens, int next) {
        if (next >= tokens.size()) return false;
        String pos = tokens.get(next).pos() == null ? "" : tokens.get(next).pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("POS");
    }

    /** The single-word forms in CoreNLP's demonym list (adjectives and plurals; the first column names the place). */
    private static Set<String> nationalities() {
        Set<String> out = new HashSet<>();
        for (String line : ModelLists.lines(DEMONYMS)) {
            if (line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            for (int c = 1; c < cols.length; c++) {
                String w = cols[c].strip();
                if (!w.isEmpty() && !w.contains(" ")) out.add(w);
            }
        }
        return Set.copyOf(out);
    }
}
