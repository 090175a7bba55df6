package org.newsgraph.nlp.time;

import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A month named as the period a record covers: "file their February reports", "the July jobs report", "January's
 * inflation figure". A record is drawn up after its period, so the month is the latest one begun by the reference
 * day whatever the sentence's tense: "must file their February reports" written in March is the February gone, not
 * the one a modal points ahead to. A month before an event ("the May festival", "its April meeting", "the February
 * storms") or a publication dated ahead of its month ("the March issue", on sale in February) names when that is,
 * and is placed by tense as before; so do results, which an election's are as often as a company's ("after the
 * November results have been tallied", written in April).
 */
final class RecordPeriods {
    /** Nouns of a record of what happened over a period. */
    private static final Set<String> RECORDS = Set.of("report", "figure", "data", "number", "statistic", "payroll", "reading", "sale", "earnings", "statement", "minutes", "index", "survey", "tally",
            "count", "estimate");
    /** Plurals whose singular names something else: "tax returns" are records, "the May return of troops" is none. */
    private static final Set<String> PLURAL_RECORDS = Set.of("returns", "accounts");
    /** Most nouns between the month and the record ("the February retail sales figures"). */
    private static final int NOUNS_BETWEEN = 3;

    private RecordPeriods() {
    }

    /**
     * Whether the month at tokens [{@code first}, {@code end}) (one token, no preposition or year of its own)
     * modifies a record noun: a determiner or possessive before it, and nouns up to the record after it.
     */
    static boolean namesRecordPeriod(List<Token> tokens, int first, int end) {
        if (end != first + 1) return false;
        int k = end;
        // "January's inflation figure": the month's own possessive stands between it and the record
        boolean possessive = k < tokens.size() && "POS".equals(tokens.get(k).pos());
        if (possessive) {
            k++;
        } else {
            String pos = first == 0 || tokens.get(first - 1).pos() == null ? "" : tokens.get(first - 1).pos();
            if (!pos.equals("DT") && !pos.equals("PRP$") && !pos.equals("POS")) return false;
        }
        for (int n = 0; k < tokens.size() && n <= NOUNS_BETWEEN; k++, n++) {
            Token t = tokens.get(k);
            String p = t.pos() == null ? "" : t.pos();
            if (!p.startsWith("NN") && !p.equals("JJ")) return false;
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            String nextPos = next == null || next.pos() == null ? "" : next.pos();
            // the tagger reads a record after a noun as its verb ("the July jobs report/VBP", "attendance returns/VBZ")
            if ((nextPos.equals("VBP") || nextPos.equals("VBZ")) && p.startsWith("NN") && record(next)) return true;
            if (!nextPos.startsWith("NN")) return record(t);
        }
        return false;
    }

    private static boolean record(Token t) {
        String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        return RECORDS.contains(lemma) || PLURAL_RECORDS.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
