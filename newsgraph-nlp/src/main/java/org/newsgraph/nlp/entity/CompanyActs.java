package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a company does and the foundation, trust or school named after it does not: recall vans, cut jobs, post a
 * profit, close a plant ("Nissan recalled 12,000 vans" beside "the Nissan Foundation gave grants"). A name that does
 * such a thing in its own clause is the company, so a body of its name is another organisation (session 28, ents28).
 * Verbs alone say too little ("Heritage cut its ties", "Wellcome raised $2m"): the verb needs a company's object.
 */
final class CompanyActs {
    /** Lemmas of verbs a company does its business by (and written forms, for a tagger without lemmas). */
    private static final Set<String> VERBS = Set.of("recall", "recalled", "cut", "shed", "axe", "axed", "slash",
            "slashed", "lay", "laid", "post", "posted", "report", "reported", "sell", "sold", "ship", "shipped",
            "deliver", "delivered", "manufacture", "manufactured", "close", "closed", "hire", "hired");
    /** What a company recalls, sells, cuts, posts or closes. */
    private static final Set<String> OBJECTS = Set.of("jobs", "workers", "staff", "employees", "vehicles", "cars",
            "vans", "trucks", "models", "units", "phones", "profit", "profits", "loss", "losses", "earnings",
            "revenue", "revenues", "sales", "dividend", "plant", "plants", "factory", "factories", "stores", "shops",
            "branches", "outlets");
    /** Tokens between the name and its verb (adverbs, modals, auxiliaries: "Nissan has also recalled"). */
    private static final int TO_VERB = 3;
    /** Tokens between the verb and its object's head ("posted a record quarterly profit"). */
    private static final int TO_OBJECT = 5;

    private CompanyActs() {
    }

    /** Whether the name ending at token {@code end} is the subject of a company's act with its object. */
    static boolean after(List<Token> tokens, int end) {
        int v = end;
        while (v < tokens.size() && v < end + TO_VERB && auxiliary(tokens.get(v))) v++;
        if (v >= tokens.size() || !pos(tokens.get(v)).startsWith("VB") || !VERBS.contains(lemma(tokens.get(v)))) {
            return false;
        }
        for (int t = v + 1; t < Math.min(tokens.size(), v + 1 + TO_OBJECT); t++) {
            Token tok = tokens.get(t);
            String p = pos(tok);
            if (OBJECTS.contains(tok.word().toLowerCase(Locale.ROOT)) && p.startsWith("NN")) return true;
            boolean modifier = p.equals("CD") || p.equals("DT") || p.equals("PRP$") || p.startsWith("JJ")
                    || p.equals("RP") || p.startsWith("NN") && Character.isLowerCase(tok.word().charAt(0));
            if (!modifier) return false;
        }
        return false;
    }

    private static boolean auxiliary(Token t) {
        String p = pos(t);
        return p.equals("MD") || p.startsWith("RB") || "have".equals(t.lemma()) && p.startsWith("VB")
                && !VERBS.contains(lemma(t));
    }

    private static String lemma(Token t) {
        return (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
    }

    private static String pos(Token t) {
        return t.pos() == null ? "" : t.pos();
    }
}
