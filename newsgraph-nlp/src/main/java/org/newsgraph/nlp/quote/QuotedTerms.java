package org.newsgraph.nlp.quote;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.pipeline.Token;

/**
 * Tells a short quoted term that someone said ("Trump says he has “big plans”"; “No,” she said) from the writer's
 * own marks around a word: a scare quote, a buzzword or a title ("terms such as “verifiable”", the so-called
 * “reform”, the master of the “art of the deal”). A short quote is speech when it is attributed and either is a
 * sentence of its own, or stands after a cue in its sentence, or has its cue within a few words after its closing
 * mark; a cue further after it belongs to the sentence around it. A term introduced as a term ("such as",
 * "so-called", "the word") is never speech, nor is a name given ({@link Naming}: "nicknamed", "a report titled") at
 * any length, nor are the terms listed with either, nor is a quoted noun that modifies the noun after it (the
 * “maximum pressure” campaign): that names a thing, whoever speaks in its sentence.
 * Stateful: one instance per document, fed the quoted stretches in text order.
 */
final class QuotedTerms {
    /** Quotes of fewer words than this are short. */
    static final int MIN_WORDS = 5;
    private static final Pattern INTRODUCED_AS_TERM = Pattern.compile("(?i)(?:\\bso-called|\\bsuch as"
            + "|\\bthe (?:terms?|words?|phrases?|slogans?|labels?|catchphrases?|buzzwords?|mantra))\\s*$");
    /** Nouns the tagger reads as common nouns that say when, not what ("a “historic breakthrough” today"). */
    private static final Set<String> DEICTIC_DAYS = Set.of("today", "tonight", "yesterday", "tomorrow");
    /** What may stand between two terms of one list: commas and "and"/"or", outside or inside the marks. */
    private static final Pattern LIST_GAP = Pattern.compile("(?i)[\\s,;”\"»]*(?:and|or)?[\\s,]*");

    private final Attribution attribution;
    private final Naming naming;
    private final String text;
    private int termEnd = -1;

    QuotedTerms(Attribution attribution, Naming naming) {
        this.attribution = attribution;
        this.naming = naming;
        this.text = attribution.doc().text();
    }

    /** Whether the quoted stretch {@code s} is a name given to something ("nicknamed “the Beast”"), at any length. */
    boolean isName(QuoteMarks.Stretch s) {
        if (!naming.isName(s.start())) return false;
        termEnd = s.markEnd();
        return true;
    }

    /** Whether the short quoted stretch {@code s}, attributed to {@code speaker} (or null), is speech. */
    boolean isSpeech(QuoteMarks.Stretch s, Speaker speaker) {
        int mark = s.markStart();
        boolean term = INTRODUCED_AS_TERM.matcher(text).region(Math.max(0, mark - 40), Math.max(0, mark)).find()
                || termEnd >= 0 && termEnd <= mark && LIST_GAP.matcher(text).region(termEnd, mark).matches();
        if (term) {
            termEnd = s.markEnd();
            return false;
        }
        return speaker != null && !modifiesNounAfter(s) && !termInSubject(s) && (wholeSentence(s) || !s.open() && attribution.cueRightAfter(s.end())
                || attribution.cueBefore(s.start()));
    }

    /**
     * Whether the quoted words end in a noun and the word right after the closing mark is a common noun of the same
     * phrase (“new normal” approach, “nuclear option” vote). A quoted adjective before a noun stays speech ("a “very
     * good” deal" quotes how someone judged it), and so does a quote followed by anything else.
     */
    private boolean modifiesNounAfter(QuoteMarks.Stretch s) {
        if (s.open()) return false;
        List<Token> tokens = attribution.doc().tokens();
        int after = attribution.tokenAt(s.markEnd());
        int last = attribution.tokenAt(s.end()) - 1;
        if (after >= tokens.size() || last < 0 || tokens.get(last).start() < s.start()) return false;
        Token noun = tokens.get(last), next = tokens.get(after);
        return isNoun(noun) && isNoun(next) && Character.isLowerCase(next.word().charAt(0))
                && !DEICTIC_DAYS.contains(next.word()) && next.start() - s.markEnd() <= 1;
    }

    /**
     * Whether the quoted words are a noun phrase after a preposition and its determiner, with a finite verb right
     * after the closing mark (Critics said the president's faith in the “art of the deal” had been misplaced): a
     * phrase that deep in a clause's subject modifies a noun of the subject, and the writer marks it as a term. A
     * quote that is the subject itself stays the speaker's (Trump said that “a bomb” had gone off; Clinton's “only
     * experience in cybersecurity” was ...), as PolNeAR annotates them; so does a reporting verb after the marks
     * ("“Never,” said Roe") and words ending in punctuation, which hand over to what follows.
     */
    private boolean termInSubject(QuoteMarks.Stretch s) {
        if (s.open() || attribution.cueRightAfter(s.end())) return false;
        List<Token> tokens = attribution.doc().tokens();
        int before = attribution.tokenAt(s.markStart()) - 1;
        int after = attribution.tokenAt(s.markEnd());
        int last = attribution.tokenAt(s.end()) - 1;
        if (before < 1 || after >= tokens.size() || last < 0 || tokens.get(last).start() < s.start()) return false;
        Token determiner = tokens.get(before), preposition = tokens.get(before - 1), next = tokens.get(after);
        return isNoun(tokens.get(last)) && ("DT".equals(determiner.pos()) || "PRP$".equals(determiner.pos()))
                && "IN".equals(preposition.pos()) && Attribution.isPreposition(preposition)
                && Attribution.isFinite(next) && next.start() - s.markEnd() <= 1;
    }

    private static boolean isNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NN");
    }

    /**
     * Whether the quoted stretch is a sentence of its own: it opens a sentence and ends in a full stop, ! or ?, or
     * in the comma that hands over to its attribution however far that comes ("It is over," Boris Johnson, who has
     * led the party since 2019, told reporters).
     */
    private boolean wholeSentence(QuoteMarks.Stretch s) {
        int before = s.markStart() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) before--;
        if (before >= 0 && ".!?”\"'".indexOf(text.charAt(before)) < 0) return false;
        int last = s.end() - 1;
        while (last > s.start() && Character.isWhitespace(text.charAt(last))) last--;
        return ".!?…,".indexOf(text.charAt(last)) >= 0 && Character.isUpperCase(text.charAt(s.start()));
    }
}
