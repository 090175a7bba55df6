package org.newsgraph.nlp.quote;

import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.entity.ResolvedEntities;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.PeopleNouns;
import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A speaker named by a noun phrase for a role, where news writing puts the role first and the name after it: "said
 * Kenya's interior minister, Joseph Mwangi, at a briefing", "according to the head of the port authority, Ann Roe,",
 * "said the company's chief engineer Ann Roe". The person in apposition (between commas, or after the role as after
 * a title) speaks; with no name, the phrase itself does when its head is a noun for people and the phrase ends its
 * clause ("said the port's chief engineer on Monday"; "said the minister's aides would ..." goes on, so it reports).
 */
final class RolePhrases {
    /** Longest run of nouns and modifiers read as one phrase. */
    private static final int MAX_RUN = 8;
    /** Prepositions that tie the role to its organisation inside the phrase: "the head of", "a spokesman for". */
    private static final Set<String> ATTACHED = Set.of("of", "for");

    /** The phrase's tokens [start, end] and its head, the last noun before any "of"/"for" phrase. */
    record Phrase(int start, int head, int end) {
    }

    private final Attribution attribution;
    private final NlpDocument doc;
    private final ResolvedEntities entities;

    RolePhrases(Attribution attribution, ResolvedEntities entities) {
        this.attribution = attribution;
        this.doc = attribution.doc();
        this.entities = entities;
    }

    /** The role phrase starting at token {@code from}, or null if no noun phrase starts there. */
    Phrase at(int from) {
        int head = runEnd(from);
        if (head < 0) return null;
        int end = head;
        List<Token> tokens = doc.tokens();
        while (end + 2 < tokens.size() && ATTACHED.contains(tokens.get(end + 1).word().toLowerCase(Locale.ROOT))) {
            int more = runEnd(end + 2);
            if (more < 0) break;
            end = more;
        }
        return new Phrase(from, head, end);
    }

    /** The person named in apposition after the role phrase starting at token {@code from}, or null. */
    Speaker named(int from, int cue) {
        Phrase p = at(from);
        return p == null ? null : appositive(p, cue);
    }

    /** The role phrase for people starting at token {@code from} when it ends its clause there, or null. */
    Speaker phrase(int from, int cue) {
        Phrase p = at(from);
        return p != null && (isPeople(p) || isSource(p, cue)) && endsHere(p.end() + 1)
                ? attribution.nominalSpeaker(p.start(), p.end(), p.head(), cue) : null;
    }

    /**
     * Tokens [from, last] as a speaker when they open with a role phrase for people ("according to officials
     * familiar with the talks,"), or null.
     */
    Speaker phrase(int from, int last, int cue) {
        Phrase p = at(from);
        if (p == null || p.end() > last || !isPeople(p) && !isSource(p, cue)) return null;
        // "which according to its filings lost money last year,": a record's phrase ends where a verb begins
        if (!isPeople(p) && attribution.finiteVerbIn(p.end() + 1, last)) return null;
        // "according to officials on Saturday,": the time is when they spoke, not who they are
        int end = last;
        while (end > p.end() && Attribution.isTimeWord(doc.tokens().get(end))) end--;
        if (end < last && end > p.end() && Attribution.isPreposition(doc.tokens().get(end))) end--;
        return attribution.nominalSpeaker(p.start(), end, p.head(), cue);
    }

    /** Whether tokens [from, last] are exactly a role phrase for people ("Norway's transport minister"). */
    boolean isRole(int from, int last) {
        Phrase p = at(from);
        return p != null && p.end() == last && isPeople(p);
    }

