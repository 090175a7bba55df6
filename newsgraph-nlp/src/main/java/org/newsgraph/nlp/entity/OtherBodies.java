package org.newsgraph.nlp.entity;

import org.newsgraph.model.LegalForms;
import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Set;

/**
 * An organisation's name that goes on past a shorter organisation's name may name another thing than the short one:
 * the company's foundation or institute ("Ford" beside "the Ford Foundation"), a division ("Amazon Web Services"), a
 * national subsidiary ("Netflix Japan") or a product ("Red Hat Enterprise Linux"). A legal form, a qualifier after
 * "of"/"for" or an industry word ("Ford Motor Company", "House of Representatives") leaves the same body, so only
 * these readings keep the short name apart; whatever else follows is joined as before. Such a reading makes the short
 * name no short form of any longer one: beside "Ford Australia" a "Ford" that could otherwise only be the "Ford Falcon"
 * (a car the tagger read as an organisation) stays apart, as two candidates kept it before.
 */
final class OtherBodies {
    /**
     * Head nouns of a body of its own that a company, person or university founds or funds. Not museums, stadiums, hospitals or
     * studios: those are as often called by the name alone ("the Getty Museum ... Getty officials", "Paramount
     * Pictures ... Paramount").
     */
    private static final Set<String> BODIES = Set.of("foundation", "institute", "trust", "fund", "school",
            "laboratories");
    /** Head nouns of a unit a company runs beside its own name ("Amazon Web Services", "Microsoft Research"). */
    private static final Set<String> UNITS = Set.of("services", "research", "labs");
    /** Nouns of an apposition that makes a name a company's ("Ford, the carmaker,"). */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "carmaker", "automaker", "firm", "group",
            "retailer", "manufacturer", "maker", "conglomerate", "airline", "bank", "insurer", "chain", "parent");
    private static final Set<String> SHARES = Set.of("shares", "stock", "stocks");
    private static final Set<String> QUALIFIERS = Set.of("of", "for", "in", "at", ",");
    private static final Set<String> COUNTS = Set.of("%", "percent", "per", "-", "–", "to");

    private OtherBodies() {
    }

    /**
     * Whether a longer organisation's name (lower-case keys) that begins with the short one at {@code from} (0, or 1
     * past a leading "the") names another body: the words after the short name, without a legal form at the end, end
     * in a body's or unit's head noun before any "of"/"for", or begin with a country's name; or the longer name is a
     * product ({@code product}, see {@link #versioned}). A body's head noun needs {@code separate}: the article's
     * own sign that the short name is an organisation apart ({@link #separate}), since the short name is as often
     * the usual name of that very body ("The Heritage Foundation ... Heritage said", "Wellcome Trust ... Wellcome").
     */
    static boolean another(List<String> shortWords, List<String> longWords, int from, boolean product,
                           boolean separate) {
        int start = from + shortWords.size();
        if (start >= longWords.size() || !longWords.subList(from, start).equals(shortWords)) return false;
        if (product) return true;
        int end = longWords.size();
        while (end > start && LegalForms.is(longWords.get(end - 1))) end--;
        for (int i = start; i < end; i++) {
            if (QUALIFIERS.contains(longWords.get(i))) {
                end = i;
                break;
            }
        }
        if (end == start) return false;
        String head = longWords.get(end - 1);
        // "Acme Services" alone is as often the company's own name as a unit of "Acme"
        return BODIES.contains(head) && separate || UNITS.contains(head) && (end - start > 1 || !head.equals("services"))
                || CountryNames.isCountry(longWords.get(start));
    }

    /**
     * Whether a head noun makes the name a body of its own that a company, person or university founds ("Ford
     * Foundation"), whose short name then needs a sign of being another organisation.
     */
    static boolean body(List<String> longWords) {
        int end = longWords.size();
        while (end > 0 && LegalForms.is(longWords.get(end - 1))) end--;
        return end > 0 && BODIES.contains(longWords.get(end - 1));
    }

    /**
     * Whether the words around one mention of a short name (from {@code first} to {@code end}) make it a company's:
     * a legal form or "shares"/"stock" right after it, "shares of" before it, or an apposition ", the carmaker".
     */
    static boolean companySign(List<Token> tokens, int first, int end) {
        String next = end < tokens.size() ? low(tokens.get(end)) : "";
        if (LegalForms.is(next.replace(".", "")) || SHARES.contains(next)) return true;
        if (first >= 2 && low(tokens.get(first - 1)).equals("of") && SHARES.contains(low(tokens.get(first - 2)))) {
            return true;
        }
        if (next.equals("'s") && end + 1 < tokens.size() && SHARES.contains(low(tokens.get(end + 1)))) return true;
        for (int t = end + 1; next.equals(",") && t < Math.min(tokens.size(), end + 5); t++) {
            String w = low(tokens.get(t));
            if (COMPANY_NOUNS.contains(w)) return true;
            if (w.equals(",") || w.equals(".")) break;
        }
        return false;
    }

    /** Tokens at most between a name and the longer name it acts on ("Red Hat instead released Red Hat Linux"). */
    private static final int ACTS_ON = 3;

    /**
     * Whether the name ending at token {@code shortEnd} acts on the longer name starting at {@code longFirst} in the
     * same clause: a verb stands between them and nothing else but adverbs and particles ("Red Hat instead released
     * Red Hat Enterprise Linux", "Acme launched Acme Cloud"). What a name releases, launches or buys is another
     * thing than the name (session 27, ents27); a verb of saying introduces the longer name as a speaker instead
     * ("Ford said Ford Credit ..." joins as before).
     */
    static boolean actsOn(List<Token> tokens, int shortEnd, int longFirst) {
        int gap = longFirst - shortEnd;
        if (gap < 1 || gap > ACTS_ON) return false;
        boolean verb = false;
        for (int t = shortEnd; t < longFirst; t++) {
            Token tok = tokens.get(t);
            String pos = tok.pos() == null ? "" : tok.pos();
            String lemma = (tok.lemma() != null ? tok.lemma() : tok.word()).toLowerCase(java.util.Locale.ROOT);
            boolean copula = lemma.equals("be") || ClassNouns.COPULAS.contains(lemma);
            if (pos.startsWith("VB") && !SAYING.contains(lemma) && !copula) verb = true;
            else if (!pos.startsWith("RB") && !pos.equals("RP") && !pos.equals("DT")) return false;
        }
        return verb;
    }

    /** Verbs of saying, as lemmas and as written (a tagger without lemmas leaves the word). */
    private static final Set<String> SAYING = Set.of("say", "says", "said", "tell", "tells", "told", "add", "adds",
            "added", "announce", "announces", "announced", "report", "reports", "reported", "state", "states",
            "stated", "claim", "claims", "claimed", "confirm", "confirms", "confirmed", "deny", "denies", "denied",
            "write", "writes", "wrote", "warn", "warns", "warned");

    /** Verbs that, before "by", name who set a body up. */
    private static final Set<String> FOUNDING = Set.of("founded", "established", "created", "endowed", "funded",
            "set");
    /** Verbs whose subject founded something (not "set" or "funded": "Ferrari set a record"). */
    private static final Set<String> FOUNDED = Set.of("founded", "co-founded", "cofounded", "established");
    /** Tokens after a body's name within which its own description is read. */
    private static final int DESCRIPTION = 10;

    /**
     * Whether the description after a body's name (ending at token {@code end}) says a company set it up: "founded
     * by the carmaker's family", "set up by the company". The founder is then another organisation than the body,
     * and the name the body is called after is the company's (session 27, ents27); a founder who is a person
     * ("founded by Paul Weyrich") says nothing of the short name.
     */
    static boolean foundedByCompany(List<Token> tokens, int end) {
        int stop = Math.min(tokens.size(), end + DESCRIPTION);
        for (int t = end; t < stop; t++) {
            String w = low(tokens.get(t));
            if (w.equals(".") || w.equals(";")) return false;
            if (!FOUNDING.contains(w)) continue;
            int by = t + 1;
            if (by < stop && low(tokens.get(by)).equals("up")) by++;
            if (by >= stop || !low(tokens.get(by)).equals("by")) continue;
            for (int k = by + 1; k < Math.min(tokens.size(), by + 4); k++) {
                if (COMPANY_NOUNS.contains(low(tokens.get(k)))) return true;
            }
        }
        return false;
    }

    /**
     * Whether the name from {@code first} to {@code end} is written as a founder's: "founded by", "founder" or
     * "founders" right before it, or a founding verb in the past right after it ("Enzo Ferrari founded the
     * company"), not in the passive ("Ferrari, founded by ...", which the name is the object of).
     */
    static boolean founder(List<Token> tokens, int first, int end) {
        String before = first > 0 ? low(tokens.get(first - 1)) : "";
        if (before.equals("founder") || before.equals("founders") || before.equals("by") && first > 1
                && FOUNDING.contains(low(tokens.get(first - 2)))) return true;
        if (end >= tokens.size() || !FOUNDED.contains(low(tokens.get(end)))) return false;
        return end + 1 >= tokens.size() || !low(tokens.get(end + 1)).equals("by");
    }

    private static String low(Token t) {
        return t.word().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether a name is written right before a version number ("RHEL 7", "Windows 10", "Chrome 90.1"), as a product
     * is and a company is not: one or two digits, or digits with points, that no count or score follows ("Labour 12
     * seats", "Chelsea 2 Arsenal 1", "3-1" stay out).
     */
    static boolean versioned(NlpDocument doc, int endToken) {
        List<Token> tokens = doc.tokens();
        if (endToken >= tokens.size() || !"CD".equals(tokens.get(endToken).pos())) return false;
        if (doc.sentenceOf(endToken) != doc.sentenceOf(endToken - 1)) return false;
        if (!tokens.get(endToken).word().matches("\\d{1,2}(\\.\\d+)*")) return false;
        if (endToken + 1 >= tokens.size()) return true;
        Token next = tokens.get(endToken + 1);
        String w = next.word();
        return !COUNTS.contains(w.toLowerCase(java.util.Locale.ROOT)) && !"NNS".equals(next.pos())
                && !"CD".equals(next.pos()) && !(next.pos() != null && next.pos().startsWith("NNP"));
    }
}
