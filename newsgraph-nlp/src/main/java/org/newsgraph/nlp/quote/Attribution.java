package org.newsgraph.nlp.quote;

import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.entity.ResolvedEntities;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.PeopleNouns;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the cue verb and speaker of a quote from the tokens around it: the speaker is the name or pronoun next to
 * a verb of saying ("…," he said; said Smith; Smith told reporters: "…"), a pronoun is the most recent person
 * (or organisation, for "it"/"they"/"we") named before it, and a common noun phrase ("a spokesman") is a speaker
 * without an entity.
 */
final class Attribution {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they", "we");
    private static final int WINDOW = 8;
    /** How many words may stand between a short quote's closing mark and its cue: "the party's new leader said". */
    private static final int CLOSE = 6;
    private static final Set<String> AFFILIATION = Set.of("of", "at", "from");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");

    private final NlpDocument doc;
    private final ResolvedEntities entities;

    Attribution(NlpDocument doc, ResolvedEntities entities) {
        this.doc = doc;
        this.entities = entities;
    }

    /** Index of the first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        List<Token> t = doc.tokens();
        int lo = 0, hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    boolean isCue(int t) {
        Token tok = doc.tokens().get(t);
        return tok.pos() != null && tok.pos().startsWith("VB") && tok.lemma() != null
                && Cues.VERBS.contains(tok.lemma().toLowerCase(Locale.ROOT));
    }

    /** A direct quote's speaker: first from a cue right after it, else from a cue before it in its sentence. */
    Speaker direct(int markStart, int markEnd) {
        Speaker dashed = afterDash(markEnd);
        if (dashed != null) return dashed;
        int after = tokenAt(markEnd);
        int sentence = after < doc.tokens().size() ? doc.sentenceOf(after) : -1;
        // A cue after the quote counts only inside the quote's own sentence: “…him.” She says … is a new claim.
        boolean sameSentence = after > 0 && sentence >= 0 && doc.sentenceOf(after - 1) == sentence;
        // Past the usual window a cue still counts behind an apposition: “…,” Jane Roe, the union's chair, said.
        int stop = sameSentence ? Math.min(doc.tokens().size(), after + 3 * WINDOW) : after;
        for (int t = after; t < stop; t++) {
            if (opensQuote(t) || endsSentence(t) && t > after) break;
            if (t - after >= WINDOW) {
                if (isCue(t)) return beforeApposition(t, after);
                continue;
            }
            if (isCue(t)) {
                Speaker s = speakerLeft(t, after);
                if (s == null) s = speakerRight(t);
                if (s != null) return s;
                // "“…,” that letter said": the quote's source is a thing, and no person elsewhere said it
                if (thingBefore(t, after)) return null;
            }
        }
        int before = tokenAt(markStart) - 1;
        if (before < 0) return null;
        int sb = doc.sentenceOf(before);
        int from = sb >= 0 ? doc.sentences().get(sb).firstToken() : Math.max(0, before - 2 * WINDOW);
        if (sentence >= 0 && sb != sentence && before - from > 2 * WINDOW) from = before - 2 * WINDOW;
        for (int t = before; t >= from; t--) {
            if (isCue(t)) {
                Speaker s = openingParticiple(t, from) ? mainSubject(markEnd, t) : subjectOf(t, from);
                if (s == null) s = speakerRight(t);
                if (s != null) return s;
            }
        }
        return null;
    }

    /**
     * The speaker of cue {@code cue}, looking no further left than {@code floor}: for a participle after a comma
     * ("Roe attacked the plan, saying ...") the subject of the clause it hangs from, not the nearest name, which is
     * often that clause's object.
     */
    Speaker subjectOf(int cue, int floor) {
        Speaker s = participleAfterComma(cue, floor) ? subjectBefore(cue - 2, floor, cue) : null;
        return s != null ? s : speakerLeft(cue, floor);
    }

