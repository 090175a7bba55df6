package org.newsgraph.nlp.quote;

import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.entity.ResolvedEntities;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.PeopleNouns;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotes (in marks, with interrupted and multi-paragraph ones) and indirect speech ("X said that …",
 * "…, X said", "according to X, …") with their speakers. Quoted terms that are no speech ({@link QuotedTerms}:
 * scare quotes, buzzwords, titles) are skipped.
 */
public final class QuoteFinder {
    private static final int MIN_INDIRECT_TOKENS = 4;
    /** How many words an opening phrase before a mid-sentence attribution may take ("In the end, Roe said, ..."). */
    private static final int OPENING_PHRASE = 5;
    /** How many words the subject of a report nested in another may take ("a source, whom it did not name,"). */
    private static final int NESTED_SUBJECT = 12;
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Verbs of state and auxiliaries: a reported clause built on them tells no act its doer could go on from. */
    private static final Set<String> ACT_NEUTRAL = Set.of("be", "have", "do");
    /** Conjunctions after which a clause of its own, and so a report of its own, may open. */
    /** Words that open a sentence with a subordinate clause, the main clause coming after its comma. */
    private static final Set<String> SUBORDINATE_OPENERS = Set.of("whereas", "while", "although", "though",
            "because", "since", "if", "when", "as", "after", "before", "unless");
    private static final Set<String> CLAUSE_LINKS = Set.of("but", "yet", "and", "though", "although", "while",
            "whereas");
    private static final Pattern OPENING_MARK_AT_END = Pattern.compile("\\s*(?:``|''|.)\\s*$");
    private static final Pattern TRANSCRIPT_LABEL = Pattern.compile("([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\\s");

    public List<Quote> find(NlpDocument doc, ResolvedEntities entities) {
        Attribution attribution = new Attribution(doc, entities);
        List<Quote> out = new ArrayList<>();
        List<Span> directSpans = new ArrayList<>();
        Speaker previous = null;
        int previousOpenEnd = -1;
        // for each direct quote found, whether it goes on from the one before it (a paragraph left open)
        List<Boolean> continues = new ArrayList<>();
        Naming naming = new Naming(attribution);
        QuotedTerms terms = new QuotedTerms(attribution, naming);
        for (QuoteMarks.Stretch s : QuoteMarks.find(doc.text())) {
            String content = doc.text().substring(s.start(), s.end());
            Speaker label = transcriptLabel(doc, entities, s.start());
            // an explicit attribution after the closing mark ("“…,” his office said") outranks a verb of calling
            Speaker caller = label == null && (s.open() || attribution.reportingClause(s.end()) == null)
                    ? naming.caller(s.start(), s.end()) : null;
            Speaker sp = label != null ? label : caller != null ? caller
                    : attribution.direct(s.markStart(), s.markEnd());
            // a quote left open at a paragraph's end goes on in the next paragraph, if that opens with a mark
            boolean goesOn = previousOpenEnd >= 0 && doc.text().substring(previousOpenEnd, s.markStart()).isBlank();
            if (sp == null && goesOn) sp = previous;
            // words a speaker called something by are that speaker's however short ("called it a “disaster”")
            if (label == null && caller == null && (terms.isName(s)
                    || content.trim().split("\\s+").length < QuotedTerms.MIN_WORDS && !terms.isSpeech(s, sp))) continue;
            directSpans.add(new Span(s.start(), s.end()));
            out.add(quote(attribution, content, s.start(), s.end(), sp, true));
            continues.add(goesOn);
            previous = sp;
            previousOpenEnd = s.open() ? s.end() : -1;
        }
        attributeOpeningParagraphs(out, continues);
        out = joinPieces(doc.text(), out);
        for (Sentence sentence : doc.sentences()) indirect(attribution, sentence, directSpans, out);
        List<Quote> turns = turnQuotes(doc.text(), new InterviewTurns(doc.text(), entities), out);
        // a turn in marks ("KAINE: “We have a plan ...”") is the same quote twice; marks inside an answer quote
        // someone else, or the interviewee's own words of another day, and stay
        out.removeIf(q -> turns.stream().anyMatch(t -> t.start() <= q.start() && q.end() <= t.end()
                && q.direct() && (q.end() - q.start()) * 5 >= (t.end() - t.start()) * 4));
        out.addAll(turns);
        List<Span> notes = CorrectionNotes.find(doc);
        out.removeIf(q -> notes.stream().anyMatch(n -> n.start() <= q.start() && q.start() < n.end()));
        out.sort(Comparator.comparingInt(Quote::start));
        return out;
    }

    /**
     * The answers of an interview and the turns of a transcript ({@link InterviewTurns}), a direct quote a paragraph:
     * its words are the speaker's whether or not they stand in marks. A turn named in capitals ("TAPPER: ...") is one
     * paragraph, as a transcript quoted in an article goes back to narration after it; an answer, or a turn named in
     * brackets, runs on to the next turn, as an interview's answers take several paragraphs. A question is the
     * interviewer's, who is no entity, and gives none.
     */
    private static List<Quote> turnQuotes(String text, InterviewTurns turns, List<Quote> found) {
        List<Quote> out = new ArrayList<>();
        List<InterviewTurns.Turn> all = turns.turns();
        for (int i = 0; i < all.size(); i++) {
            InterviewTurns.Turn t = all.get(i);
            if (t.role() == InterviewTurns.Role.ASKS || t.person() == null) continue;
            int end = i + 1 < all.size() ? all.get(i + 1).start() : text.length();
            String cue = t.cue() == null ? null : text.substring(t.cue().start(), t.cue().end());
            for (int p = t.textStart(); p < end; ) {
                while (p < end && Character.isWhitespace(text.charAt(p))) p++;
                int nl = text.indexOf('\n', p);
                int e = nl < 0 || nl > end ? end : nl;
                int stop = e;
                while (stop > p && Character.isWhitespace(text.charAt(stop - 1))) stop--;
                // the narration goes on where a paragraph names the speaker ("Having won multiple tournaments, IM
                // Dorsa Derakhshani decided ...", a caption "Jorgensen with a supporter"): no one answering names
                // themselves
                if ((p > t.textStart() || t.cue() == null) && names(t.person(), p, stop)) break;
                p = afterInitials(text, p, stop, t.person().name());
                // a caption or a heading ("Pokeball sculptures") closes no sentence, and a paragraph quoting someone
                // else ("They wanted to know about the playground, the head teacher said.") is no answer
                if (stop > p && CLOSES_SENTENCE.indexOf(text.charAt(stop - 1)) >= 0
                        && !someoneElses(found, t.person(), p, stop)) {
                    out.add(new Quote(text.substring(p, stop), p, stop, t.person().id(), t.person().name(), cue,
                            true, t.label(), t.cue(), null, null));
                }
                if (t.oneParagraph()) break;
                p = e + 1;
            }
        }
        return out;
    }

    private static final String CLOSES_SENTENCE = ".!?…:;\"”’)]";

