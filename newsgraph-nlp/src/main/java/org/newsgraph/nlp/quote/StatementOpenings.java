package org.newsgraph.nlp.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

/**
 * A sentence that opens by naming a statement ("In his message, he praised the rescuers: “…”", "In a statement, the
 * ministry criticised the ruling: “…”") tells what its subject said there, through whatever verb follows: a quote
 * of the sentence that no cue attributes is the subject's words. The opening names the occasion of speech, so the
 * verb need not be one of saying; without it ("Police found a note in the car: “…”") a verb is only an act.
 */
final class StatementOpenings {
    /** Nouns for a statement made by someone (its lemma). */
    private static final Set<String> STATEMENTS = Set.of("statement", "message", "letter", "speech", "address",
            "remark", "remarks", "tweet", "post", "interview", "testimony", "column", "essay", "op-ed", "editorial",
            "sermon", "eulogy", "reply", "response", "broadcast", "briefing", "announcement", "memo", "email");
    /** Words before a statement's noun: "his", "a", "a brief", "her New Year" (the determiner first). */
    private static final int MODIFIERS = 3;
    /** Words after the noun before its comma: "In his speech at the rally on Sunday,". */
    private static final int TRAILING = 6;

    private final Attribution attribution;
    private final List<Token> tokens;

    StatementOpenings(Attribution attribution) {
        this.attribution = attribution;
        this.tokens = attribution.doc().tokens();
    }

    /**
     * The subject of the sentence that the quote opening at character {@code markStart} stands in, when the sentence
     * opens by naming a statement and the subject's verb stands between that opening and the quote; else null.
     */
    Speaker speaker(int markStart) {
        int mark = attribution.tokenAt(markStart);
        if (mark >= tokens.size()) return null;
        Sentence sentence = attribution.sentence(mark);
        if (sentence == null) return null;
        int comma = openingEnd(sentence.firstToken(), mark);
        if (comma < 0) return null;
        int verb = -1;
        for (int t = comma + 1; t < mark && verb < 0; t++) {
            Token tok = tokens.get(t);
            if (Attribution.isQuoteMark(tok.word())) return null;
            if (Attribution.isFinite(tok)) verb = t;
        }
        // the subject is the words between the opening and the verb: "In a statement, it was said" has no speaker
        if (verb <= comma + 1 || isBe(verb) || passive(verb, mark)) return null;
        Speaker s = attribution.subject(verb, comma + 1);
        if (s != null) return s;
        Speaker people = attribution.people(verb - 1, comma + 1, verb);
        return people != null ? people : attribution.body(verb - 1, comma + 1, verb);
    }

    /** The comma closing an opening "In [det] [modifiers] STATEMENT [phrase]," at token {@code first}, or -1. */
    private int openingEnd(int first, int mark) {
        if (first + 2 >= mark || !tokens.get(first).word().equalsIgnoreCase("in")) return -1;
        String det = tokens.get(first + 1).pos();
        if (!"DT".equals(det) && !"PRP$".equals(det)) return -1;
        int noun = -1;
        for (int t = first + 2; t < Math.min(mark, first + 2 + MODIFIERS) && noun < 0; t++) {
            if (STATEMENTS.contains(lemma(tokens.get(t))) && isNoun(tokens.get(t))) noun = t;
            else if (!isNoun(tokens.get(t)) && !isAdjective(tokens.get(t))) return -1;
        }
        if (noun < 0) return -1;
        for (int t = noun + 1; t < Math.min(mark, noun + 2 + TRAILING); t++) {
            Token tok = tokens.get(t);
            if (tok.word().equals(",")) return t;
            if (Attribution.isQuoteMark(tok.word()) || tok.pos() == null || tok.pos().startsWith("VB")
                    || tok.pos().equals("MD")) return -1;
        }
        return -1;
    }

    private boolean isBe(int verb) {
        return "be".equals(lemma(tokens.get(verb)));
    }

    /** "was praised", "were thanked": a passive's subject is who the statement was about, not who made it. */
    private boolean passive(int verb, int mark) {
        return verb + 1 < mark && "VBN".equals(tokens.get(verb + 1).pos()) && isBe(verb);
    }

    private static boolean isNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NN");
    }

    private static boolean isAdjective(Token t) {
        return t.pos() != null && (t.pos().startsWith("JJ") || t.pos().equals("CD"));
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