    /**
     * The named or pronominal subject of verb {@code verb} ("Roe called it", "Roe, the mayor, called it", "Roe hit
     * back, calling it"), or null: unlike {@link #speakerLeft}, never a name that no verb follows (an object).
     */
    Speaker subject(int verb, int floor) {
        if (participleAfterComma(verb, floor)) return subjectBefore(verb - 2, floor, verb);
        Speaker appositive = beforeApposition(verb, floor);
        return appositive != null ? appositive : subjectBefore(verb - 1, floor, verb);
    }

    private boolean participleAfterComma(int cue, int floor) {
        return cue - 1 > floor && "VBG".equals(doc.tokens().get(cue).pos())
                && doc.tokens().get(cue - 1).word().equals(",");
    }

    /**
     * The nearest name or pronoun at or before token {@code from} that a verb follows, outside quotes (a name inside
     * a quote is the quoted speaker's subject, not the sentence's). The scan stops at another
     * clause's verb ("what critics have called ...") unless the verb of {@code cue} shares that clause's subject: a
     * participle after a comma, or a verb after "and" ("he respects her and calls her ...").
     */
    private Speaker subjectBefore(int from, int floor, int cue) {
        boolean sharesSubject = participleAfterComma(cue, floor)
                || cue > floor && doc.tokens().get(cue - 1).word().equalsIgnoreCase("and");
        for (int t = from; t >= floor; t--) {
            Token tok = doc.tokens().get(t);
            if (isQuoteMark(tok.word())) return null;
            Speaker s = speakerAt(t, cue);
            if (s != null && beforeVerb(tokenAt(s.span().end()))) return s;
            if (!sharesSubject && tok.pos() != null && tok.pos().startsWith("VB") && !isAuxiliary(tok)) return null;
        }
        return null;
    }

    /**
     * Whether a finite verb (after adverbs) starts at token {@code t}: what stands before it is a subject. A
     * participle does not count: "posted a message on Twitter blaming ..." leaves Twitter no subject.
     */
    private boolean beforeVerb(int t) {
        while (t < doc.tokens().size() && "RB".equals(doc.tokens().get(t).pos())) t++;
        return t < doc.tokens().size() && FINITE.contains(doc.tokens().get(t).pos());
    }

    /**
     * Whether cue {@code cue} is a participle opening its sentence, alone or after a conjunction or adverb ("Since
     * declaring that ...", "After saying ...", "Having warned ..."): it has no subject of its own.
     */
    private boolean openingParticiple(int cue, int sentenceStart) {
        Token tok = doc.tokens().get(cue);
        boolean having = cue > sentenceStart && doc.tokens().get(cue - 1).word().equalsIgnoreCase("having");
        if (!"VBG".equals(tok.pos()) && !(having && "VBN".equals(tok.pos()))) return false;
        for (int t = having ? cue - 2 : cue - 1; t >= sentenceStart; t--) {
            String pos = doc.tokens().get(t).pos();
            if (pos == null || !(pos.equals("IN") || pos.startsWith("RB") || pos.equals("CC"))) return false;
        }
        return cue - sentenceStart <= 3;
    }

    /**
     * The subject of the main clause after an opening participial phrase that holds a quote ending at {@code
     * markEnd}: the phrase ends at the first comma from the quote's end ("Since declaring ... “...,” Trump has"), and
     * the subject is a name or pronoun before the main verb.
     */
    private Speaker mainSubject(int markEnd, int cue) {
        int t = tokenAt(markEnd);
        int s = t < doc.tokens().size() ? doc.sentenceOf(t) : -1;
        if (s < 0 || s != doc.sentenceOf(cue)) return null;
        int end = doc.sentences().get(s).endToken();
        if (!commaInside(markEnd)) {
            while (t < end && !doc.tokens().get(t).word().equals(",")) t++;
            t++;
        }
        for (int k = t; k < Math.min(end, t + 4); k++) {
            Token tok = doc.tokens().get(k);
            if (tok.pos() != null && (tok.pos().startsWith("VB") || tok.pos().equals("MD"))) return null;
            Speaker sp = speakerAt(k, cue);
            if (sp != null) return sp;
        }
        return null;
    }