    /**
     * Whether quotes attributed after their words ("…, the head teacher said") to speakers other than {@code person}
     * take most of [{@code start}, {@code end}); one whose speaker opens it ("They warned us about …") is the
     * answer's own account.
     */
    private static boolean someoneElses(List<Quote> found, Entity person, int start, int end) {
        int covered = 0;
        for (Quote q : found) {
            if (q.speakerName() == null || person.id().equals(q.speaker()) || q.speakerSpan() == null
                    || q.speakerSpan().start() < q.end() || q.speakerSpan().start() >= end) continue;
            covered += Math.max(0, Math.min(end, q.end()) - Math.max(start, q.start()));
        }
        return covered * 5 >= (end - start) * 3;
    }

    private static boolean names(Entity person, int start, int end) {
        return person.mentions().stream().anyMatch(m -> m.start() >= start && m.start() < end);
    }

    /** Past the speaker's initials opening an answer whose label lost its colon ("MS Although we used ..."). */
    private static int afterInitials(String text, int p, int stop, String name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("\\s+")) if (!w.isEmpty()) initials.append(Character.toUpperCase(w.charAt(0)));
        int k = p + initials.length();
        return initials.length() >= 2 && k < stop && text.startsWith(initials.toString(), p)
                && Character.isWhitespace(text.charAt(k)) ? k + 1 : p;
    }

    /**
     * A quote over several paragraphs names its speaker in the last one as often as in the first ("“…” / “…,” he
     * said."): an opening paragraph without a speaker takes the speaker of the paragraph that goes on from it.
     */
    private static void attributeOpeningParagraphs(List<Quote> direct, List<Boolean> continues) {
        for (int i = direct.size() - 2; i >= 0; i--) {
            Quote q = direct.get(i), next = direct.get(i + 1);
            if (continues.get(i + 1) && q.speakerName() == null && next.speakerName() != null) {
                direct.set(i, new Quote(q.text(), q.start(), q.end(), next.speaker(), next.speakerName(), next.cue(),
                        true, next.speakerSpan(), next.cueSpan(), next.via(), next.viaSpan()));
            }
        }
    }

    /**
     * One statement quoted in pieces is one quote, so that a speaker's statements are counted as they were made: an
     * interrupted quote ("“…,” she said, “…”": both pieces take the cue between them, which a comma or colon closes,
     * in one paragraph). A quote that goes on over paragraphs stays a quote a paragraph, as PolNeAR annotates it
     * (joined, dev recall of direct quotes lost two more of 381).
     */
    private static List<Quote> joinPieces(String text, List<Quote> direct) {
        List<Quote> out = new ArrayList<>(direct.size());
        for (int i = 0; i < direct.size(); i++) {
            Quote q = direct.get(i);
            Quote last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && Objects.equals(last.speakerName(), q.speakerName()) && q.speakerName() != null
                    && interrupted(text, last, q)) {
                List<Span> parts = new ArrayList<>(last.pieces());
                parts.addAll(q.pieces());
                out.set(out.size() - 1, new Quote(last.text() + " " + q.text(), last.start(), q.end(),
                        last.speaker(), last.speakerName(), last.cue(), true, last.speakerSpan(), last.cueSpan(),
                        last.via(), last.viaSpan(), parts));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** Whether quote {@code b} goes on from {@code a} past the attribution both share: "“…,” she said, “…”". */
    private static boolean interrupted(String text, Quote a, Quote b) {
        Span cue = b.cueSpan();
        if (cue == null || !cue.equals(a.cueSpan()) || cue.start() < a.end() || cue.end() > b.start()) return false;
        // what stands before b's opening mark (one character, or two: `` set apart by a space, '') must close the
        // attribution
        String between = OPENING_MARK_AT_END.matcher(text.substring(a.end(), b.start())).replaceFirst("");
        return between.indexOf('\n') < 0 && (between.endsWith(",") || between.endsWith(":"));
    }

    /** "WALLACE: Let's start…": a transcript turn names its speaker in capitals before a colon. */
    private static Speaker transcriptLabel(NlpDocument doc, ResolvedEntities entities, int start) {
        Matcher m = TRANSCRIPT_LABEL.matcher(doc.text()).region(start, Math.min(doc.text().length(), start + 40));
        if (!m.lookingAt()) return null;
        Span span = new Span(m.start(1), m.end(1));
        Span colon = new Span(m.end(1), m.end(1) + 1);
        String label = m.group(1);
        String last = label.substring(label.lastIndexOf(' ') + 1);
        for (var e : entities.entities()) {
            String name = e.name();
            if (e.type() == EntityType.PERSON && name.substring(name.lastIndexOf(' ') + 1).equalsIgnoreCase(last)) {
                return new Speaker(e.id(), e.name(), span, ":", colon);
            }
        }
        return new Speaker(null, label, span, ":", colon);
    }

    /** A quote of {@code sp}, with the source it came through when another reports what the speaker said. */
    private static Quote quote(Attribution a, String content, int start, int end, Speaker sp, boolean direct) {
        if (sp == null) return new Quote(content, start, end, null, null, null, direct, null, null, null, null);
        Speaker via = passedOnBy(a.reporter(sp), start, end);
        return new Quote(content, start, end, sp.entityId(), sp.name(), sp.cue(), direct, sp.span(), sp.cueSpan(),
                via == null ? null : via.name(), via == null ? null : via.span());
    }

    /**
     * The reporter of a quote, unless it is none: in an inverted attribution after a quote ending in a nested one
     * ("… the drug,’” said Craig Garthwaite") the words before the cue are the quote's own closing marks, which a
     * reporter can neither be (no letter) nor overlap (they close the quote).
     */
    static Speaker passedOnBy(Speaker via, int start, int end) {
        if (via == null || via.name() == null || via.name().codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return via.span().start() < end && start < via.span().end() ? null : via;
    }

    /**
     * Reported speech in one sentence: all of it when it holds no direct quote, else what a cue coordinated after the
     * last quote reports.
     */
    private static void indirect(Attribution a, Sentence s, List<Span> direct, List<Quote> out) {
        NlpDocument doc = a.doc();
        // a sentence may hold several reports ("X said A, but Y said B"): each ends where the next opens, and the
        // clause before a trailing attribution ("…, Smith said.") begins after the last report taken
        int from = s.firstToken();
        // after a direct quote only a cue coordinated with the quote's clause reports ("called it “mixed” and said
        // the results would improve"); the rest of the sentence is the quote's attribution
        boolean afterQuote = false;
        for (Span d : direct) {
            if (d.start() < s.span().end() && s.span().start() < d.end()) {
                afterQuote = true;
                from = Math.max(from, a.tokenAt(d.end()) + 1);
            }
        }
        // a cue coordinated after a report or a quote shares its speaker ("explained that ..., and stated they
        // want ...", "called it “mixed” and said ..."), whom the clauses between may hide from the subject search
        Speaker previous = afterQuote ? lastSpeaker(out, s.span()) : null;
        List<Token> tokens = doc.tokens();
        int last = s.endToken() - 1;
        while (last > s.firstToken() && tokens.get(last).pos() != null && !tokens.get(last).pos().isEmpty()
                && !Character.isLetterOrDigit(tokens.get(last).word().charAt(0))) last--;
        // a question whether asks and reports nothing ("Is it safe to conclude that ...?", "Had the federation ever
        // warned you ...?"), unless a cue of asking stands in it ("Would they, she asked, ...?")
        if (!afterQuote && isQuestion(tokens, s.firstToken(), last, s.endToken()) && !asks(tokens, from, last)) return;
        // "“…,” the candidate told supporters, but she said the count was not final": another subject's report
        // after the quote's attribution is a report of its own, read as in a sentence without a quote
        for (int c = from; afterQuote && c < last; c++) {
            if (CLAUSE_LINKS.contains(tokens.get(c).word().toLowerCase(Locale.ROOT)) && !a.isCue(c + 1)
                    && opensReport(a, c + 1, c + 1, last)) {
                afterQuote = false;
                from = c + 1;
            }
        }
        for (int t = from; t <= last; t++) {
            boolean sharesSubject = t > from && coordinated(tokens, from, t)
                    || previous != null && reportingParticiple(a, t, last);
            if (afterQuote && (a.isAccordingTo(t) || !sharesSubject)) continue;
            if (t == s.firstToken() && !afterQuote) {
                int used = asPutIt(a, t, last, out);
                if (used >= last) return;
                if (used >= 0) {
                    from = used + 1;
                    t = used;
                    continue;
                }
            }
            if (t + 1 <= last && a.isAccordingTo(t)) {
                int used = accordingTo(a, from, t, last, out);
                if (used >= last) return;
                if (used >= 0) {
                    previous = null;
                    from = used + 1;
                    t = used;
                    continue;
                }
            }
            boolean finding = a.isFinding(t);
            boolean expectation = a.isExpectation(t);
            if (!a.isCue(t) && !finding && !expectation || a.negated(t)) continue;
            Speaker sp = sharesSubject && previous != null ? previous.cuedBy(tokens.get(t))
                    : a.subjectOf(t, s.firstToken());
            // "The minister said exports rose, though he admitted ...": a pronoun opening a later report of the
            // sentence is the earlier report's speaker where that one is a phrase the pronoun search cannot see
            if (sp != null && previous != null && previous.entityId() == null && isPronoun(a, sp)) {
                sp = previous.cuedBy(tokens.get(t));
            }
            // "The scientists found that ..., the study said": a finding another cue reports is that cue's content
            if (finding && (sp == null || !a.reportsFindings(sp) || cueAfter(t, last, a::isCue))) continue;
            int contentStart = finding ? a.findingStart(t, last) : a.clauseStart(t, last);
            // "The pilot told passengers the flight was late, a spokesman said": a clause after "told <someone>" with
            // no "that" has no edge of its own, so where another report follows inside it, that one is taken (the
            // told clause may be its content); one after the told clause ends ("…, though employers said …", "… and
            // said he had sold …") leaves the told clause its own report
            if (contentStart > t + 1 && "tell".equalsIgnoreCase(tokens.get(t).lemma())
                    && !tokens.get(contentStart - 1).word().equalsIgnoreCase("that")
                    && reportsLater(a, contentStart, cueReportEnd(a, contentStart, last))) continue;
            // "CNN reported the governor said ...": the quote is the innermost report, taken at its own cue
            if (contentStart >= 0 && nestedReport(a, contentStart, last)) continue;
            // a name inside the reported clause is none of its speakers; the agent of a passive cue ("was told by
            // Roe that ...") stands between the cue and the clause
            if (sp != null && sp.span().start() > tokens.get(t).start() && (contentStart < 0
                    || sp.span().start() >= tokens.get(contentStart).start())) sp = null;
            if (afterQuote && !a.reportsClause(contentStart, last)) continue;
            // a belief in a few words is rarely a report ("I think I got everyone")
            int reportEnd = contentStart < 0 ? -1 : cueReportEnd(a, contentStart, last);
            int end = contentStart < 0 ? -1 : subordinateEnd(a, from, t, contentStart, reportEnd);
            // a report cut off at an auxiliary ("Officials said they would, adding that …") says nothing itself
            if (sp != null && contentStart >= 0 && (a.isBelief(t) ? last - contentStart + 1 >= MIN_INDIRECT_TOKENS
                    : longEnough(a, contentStart, last))
                    && !(end - contentStart < MIN_INDIRECT_TOKENS && endsAtAuxiliary(tokens.get(end)))) {
                // "Users can submit changes and expect that they will be considered, the company said": a belief
                // or an expectation inside a report is the reporter's, whose cue comes later in the sentence
                if ((a.isBelief(t) || expectation) && trailing(a, contentStart, end, false) != null) continue;
                // "Police said the man fled, a spokesman said.": the report closes before the one who passed it on
                Trailing trailing = trailing(a, contentStart, end, true);
                if (trailing == null) {
                    addIndirect(a, contentStart, end, sp, out);
                } else {
                    Quote q = indirectQuote(a, contentStart, trailing.comma() - 1, sp);
                    out.add(q.withVia(trailing.source().name(), trailing.source().span()));
                }
                if (end >= last) return;
                // the main clause after a subordinate one has a subject of its own ("…, Roe favored it, arguing …")
                previous = end < reportEnd ? null : sp;
                from = end + 1;
                t = end;
                continue;
            }
            // "…, Smith said." / "…, said Smith.": the clause before the attribution is the content.
            int comma = t - 1;
            while (comma > from && !tokens.get(comma).word().equals(",") && t - comma < 8) comma--;
            // a cue opening the sentence (a scrape cut off before "said ...") has no clause before it
            // a participle reports what follows it, not the clause before ("…, continuing its run")
            // "Fares rose, the audit found.": a finding or an expectation before its source only where the source
            // ends the sentence ("…, and we expect that to happen" holds none)
            if (!afterQuote && comma > from && tokens.get(comma).word().equals(",") && !"VBG".equals(tokens.get(t).pos())
                    && (!finding && !expectation || t == last)) {
                Speaker rev = sp != null ? sp : a.speakerRight(t);
                // "Overall, she said, a number of ... are alienated", "In the end, Mr. Rosenthal said, union voters
                // ...": an attribution after an opening adverb or phrase reports the clause after it
                int opened = rev == null ? -1 : afterOpeningPhrase(a, s.firstToken(), from, comma, t, rev, last);
                if (opened > 0) {
                    int rest = cueReportEnd(a, opened, last);
                    addIndirect(a, opened, rest, rev, out);
                    if (rest >= last) return;
                    previous = rev;
                    from = rest + 1;
                    t = rest;
                    continue;
                }
                int before = rev == null ? -1 : clauseBefore(a, from, comma, rev);
                if (before <= from) continue;
                // the speaker stands inside the attribution, between the commas, and a pronoun right after the cue
                // is its object ("drew his pistol, pointed it, and shot" is no attribution)
                int comma2 = rev.span().start() < tokens.get(comma).end()
                        || a.tokenAt(rev.span().start()) == t + 1 && "PRP".equals(tokens.get(t + 1).pos()) ? -1
                        : commaAfterAttribution(a, t, rev, last);
                // "The gunman, police said, was known to them", "they had, his father says, paid smugglers": an
                // attribution inside a clause, between its subject or auxiliary and the rest, reports the clause
                // around it, in two pieces
                if (comma2 > 0 && interruptsClause(a, from, before - 1, comma2 + 1)) {
                    int rest = cueReportEnd(a, comma2 + 1, last);
                    if (rest - comma2 + before - from >= MIN_INDIRECT_TOKENS) {
                        addInTwoPieces(a, from, before - 1, comma2 + 1, rest, rev, out);
                        if (rest >= last) return;
                        previous = rev;
                        from = rest + 1;
                        t = rest;
                        continue;
                    }
                }
                if (!longEnough(a, from, before - 1)) continue;
                if (comma2 > 0 && closesClause(a, from, before - 1)) {
                    // "The village was shelled, residents said, but the army denied it", "Turnout was low, officials
                    // said, with fewer than half voting": the report ends at the attribution, and what follows is
                    // read on its own (another clause, or the speaker's next report: "…, adding that …"); "The
                    // vaccine is safe, the agency said, and will be offered ...": a verb without a subject goes on
                    // with the report, in two pieces. A parenthetical inside a clause ("Challenges, I would say, are
                    // …", "…, which, they observed, occurred …") is none of these
                    int link = comma2 + 1;
                    Token next = tokens.get(link);
                    boolean linked = CLAUSE_LINKS.contains(next.word().toLowerCase(Locale.ROOT));
                    if (linked && a.beforeVerb(link + 1)) {
                        addInTwoPieces(a, from, before - 1, link, cueReportEnd(a, link, last), rev, out);
                        return;
                    }
                    // "…, survivors said, and then it was dark": an adverb may open the next clause
                    int clause = link + 1;
                    while (linked && clause < last && "RB".equals(tokens.get(clause).pos())) clause++;
                    if (linked && a.reportsClause(clause, last) || reportingParticiple(a, link, last)
                            || next.word().equalsIgnoreCase("with") || "VBG".equals(next.pos())) {
                        addIndirect(a, from, before - 1, rev, out);
                        previous = rev;
                        from = linked ? link + 1 : link;
                        t = from - 1;
                        continue;
                    }
                }
                if (attributionEndsSentence(a, t, rev, last)) {
                    addIndirect(a, from, before - 1, rev, out);
                    return;
                }
            }
        }
    }

    /**
     * A sentence asking whether: a question mark closes it and it opens with an auxiliary ("Is it ...?", "Had the
     * federation ...?"). A wh-question takes its report for granted ("Why had he asserted that ...?" tells that he
     * did), and a statement ending in a question ("He said the issue was simple: who pays?") opens with its subject:
     * both are read as usual.
     */
    private static boolean isQuestion(List<Token> tokens, int first, int last, int end) {
        boolean mark = false;
        for (int k = last + 1; k < end && !mark; k++) mark = tokens.get(k).word().equals("?");
        int k = afterTurnLabel(tokens, first, last);
        while (k < last && !Character.isLetterOrDigit(tokens.get(k).word().charAt(0))) k++;
        String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
        return mark && FINITE.contains(pos);
    }

    /** Most tokens a turn's label takes before its colon: "((WN)) :" is six. */
    private static final int LABEL_TOKENS = 6;

    /**
     * Where a question opens after the label of an interview's turn ("Q: Did the board tell you ...?", "((WN)) :
     * Has ...?"): after a colon that only brackets and capitalised words stand before; else {@code first}.
     */
    private static int afterTurnLabel(List<Token> tokens, int first, int last) {
        for (int k = first; k < last && k - first < LABEL_TOKENS; k++) {
            String w = tokens.get(k).word();
            if (w.equals(":")) return k > first ? k + 1 : first;
            if (Character.isLetter(w.charAt(0)) ? !Character.isUpperCase(w.charAt(0))
                    : !w.equals("(") && !w.equals(")") && !w.equals("-LRB-") && !w.equals("-RRB-")) return first;
        }
        return first;
    }

    private static boolean asks(List<Token> tokens, int from, int last) {
        for (int k = from; k <= last; k++) {
            String lemma = tokens.get(k).lemma();
            if ("ask".equalsIgnoreCase(lemma) || "wonder".equalsIgnoreCase(lemma)) return true;
        }
        return false;
    }

    /**
     * Whether a token after {@code t}, up to token {@code last} of its sentence, is a cue by {@code isCue}: of saying
     * for a finding, of saying (not belief: "told reporters he believed ..." is one report) or finding for a told
     * clause.
     */
    private static boolean cueAfter(int t, int last, IntPredicate isCue) {
        for (int u = t + 1; u <= last; u++) if (isCue.test(u)) return true;
        return false;
    }

    /**
     * Whether tokens [first, last] are long enough for a report: a few words, or fewer when they are a clause with its
     * subject and verb ("tests would continue", "that it agreed"), which no phrase of a cue's object is.
     */
    private static boolean longEnough(Attribution a, int first, int last) {
        int length = last - first + 1;
        if (length >= MIN_INDIRECT_TOKENS) return true;
        if (length < MIN_INDIRECT_TOKENS - 1 || !a.reportsClause(first, last)) return false;
        // not a clause that is itself a report or stops at an auxiliary ("…, CNN reported the governor said", "where
        // records predicted it would be")
        Token end = a.doc().tokens().get(last);
        return !Cues.CLAUSE.contains(end.lemma()) && !endsAtAuxiliary(end);
    }

    /** Whether a report ending in token {@code end} stops at a modal or an auxiliary ("they would", "it was"). */
    private static boolean endsAtAuxiliary(Token end) {
        return "MD".equals(end.pos()) || ACT_NEUTRAL.contains(end.lemma());
    }

    /**
     * Whether a cue of saying or finding follows token {@code t}, up to token {@code last} ("told reporters he believed
     * ..." is one report, and so is "told reporters the suspect was armed and asked the public not to approach him":
     * a cue coordinated without a clause of its own reports nothing).
     */
    private static boolean reportsLater(Attribution a, int t, int last) {
        List<Token> tokens = a.doc().tokens();
        return cueAfter(t, last, u -> a.isCue(u) && !a.isBelief(u) && (!coordinated(tokens, t, u)
                || a.reportsClause(a.clauseStart(u, last), last)) || a.isFinding(u));
    }

    /**
     * The comma that ends the clause reported before speaker {@code sp}: the one before the cue, or when that comma
     * closes an apposition to the speaker ("Jane Roe, a former adviser, wrote"), the last one before the speaker if
     * what comes before that has a verb, or the one before a role the speaker's name stands in apposition to ("…,
     * the port's chief engineer, Jane Roe, said"); -1 otherwise ("Apple, the iPhone maker, posted ...", "The firm's
     * chief executive, Jane Roe, commented ..." report nothing: the words before the cue are all its subject).
     */
    private static int clauseBefore(Attribution a, int first, int comma, Speaker sp) {
        List<Token> tokens = a.doc().tokens();
        if (sp.span().start() > tokens.get(comma).start()) return comma;
        int k = comma;
        while (k > first && (tokens.get(k).start() >= sp.span().start() || !tokens.get(k).word().equals(","))) k--;
        int role = k - 1;
        while (role > first && !tokens.get(role).word().equals(",")) role--;
        if (role > first && a.isRole(role + 1, k - 1)) k = role;
        for (int t = first; t < k; t++) {
            String pos = tokens.get(t).pos();
            if (pos != null && (pos.startsWith("VB") || pos.equals("MD"))) return k;
        }
        return -1;
    }

    /**
     * Whether the attribution by cue {@code cue} and speaker {@code sp} ends the sentence ending at token {@code
     * last}: at most a few words ("on Monday", "in a statement") after the cue or, when the speaker is named right
     * after the cue or after a role ("said Jane Roe of the Harbour Trust", "said Norway's transport minister, Jane
     * Roe, on Monday") and no finite verb follows the name ("said they would ..." reports what follows), after the
     * name.
     */
    private static boolean attributionEndsSentence(Attribution a, int cue, Speaker sp, int last) {
        if (last - cue <= 5) return true;
        List<Token> tokens = a.doc().tokens();
        int name = a.tokenAt(sp.span().start());
        int role = name - 1;
        if (role > cue && tokens.get(role).word().equals(",")) role--;
        int after = a.tokenAt(sp.span().end());
        String next = after <= last ? tokens.get(after).pos() : "";
        // a pronoun right after the cue is its object ("…, you answer it,” he said")
        return (name == cue + 1 && !"PRP".equals(tokens.get(name).pos()) || role > cue && a.isRole(cue + 1, role))
                && last - (after - 1) <= 5 && !FINITE.contains(next);
    }

    /**
     * Where the clause begins that an attribution between an opening phrase and a comma reports ("Overall, she
     * said, a number of ...", "Still, he said, officials have to ...", "In the end, Roe said, voters ..."), or -1: the
     * sentence opens at {@code from} with at most {@code OPENING_PHRASE} words and no verb up to {@code comma}, an
     * adverb or a preposition first; speaker {@code sp} and cue {@code cue} follow that comma, another closes the
     * attribution, and a subject with its verb goes on after it.
     */
    private static int afterOpeningPhrase(Attribution a, int sentenceStart, int from, int comma, int cue, Speaker sp,
                                          int last) {
        List<Token> tokens = a.doc().tokens();
        if (from != sentenceStart || comma - from > OPENING_PHRASE || a.tokenAt(sp.span().start()) <= comma
                || a.tokenAt(sp.span().end()) > cue) return -1;
        // the speaker right after the comma, past a title ("Ms. Okafor"): "At the hall, which The Hill described as
        // combative, Roe ..." is a relative clause
        for (int k = comma + 1; k < a.tokenAt(sp.span().start()); k++) {
            String pos = tokens.get(k).pos();
            if (pos == null || !(pos.startsWith("NNP") || pos.equals("DT"))) return -1;
        }
        String opening = tokens.get(from).pos();
        if (opening == null || !(opening.startsWith("RB") || opening.equals("IN") && !Attribution.opensClause(tokens.get(from))))
            return -1;
        for (int k = from; k < comma; k++) {
            String pos = tokens.get(k).pos();
            if (pos == null || pos.startsWith("VB") || pos.equals("MD") || Attribution.isQuoteMark(tokens.get(k).word()))
                return -1;
        }
        int comma2 = commaAfterAttribution(a, cue, sp, last);
        if (comma2 < 0) return -1;
        // only the occasion between the cue and the comma ("said on Monday,"), not an object ("described as combative")
        for (int k = cue + 1; k < comma2; k++) {
            Token tok = tokens.get(k);
            String pos = tok.pos() == null ? "" : tok.pos();
            if (!(pos.startsWith("NNP") || pos.equals("CD") || Attribution.isTimeWord(tok)
                    || pos.equals("IN") && !tok.word().equalsIgnoreCase("as") || pos.equals("DT"))) return -1;
        }
        return a.reportsClause(comma2 + 1, last) ? comma2 + 1 : -1;
    }

    /**
     * Whether an attribution between tokens [first, last] and the words from token {@code next} interrupts one
     * clause: the words before it have no verb (a subject: "The gunman, police said, was …") or end at an auxiliary
     * ("they had, his father says, paid …"), and the words after it go on with a verb.
     */
    private static boolean interruptsClause(Attribution a, int first, int last, int next) {
        List<Token> tokens = a.doc().tokens();
        String opening = tokens.get(first).pos();
        if ("IN".equals(opening) || "WRB".equals(opening) || "CC".equals(opening)) return false;
        boolean verb = false;
        for (int k = first; k <= last && !verb; k++) {
            String pos = tokens.get(k).pos();
            verb = pos == null || pos.startsWith("VB") || pos.equals("MD");
        }
        String nextPos = tokens.get(next).pos();
        boolean goesOnWithVerb = nextPos != null && (nextPos.startsWith("VB") || nextPos.equals("MD")
                || nextPos.startsWith("RB") && a.beforeVerb(next));
        return goesOnWithVerb && (!verb || endsAtAuxiliary(tokens.get(last)));
    }

    /**
     * Whether tokens [first, last] are a clause of their own: a verb, no subordinator first, and a last word
     * that closes it (not "which", "but", "is" or "had", where the clause goes on past an interruption).
     */
    private static boolean closesClause(Attribution a, int first, int last) {
        List<Token> tokens = a.doc().tokens();
        // a clause opened by a subordinator ("If these findings are accurate, scientists say, …") is not the report
        String opening = tokens.get(first).pos();
        if (last <= first || "IN".equals(opening) || "WRB".equals(opening)) return false;
        // the tagger reads some past tenses after a subject as participles ("The storm killed 12 people")
        boolean verb = false;
        for (int k = first + 1; k <= last && !verb; k++) {
            String pos = tokens.get(k).pos();
            verb = pos != null && (FINITE.contains(pos) || "VBN".equals(pos));
        }
        if (!verb) return false;
        Token end = tokens.get(last);
        String pos = end.pos() == null ? "" : end.pos();
        return !endsAtAuxiliary(end) && (pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("RB")
                || pos.startsWith("VB") || pos.equals("CD") || pos.equals("PRP"));
    }

    /**
     * The comma that closes a mid-sentence attribution by cue {@code cue} and speaker {@code sp} ("…, residents said,
     * but …", "…, said the agency on Monday, and …"): within a few words after the cue and the speaker, with no verb
     * between; or -1.
     */
    private static int commaAfterAttribution(Attribution a, int cue, Speaker sp, int last) {
        List<Token> tokens = a.doc().tokens();
        int k = Math.max(cue, a.tokenAt(sp.span().end()) - 1) + 1;
        for (int stop = Math.min(last - 1, k + 4); k <= stop; k++) {
            Token tok = tokens.get(k);
            if (tok.word().equals(",")) return k;
            if (tok.pos() == null || tok.pos().startsWith("VB") || tok.pos().equals("MD")) return -1;
        }
        return -1;
    }

    /**
     * The report "according to" at token {@code t} attributes, in the clause from token {@code from} to {@code last}:
     * the words before it ("The ferry sank, according to police.") or after its source ("According to police, the
     * ferry sank ..." up to where another report opens); the last token the attribution took, or -1 for none.
     */
    private static int accordingTo(Attribution a, int from, int t, int last, List<Quote> out) {
        List<Token> tokens = a.doc().tokens();
        Speaker sp = a.accordingTo(t, last);
        if (sp == null) return -1;
        int k = a.tokenAt(sp.span().end());
        int phraseEnd = k;
        while (phraseEnd < last && !tokens.get(phraseEnd).word().equals(",")) phraseEnd++;
        int end = t - 1;
        if (end > from && tokens.get(end).word().equals(",")) end--;
        // "...; according to police, ...", "..., but according to his agent, ...": the report follows the source
        boolean opensClause = end >= from && (tokens.get(end).word().equals(";")
                || "CC".equals(tokens.get(end).pos()))
                // "As a result of the unrest, according to police, twenty people were arrested": no verb before
                || !a.finiteVerbIn(from, end);
        if (t - from >= MIN_INDIRECT_TOKENS && !opensClause) {
            addIndirect(a, from, end, sp, out);
            return phraseEnd;
        }
        if (nestedReport(a, phraseEnd + 1, last)) {
            // "According to police, Roe said ...": Roe's words, which came through the police, at Roe's cue
            return -1;
        }
        if (last - phraseEnd < MIN_INDIRECT_TOKENS) return -1;
        int reportEnd = reportEnd(a, phraseEnd + 1, last);
        // "Tesco's Polish operation, according to a newspaper, is too big to sell whole": the source stands between
        // a subject and its verb, so the report is the two pieces around it
        if (end >= from && a.phraseStart(from, end) == from && a.beforeVerb(phraseEnd + 1)) {
            addInTwoPieces(a, from, end, phraseEnd + 1, reportEnd, sp, out);
        } else {
            addIndirect(a, phraseEnd + 1, reportEnd, sp, out);
        }
        return reportEnd;
    }

    /**
     * The report an opening "As Roe put it," attributes ({@link Attribution#asPutIt}): the clause after it, up to
     * where another report opens; the last token it took, or -1 for none ("As Roe put it, Lee said ..." is Lee's).
     */
    private static int asPutIt(Attribution a, int t, int last, List<Quote> out) {
        Speaker sp = a.asPutIt(t, last);
        if (sp == null) return -1;
        // past the addressee and the occasion ("As Reyes told reporters on Sunday, ...") to the comma
        int closing = a.tokenAt(sp.cueSpan().end());
        while (closing < last && !a.doc().tokens().get(closing).word().equals(",")
                && !a.doc().tokens().get(closing).word().equals(":")) closing++;
        int first = closing + 1;
        // "As the mayor put it: “We have no choice.”": the words in marks are a direct quote, found as one
        if (first <= last && Attribution.isQuoteMark(a.doc().tokens().get(first).word())) return -1;
        if (last - first < MIN_INDIRECT_TOKENS || nestedReport(a, first, last)) return -1;
        int end = reportEnd(a, first, last);
        addIndirect(a, first, end, sp, out);
        return end;
    }

    /**
     * Where a report ends whose cue {@code cue} stands in a clause opened by a subordinator at {@code from} ("Whereas Lee felt the
     * parties should decide, Roe favoured an open primary", "Although the mayor said the bridge was safe, engineers
     * closed it"): at the comma after which the main clause opens with its subject and verb; else at {@code end}.
     */
    private static int subordinateEnd(Attribution a, int from, int cue, int first, int end) {
        List<Token> tokens = a.doc().tokens();
        if (!SUBORDINATE_OPENERS.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) return end;
        // "When asked, Roe said ...": a cue after the subordinate clause's comma is the main clause's own
        for (int k = from + 1; k < cue; k++) if (tokens.get(k).word().equals(",")) return end;
        // "… remarked that, because the spray wears off, it was unlikely …": a clause the report itself opens with
        // a subordinator closes at the first comma, not the sentence's
        String opening = tokens.get(first).word().toLowerCase(Locale.ROOT);
        if (opening.equals(",") || SUBORDINATE_OPENERS.contains(opening)) return end;
        for (int k = first + 1; k < end; k++) {
            if (tokens.get(k).word().equals(",") && a.reportsClause(k + 1, end)
                    && !CLAUSE_LINKS.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT))) return k - 1;
        }
        return end;
    }

    /** A report of {@code sp} in tokens [first, firstEnd] and [second, last], around its attribution. */
    private static void addInTwoPieces(Attribution a, int first, int firstEnd, int second, int last, Speaker sp,
                                       List<Quote> out) {
        List<Token> tokens = a.doc().tokens();
        Span head = new Span(tokens.get(first).start(), tokens.get(firstEnd).end());
        Span rest = new Span(tokens.get(second).start(), tokens.get(last).end());
        Quote q = quote(a, head.of(a.doc().text()) + " " + rest.of(a.doc().text()), head.start(), rest.end(), sp,
                false);
        out.add(q.withParts(List.of(head, rest)));
    }

    /**
     * Where the report whose content opens at token {@code first} ends, no further right than {@code last}: before a
     * conjunction that opens another report ("…, but the union said …", "… and added that …"), with the comma before
     * it, or before a contrast set off by a comma (", whereas …"); else at {@code last}.
     */
    private static int reportEnd(Attribution a, int first, int last) {
        List<Token> tokens = a.doc().tokens();
        for (int k = first + 1; k < last; k++) {
            if (reportingParticiple(a, k + 1, last)) return k - 1;
            // "said reserves would last two years, whereas the office put it at five": the contrast is the writer's
            if (tokens.get(k).word().equals(",") && tokens.get(k + 1).word().equalsIgnoreCase("whereas")) return k - 1;
            if (!CLAUSE_LINKS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                    || !opensReport(a, first, k + 1, last)) continue;
            int end = k - 1;
            if (end > first && tokens.get(end).word().equals(",")) end--;
            return end;
        }
        return last;
    }

    /**
     * Where the report a cue of saying made, whose content opens at token {@code first}, ends: as {@link #reportEnd},
     * or before an act of the reporter coordinated after it ("said the road would close and urged drivers to ...",
     * "said talks would continue, but gave no date").
     */
    private static int cueReportEnd(Attribution a, int first, int last) {
        int end = reportEnd(a, first, last);
        List<Token> tokens = a.doc().tokens();
        for (int k = first + 1; k < end; k++) {
            // "... and urged drivers to ...", "... but gave no date": either conjunction joins the reporter's act
            if (!tokens.get(k).word().equalsIgnoreCase("and") && !tokens.get(k).word().equalsIgnoreCase("but")) continue;
            int verb = k + 1;
            while (verb < end && "RB".equals(tokens.get(verb).pos())) verb++;
            if (!"VBD".equals(tokens.get(verb).pos()) || !reportersAct(a, first, k, verb)) continue;
            return tokens.get(k - 1).word().equals(",") ? k - 2 : k - 1;
        }
        return end;
    }

    /**
     * Whether the past-tense verb {@code verb}, coordinated by "and" at {@code link} without a subject of its own
     * after the clause reported from token {@code first}, is the reporter's act: whatever the act after a modal,
     * which the verb cannot go on from ("said the road would close and urged ..."; not "would appear in court and was
     * held"), another cue after a clause in the present ("claimed emissions have fallen and argued against ..."; not
     * "confirmed it has infected 200 people and killed three"), and an act of addressing an audience
     * ({@link Cues#ADDRESS}) or a refusal to say more after a clause in the past ("said the company was aware of it
     * and declined to comment"). Any other act in the past goes on from the reported clause's subject ("said the man
     * was drunk and hit a pedestrian", "… and declined a breath test").
     */
    private static boolean reportersAct(Attribution a, int first, int link, int verb) {
        List<Token> tokens = a.doc().tokens();
        for (int k = first; k < link; k++) {
            String pos = tokens.get(k).pos();
            if (!FINITE.contains(pos)) continue;
            Token act = tokens.get(verb);
            // "would close the plant and cut 400 jobs": a past tag on a verb whose past is its bare form is the
            // tagger's guess, and the bare verb goes on from the modal
            if ("MD".equals(pos)) {
                return !ACT_NEUTRAL.contains(act.lemma()) && !act.word().equalsIgnoreCase(act.lemma());
            }
            if (!"VBD".equals(pos)) return a.isCue(verb);
            return refusesToSay(a, verb) || Cues.ADDRESS.contains(act.lemma()) && !namesSomeoneBefore(a, first, k);
        }
        return false;
    }

    /**
     * Whether verb {@code verb} refuses to speak ("declined to comment", "refused to say more", "declined to give
     * details").
     */
    private static boolean refusesToSay(Attribution a, int verb) {
        List<Token> tokens = a.doc().tokens();
        return Cues.REFUSALS.contains(tokens.get(verb).lemma()) && verb + 2 < tokens.size()
                && tokens.get(verb + 1).word().equalsIgnoreCase("to")
                && (a.isCue(verb + 2) || Cues.DISCLOSURES.contains(tokens.get(verb + 2).lemma()));
    }

    /**
     * Whether the words [first, verb) before the reported clause's verb name a person or people ("the president
     * visited the site and praised …": the praise may be the president's), not a thing or a body.
     */
    private static boolean namesSomeoneBefore(Attribution a, int first, int verb) {
        for (int k = first; k < verb; k++) {
            Token tok = a.doc().tokens().get(k);
            if (a.isPerson(tok) || PeopleNouns.contains(tok)
                    || Pronouns.isPronoun(tok.word().toLowerCase(Locale.ROOT)) && !"it".equalsIgnoreCase(tok.word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code u} is a participle cue after a comma that goes on with a report ({@link Cues#CONTINUING})
     * and reports a clause of its own ("…, adding that no jobs would be cut", "…, saying the talks had failed"): a
     * further report of the clause's own speaker.
     */
    private static boolean reportingParticiple(Attribution a, int u, int last) {
        List<Token> tokens = a.doc().tokens();
        return u <= last && "VBG".equals(tokens.get(u).pos()) && tokens.get(u - 1).word().equals(",")
                && Cues.CONTINUING.contains(tokens.get(u).lemma()) && a.isCue(u)
                && a.reportsClause(a.clauseStart(u, last), last);
    }

    /**
     * Whether a report opens at token {@code k}: a cue that shares the clause's subject ("and added that ...", "but
     * has said the ..."), or a subject opening right there with its cue after it ("but the union said ...", "while
     * Roe, the port chief, insisted ..."), the cue reporting a clause of its own (not "and promised to", "and said
     * nothing").
     */
    private static boolean opensReport(Attribution a, int content, int k, int last) {
        List<Token> tokens = a.doc().tokens();
        // "…, and according to witnesses, …": another source's report
        if (a.isAccordingTo(k) || tokens.get(k).word().equals(",") && a.isAccordingTo(k + 1)) return true;
        for (int u = k; u <= Math.min(last, k + NESTED_SUBJECT); u++) {
            Token tok = tokens.get(u);
            boolean finite = FINITE.contains(tok.pos()) || "VBN".equals(tok.pos()) && u > k
                    && "have".equals(tokens.get(u - 1).lemma());
            if (!finite) {
                if (tok.word().equals(".") || tok.word().equals(";") || tok.word().equals(":")) return false;
                continue;
            }
            if (isAuxiliary(tokens, u, last)) continue;
            if (!a.isCue(u) || a.isBelief(u) || a.negated(u) || !a.reportsClause(a.clauseStart(u, last), last)) {
                return false;
            }
            // a cue coordinated by a later conjunction ("a lack of funds and a dispute ..., and stated") is that
            // conjunction's to open
            if (coordinated(tokens, k - 1, u)) return afterAuxiliaries(tokens, k - 1, u) == k - 1
                    && continuesReporter(tokens, content, k - 1, u);
            Speaker subject = a.subjectOf(u, k);
            if (subject == null) return false;
            int opening = a.subjectOpening(a.tokenAt(subject.span().start()), k);
            // "…, but opposition leader Ann Shaw said …": a role before the name opens the subject
            return opening == k || opening > k && a.isRole(k, opening - 1);
        }
        return false;
    }

    /**
     * Whether cue {@code u}, coordinated by the conjunction at {@code link} without a subject of its own, goes on from
     * the reporter rather than from the subject of the reported clause opening at {@code content}. "Police said the
     * man shouted at the guards and said he had a bomb": a cue in the past tense after a clause whose verb is an act
     * in the past tense goes on with that act's doer, inside the report. A comma before the conjunction ("…, and
     * predicted that …"), a contrast ("but denied that …"), "added", or a reported clause of state, modality or
     * another tense ("said the players were tired and admitted that …", "said she would not stand again and has
     * said …") goes back to the reporter.
     */
    private static boolean continuesReporter(List<Token> tokens, int content, int link, int u) {
        String conjunction = tokens.get(link).word().toLowerCase(Locale.ROOT);
        if (tokens.get(link - 1).word().equals(",") || !conjunction.equals("and")
                || "add".equals(tokens.get(u).lemma())) return true;
        for (int k = content; k < link; k++) {
            Token tok = tokens.get(k);
            if (!FINITE.contains(tok.pos())) continue;
            return !"VBD".equals(tok.pos()) || !"VBD".equals(tokens.get(u).pos()) || ACT_NEUTRAL.contains(tok.lemma());
        }
        return true;
    }

    /** A trailing attribution closing a report: the comma before it and the one who passed the report on. */
    private record Trailing(int comma, Speaker source) {
    }

    /**
     * The attribution that closes the report in tokens [first, last] after a comma ("…, a spokesman said.", "…,
     * said the ministry on Monday."), or null: a cue of saying with its subject opening right after the comma, and no
     * finite verb after the cue (", he said, would …" goes on). A subject opening before the cue must name
     * somebody when {@code someone} is set (a report passed on is a person's or a body's, "…, the data show" none).
     */
    private static Trailing trailing(Attribution a, int first, int last, boolean someone) {
        List<Token> tokens = a.doc().tokens();
        for (int c = first + 1; c < last; c++) {
            if (!tokens.get(c).word().equals(",") || !longEnough(a, first, c - 1)) continue;
            Speaker source = trailingSource(a, c + 1, last, someone);
            if (source != null) return new Trailing(c, source);
        }
        return null;
    }

    private static Speaker trailingSource(Attribution a, int k, int last, boolean someone) {
        List<Token> tokens = a.doc().tokens();
        if (a.isCue(k) && !a.negated(k)) {
            Speaker sp = a.speakerRight(k);
            return sp != null && attributionEndsSentence(a, k, sp, last) ? sp : null;
        }
        for (int u = k + 1; u <= Math.min(last, k + NESTED_SUBJECT); u++) {
            if (!FINITE.contains(tokens.get(u).pos())) continue;
            if (!a.isCue(u) || a.isBelief(u) || a.negated(u) || a.finiteVerbIn(u + 1, last)) return null;
            Speaker sp = a.subjectOf(u, k);
            return sp != null && a.subjectOpening(a.tokenAt(sp.span().start()), k) == k
                    && (!someone || namesSomeone(a, sp)) ? sp : null;
        }
        return null;
    }

    /**
     * Whether a speaker's phrase names somebody anywhere in it ("a spokesman for the city"), not only at its end as
     * {@link #someone} asks of a clause's subject.
     */
    private static boolean namesSomeone(Attribution a, Speaker sp) {
        if (sp.entityId() != null) return true;
        List<Token> tokens = a.doc().tokens();
        for (int k = a.tokenAt(sp.span().start()); k < a.tokenAt(sp.span().end()); k++) {
            if (PeopleNouns.contains(tokens.get(k))
                    || Pronouns.isPronoun(tokens.get(k).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** Whether the speaker's words are a third-person pronoun ("he", "it", "they"). */
    private static boolean isPronoun(Attribution a, Speaker sp) {
        String words = sp.span().of(a.doc().text()).toLowerCase(Locale.ROOT);
        return words.equals("he") || words.equals("she") || words.equals("it") || words.equals("they");
    }

    /** The speaker of the last direct quote in {@code sentence}, or null. */
    private static Speaker lastSpeaker(List<Quote> quotes, Span sentence) {
        Speaker found = null;
        for (Quote q : quotes) {
            if (q.direct() && q.start() < sentence.end() && sentence.start() < q.end()) {
                found = q.speakerName() == null ? null
                        : new Speaker(q.speaker(), q.speakerName(), q.speakerSpan(), q.cue(), q.cueSpan());
            }
        }
        return found;
    }

    /** Whether the finite token {@code u} is a modal or "have"/"has" before the verb it goes with ("has said"). */
    private static boolean isAuxiliary(List<Token> tokens, int u, int last) {
        if (u + 1 > last) return false;
        String next = tokens.get(u + 1).pos();
        return ("MD".equals(tokens.get(u).pos()) || "have".equals(tokens.get(u).lemma()))
                && next != null && (next.startsWith("VB") || next.equals("RB"));
    }

    /**
     * Whether the clause reported from token {@code first} to {@code last} opens with a report of its own ("the
     * governor said ...", "a source, whom it did not name, said that ..."): a finite cue of saying whose subject
     * opens the clause and that reports a clause of its own.
     */
    private static boolean nestedReport(Attribution a, int first, int last) {
        List<Token> tokens = a.doc().tokens();
        for (int u = first + 1; u <= Math.min(last, first + NESTED_SUBJECT); u++) {
            Token tok = tokens.get(u);
            boolean finite = FINITE.contains(tok.pos()) || "VBN".equals(tok.pos())
                    && "have".equals(tokens.get(u - 1).lemma());
            if (!a.isCue(u) || !finite || a.isBelief(u) || a.negated(u) || coordinated(tokens, first, u)) continue;
            Speaker inner = a.subjectOf(u, first);
            int content = a.clauseStart(u, last);
            return inner != null && a.subjectOpening(a.tokenAt(inner.span().start()), first) == first
                    && someone(a, inner) && content >= 0
                    && last - content + 1 >= MIN_INDIRECT_TOKENS && a.reporter(inner) != null;
        }
        return false;
    }

    /** Whether cue {@code u} follows "and"/"but" past its adverbs: it shares the reporting clause's subject. */
    private static boolean coordinated(List<Token> tokens, int first, int u) {
        return "CC".equals(tokens.get(afterAuxiliaries(tokens, first, u)).pos());
    }

    /** The token before verb {@code u} past its adverbs, modals and "have", no further left than {@code first}. */
    private static int afterAuxiliaries(List<Token> tokens, int first, int u) {
        int k = u - 1;
        while (k > first && tokens.get(k).pos() != null && (tokens.get(k).pos().startsWith("RB")
                || tokens.get(k).pos().equals("MD") || "have".equals(tokens.get(k).lemma()))) k--;
        return k;
    }

    /**
     * Whether a speaker is somebody: an entity, a pronoun or a phrase for people ("the governor", "a source"); "Roe
     * said the data suggest ..." reports what Roe made of the data.
     */
    private static boolean someone(Attribution a, Speaker sp) {
        Token last = a.doc().tokens().get(a.tokenAt(sp.span().end()) - 1);
        return sp.entityId() != null || Pronouns.isPronoun(last.word().toLowerCase(Locale.ROOT))
                || PeopleNouns.contains(last);
    }

    private static void addIndirect(Attribution a, int first, int last, Speaker sp, List<Quote> out) {
        out.add(indirectQuote(a, first, last, sp));
    }

    /** The report of {@code sp} in tokens [first, last]. */
    private static Quote indirectQuote(Attribution a, int first, int last, Speaker sp) {
        NlpDocument doc = a.doc();
        int start = doc.tokens().get(first).start(), end = doc.tokens().get(last).end();
        return quote(a, doc.text().substring(start, end), start, end, sp, false);
    }
}