    /**
     * The person named right after the phrase, between commas ("the head of the port authority, Ann Roe, said") or
     * after it as after a title ("minister Ann Roe"), when the name ends there; or null.
     */
    private Speaker appositive(Phrase p, int cue) {
        int k = p.end() + 1;
        boolean comma = k < doc.tokens().size() && doc.tokens().get(k).word().equals(",");
        // a role for people, or one with its organisation ("the head of the port authority"); not "official
        // statements, Roe said"
        if (!isPeople(p) && !(comma && p.end() > p.head())) return null;
        if (comma) k++;
        if (!personStartsAt(k)) return null;
        Token first = doc.tokens().get(k);
        int after = attribution.tokenAt(Attribution.mentionAt(entities.at(first.start(), first.end()), first).end());
        if (!endsHere(after)) return null;
        // "according to police, Omar Lee, 34, was arrested": a name with an apposition of its own after the source
        // opens the reported clause as its subject; the source is the role before it
        if (comma && "according".equalsIgnoreCase(doc.tokens().get(cue).word()) && hasOwnApposition(after)) {
            return null;
        }
        return attribution.speakerAt(k, cue);
    }

    /** Whether a comma at token {@code t} opens a number or a noun phrase closed by another comma. */
    private boolean hasOwnApposition(int t) {
        List<Token> tokens = doc.tokens();
        if (t + 1 >= tokens.size() || !tokens.get(t).word().equals(",")) return false;
        if ("CD".equals(tokens.get(t + 1).pos())) return true;
        int head = runEnd(t + 1);
        return head >= 0 && head + 1 < tokens.size() && tokens.get(head + 1).word().equals(",");
    }

    /**
     * Whether the phrase before token {@code t} ends its clause: punctuation (not a possessive mark), a quote mark,
     * a relative pronoun, a preposition or a day ("said Ann Roe on Monday", "said the minister Tuesday").
     */
    private boolean endsHere(int t) {
        if (t >= doc.tokens().size()) return true;
        Token tok = doc.tokens().get(t);
        if ("POS".equals(tok.pos())) return false;
        return attribution.endsClause(t) || Attribution.isPreposition(tok) || Attribution.isTimeWord(tok);
    }

    /**
     * Whether the phrase names a body or a record "according to" at token {@code cue} cites ("according to the
     * ministry", "according to court documents"); after a verb of saying such a phrase is no role for people.
     */
    /**
     * Whether a phrase that names no people is a report's source: a body or a record after "according to", a body
     * after a cue of saying it follows ("…, said the ministry": a record says nothing itself).
     */
    private boolean isSource(Phrase p, int cue) {
        Token head = doc.tokens().get(p.head());
        return "according".equalsIgnoreCase(doc.tokens().get(cue).word())
                ? Cues.isSource(head.word(), head.lemma())
                : Cues.BODIES.contains(head.lemma() == null ? head.word() : head.lemma().toLowerCase(Locale.ROOT));
    }

    private boolean isPeople(Phrase p) {
        return PeopleNouns.contains(doc.tokens().get(p.head()));
    }

    /**
     * The last noun of the noun phrase starting at token {@code t} (a determiner or possessive pronoun, then nouns,
     * adjectives, numbers and possessive marks), or -1 if it has none. A person named after a noun for people is not
     * part of it: that noun is a title before the name ("transport minister Ann Roe").
     */
    private int runEnd(int t) {
        List<Token> tokens = doc.tokens();
        int k = t, end = -1;
        if (k < tokens.size() && ("DT".equals(tokens.get(k).pos()) || "PRP$".equals(tokens.get(k).pos()))
                && !tokens.get(k).word().equalsIgnoreCase("that")) k++;
        for (; k < tokens.size() && k - t < MAX_RUN; k++) {
            String pos = tokens.get(k).pos();
            if (pos == null || !(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD")
                    || pos.equals("POS"))) break;
            if (end >= 0 && PeopleNouns.contains(tokens.get(end)) && personStartsAt(k)) break;
            if (pos.startsWith("NN")) end = k;
        }
        return end;
    }

    private boolean personStartsAt(int t) {
        if (t >= doc.tokens().size()) return false;
        Token tok = doc.tokens().get(t);
        Entity e = entities.at(tok.start(), tok.end());
        return e != null && e.type() == EntityType.PERSON && Attribution.mentionAt(e, tok).start() == tok.start();
    }
}