    /** Whether the quote whose closing mark ends at {@code markEnd} ends in a comma inside its marks: “…,” */
    private boolean commaInside(int markEnd) {
        int i = markEnd - 2;
        while (i > 0 && Character.isWhitespace(doc.text().charAt(i))) i--;
        return i >= 0 && doc.text().charAt(i) == ',';
    }

    /**
     * Whether a cue follows the closing mark of a quote whose content ends at {@code end} within a few words, and the
     * quote ends its clause there ("“Never,” the minister said"; "“Never”, said Roe").
     */
    boolean cueRightAfter(int end) {
        int after = handOver(end, ",.!?…");
        if (after < 0) return false;
        for (int t = after; t < Math.min(doc.tokens().size(), after + CLOSE); t++) {
            if (isQuoteMark(doc.tokens().get(t).word()) || t > after && endsSentence(t - 1)) break;
            if (isCue(t)) return true;
        }
        return false;
    }

    /**
     * The speaker that a reporting clause right after the closing mark of a quote ending at content offset {@code
     * end} names ("“…,” his office said", "“…?” asked Roe"), or null. The quote must hand over with a comma, ? or !
     * (after a full stop a cue begins a new claim), and the clause must be a finite cue and its speaker with nothing
     * else between: "“…,” and said" or "“…,” pointing to …" report nothing.
     */
    Speaker reportingClause(int end) {
        List<Token> tokens = doc.tokens();
        int after = handOver(end, ",?!");
        if (after < 0 || after >= tokens.size()) return null;
        int sentence = doc.sentenceOf(after);
        for (int t = after; t < Math.min(tokens.size(), after + CLOSE) && doc.sentenceOf(t) == sentence; t++) {
            String pos = tokens.get(t).pos();
            if (isCue(t) && FINITE.contains(pos)) return t > after ? speakerLeft(t, after) : speakerRight(t);
            if (pos != null && (pos.startsWith("VB") || pos.equals("CC") || pos.equals("MD"))) return null;
        }
        return null;
    }

    /**
     * The first token after a quote whose content ends at {@code end} if the quote hands over to what follows it: its
     * last character is one of {@code marks}, or a comma follows the closing mark (then the token after that comma);
     * else -1.
     */
    private int handOver(int end, String marks) {
        int last = end - 1;
        while (last > 0 && Character.isWhitespace(doc.text().charAt(last))) last--;
        boolean handsOver = last >= 0 && marks.indexOf(doc.text().charAt(last)) >= 0;
        int after = tokenAt(end + 1);
        if (after < doc.tokens().size() && doc.tokens().get(after).word().equals(",")) {
            handsOver = true;
            after++;
        }
        return handsOver ? after : -1;
    }

    /**
     * Whether a cue stands before the quote opening at content offset {@code start} in its sentence, as a verb of
     * the sentence: not glued into a compound ("the self-described master of the “art of the deal”").
     */
    boolean cueBefore(int start) {
        int before = tokenAt(start - 1) - 1;
        if (before < 0) return false;
        int s = doc.sentenceOf(before);
        int from = s < 0 ? Math.max(0, before - 3 * WINDOW) : doc.sentences().get(s).firstToken();
        for (int t = before; t >= from; t--) {
            if (isCue(t) && (t == 0 || doc.tokens().get(t - 1).end() < doc.tokens().get(t).start())) return true;
        }
        return false;
    }

    /** The nearest speaker before cue {@code cue}, looking no further left than {@code floor}. */
    Speaker speakerLeft(int cue, int floor) {
        Speaker appositive = beforeApposition(cue, floor);
        if (appositive != null) return appositive;
        int limit = Math.max(floor, cue - WINDOW);
        for (int t = cue - 1; t >= limit; t--) {
            Token tok = doc.tokens().get(t);
            if (isQuoteMark(tok.word())) return null;
            Speaker s = speakerAt(t, cue);
            if (s != null) return s;
            if (tok.pos() != null && tok.pos().startsWith("VB") && !isAuxiliary(tok)) return nominal(t + 1, cue);
        }
        return nominal(limit, cue);
    }

    /** "Brian Fallon, the campaign's press secretary, said": the name before a comma-enclosed apposition. */
    private Speaker beforeApposition(int cue, int floor) {
        if (cue - 1 <= floor || !doc.tokens().get(cue - 1).word().equals(",")) return null;
        for (int t = cue - 2; t > Math.max(floor, cue - 3 * WINDOW); t--) {
            String w = doc.tokens().get(t).word();
            if (isQuoteMark(w)) return null;
            if (w.equals(",")) return speakerAt(t - 1, cue);
        }
        return null;
    }

    /** “…” ― Name: a dash after a quote introduces its speaker in testimonials and epigraphs. */
    Speaker afterDash(int markEnd) {
        int t = tokenAt(markEnd);
        if (t + 1 >= doc.tokens().size() || !DASHES.contains(doc.tokens().get(t).word())) return null;
        Speaker s = speakerAt(t + 1, t);
        return s;
    }

    /**
     * An inverted speaker after the cue: said Smith, said the spokesman. A person named right after an organisation
     * speaks for it ("said Acme spokesman John Roe", "remarked Acme Trust scientist Ann Lee").
     */
    Speaker speakerRight(int cue) {
        int stop = Math.min(doc.tokens().size(), cue + 6);
        Speaker organisation = null;
        for (int t = cue + 1; t < stop; t++) {
            Token tok = doc.tokens().get(t);
            if (isQuoteMark(tok.word()) || endsSentence(t)) break;
            Speaker s = speakerAt(t, cue);
            if (s != null && !isOrganisation(tok)) return s;
            if (s != null && organisation == null) organisation = s;
            else if (organisation != null && s == null && !isNounOrAdjective(tok)) break;
        }
        return organisation;
    }

    private boolean isOrganisation(Token tok) {
        Entity e = entities.at(tok.start(), tok.end());
        return e != null && e.type() == EntityType.ORGANIZATION;
    }

    private static boolean isNounOrAdjective(Token tok) {
        return tok.pos() != null && (tok.pos().startsWith("NN") || tok.pos().startsWith("JJ"));
    }

    /**
     * A named or pronominal speaker at token {@code t}, attributed by cue token {@code cue}. An organisation after a
     * person and "of", "at" or "from" is where the speaker works ("Ann Lee of Kent University, a chemist, said"): the
     * speaker is the person.
     */
    Speaker speakerAt(int t, int cue) {
        Token tok = doc.tokens().get(t);
        String cueWord = doc.tokens().get(cue).word();
        Entity e = entities.at(tok.start(), tok.end());
        if (e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
            Span span = mentionAt(e, tok);
            int first = tokenAt(span.start());
            if (e.type() == EntityType.ORGANIZATION && first >= 2
                    && AFFILIATION.contains(doc.tokens().get(first - 1).word())) {
                Token before = doc.tokens().get(first - 2);
                Entity person = entities.at(before.start(), before.end());
                if (person != null && person.type() == EntityType.PERSON) {
                    return new Speaker(person.id(), person.name(), mentionAt(person, before), cueWord);
                }
            }
            return new Speaker(e.id(), e.name(), span, cueWord);
        }
        String w = tok.word().toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(w) || GROUP_PRONOUNS.contains(w)) {
            Entity ref = entities.lastBefore(tok.start(), PERSON_PRONOUNS.contains(w) ? EntityType.PERSON
                    : EntityType.ORGANIZATION);
            Span span = new Span(tok.start(), tok.end());
            return ref == null ? new Speaker(null, tok.word(), span, cueWord)
                    : new Speaker(ref.id(), ref.name(), span, cueWord);
        }
        return null;
    }

    private static Span mentionAt(Entity e, Token tok) {
        return e.mentions().stream().filter(m -> m.start() <= tok.start() && tok.end() <= m.end()).findFirst()
                .orElse(new Span(tok.start(), tok.end()));
    }

    /** A common-noun speaker ("the company's spokesman") in tokens [from, cue), or null. */
    private Speaker nominal(int from, int cue) {
        int start = speakerPhraseStart(from, cue - 1);
        if (start < 0 || pointsBackAtAThing(start, cue - 1)) return null;
        return nominalSpeaker(start, cue - 1, cue);
    }

    /**
     * A common-noun phrase for people ending at token {@code head}, no further left than {@code floor}, as the
     * speaker of verb {@code cue} ("the senator", "what critics called"), or null: "the report called" has none.
     */
    Speaker people(int head, int floor, int cue) {
        int start = phraseStart(floor, head);
        return start < 0 || !PeopleNouns.contains(doc.tokens().get(head)) ? null : nominalSpeaker(start, head, cue);
    }

    /**
     * Where the noun phrase ending at token {@code last} starts, at or after {@code from}, or -1 if no noun phrase
     * ends there.
     */
    int phraseStart(int from, int last) {
        int start = -1;
        boolean noun = false;
        for (int t = last; t >= from; t--) {
            String pos = doc.tokens().get(t).pos();
            if (pos == null || !(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT")
                    || pos.equals("POS") || pos.equals("CD") || pos.equals("PRP$"))) break;
            noun |= pos.startsWith("NN");
            start = t;
        }
        return noun ? start : -1;
    }

    /**
     * Where the noun phrase before a cue starts, with its demonstrative: after a closing mark the tagger may take the
     * "that" of "“…,” that paper said" for a relative word, but a bare singular noun after it has it for determiner.
     */
    private int speakerPhraseStart(int from, int last) {
        int start = phraseStart(from, last);
        return start == last && start > from && "NN".equals(doc.tokens().get(start).pos())
                && DEMONSTRATIVES.contains(doc.tokens().get(start - 1).word().toLowerCase(Locale.ROOT)) ? start - 1
                : start;
    }

    private Speaker nominalSpeaker(int start, int head, int cue) {
        Span span = new Span(doc.tokens().get(start).start(), doc.tokens().get(head).end());
        return new Speaker(null, span.of(doc.text()), span, doc.tokens().get(cue).word());
    }

    /** Whether a demonstrative phrase for a thing stands right before cue {@code cue}, no further left than floor. */
    private boolean thingBefore(int cue, int floor) {
        int start = speakerPhraseStart(Math.max(floor, cue - WINDOW), cue - 1);
        return start >= 0 && pointsBackAtAThing(start, cue - 1);
    }

    /**
     * "This stonewalling suggests", "That letter says": a demonstrative before a noun points back at what the text
     * described, an event or a thing, no speaker; unless the noun names people ("That person said", "those
     * residents told").
     */
    private boolean pointsBackAtAThing(int start, int head) {
        return DEMONSTRATIVES.contains(doc.tokens().get(start).word().toLowerCase(Locale.ROOT))
                && !PeopleNouns.contains(doc.tokens().get(head));
    }

    private static boolean isAuxiliary(Token t) {
        String l = t.lemma() == null ? "" : t.lemma();
        return l.equals("be") || l.equals("have") || l.equals("do");
    }

    boolean endsSentence(int t) {
        int s = doc.sentenceOf(t);
        return s >= 0 && doc.sentences().get(s).endToken() - 1 == t;
    }

    private boolean opensQuote(int t) {
        String w = doc.tokens().get(t).word();
        return w.equals("“") || w.equals("«") || w.equals("„");
    }

    static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("«") || w.equals("»") || w.equals("„")
                || w.equals("``") || w.equals("''");
    }

    NlpDocument doc() {
        return doc;
    }

    Sentence sentence(int t) {
        int s = doc.sentenceOf(t);
        return s < 0 ? null : doc.sentences().get(s);
    }
}
