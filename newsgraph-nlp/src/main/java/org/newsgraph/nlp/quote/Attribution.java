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
import java.util.function.Predicate;

/**
 * Finds the cue verb and speaker of a quote from the tokens around it: the speaker is the name or pronoun next to
 * a verb of saying ("…," he said; said Smith; Smith told reporters: "…"), a pronoun is the most recent person
 * (or organisation, for "it"/"they"/"we") named before it, and a common noun phrase ("a spokesman") is a speaker
 * without an entity.
 */
final class Attribution {
    private static final int WINDOW = 8;
    /**
     * How far after a cue its "that" may stand: past an addressee and the occasion ("told The Post and Courier
     * newspaper of Charleston on Saturday that", "said in an interview with The Associated Press last week that"),
     * a finite verb, comma or mark before it ending the search.
     */
    private static final int THAT_WINDOW = 14;
    /** Times that may close the occasion between a cue and its "that" ("told reporters last week that"). */
    private static final Set<String> OCCASION_TIMES = Set.of("morning", "afternoon", "evening", "night", "week",
            "weekend", "month", "year");
    /** How near a cue a "that" opens what it reports whatever follows ("said that, if elected, ..."). */
    private static final int NEAR_THAT = 6;
    /**
     * Gatherings one tells something to ("told a news conference in Kyiv on Monday that"), addressed as people are;
     * any other thing right after a cue of telling is its object ("told a long story about ... that").
     */
    private static final Set<String> AUDIENCES = Set.of("conference", "briefing", "meeting", "rally", "hearing",
            "audience", "crowd", "gathering", "summit", "forum", "session", "assembly", "convention");
    /**
     * Cues of a statement beside those of {@link Cues#CLAUSE} that report a clause and name no act in progress ("As
     * POLITICO revealed, ...", "declared in a heated argument with Keyworth that ..."), unlike "testify", "read" or
     * "continue", whose "As she testified," is a time.
     */
    private static final Set<String> STATEMENTS = Set.of("reveal", "declare", "recall", "concede", "stress",
            "emphasize", "emphasise", "joke", "vow", "promise", "boast");
    /** Cues that name an activity as well as a statement: "As she wrote, her daughter slept" is a time. */
    private static final Set<String> ACTIVITIES = Set.of("write", "argue");
    /** Adverbs that make such a cue a statement made before ("As she later wrote,", "as he has long argued"). */
    private static final Set<String> PAST_STATEMENT = Set.of("later", "once", "famously", "previously", "earlier",
            "often", "long", "repeatedly", "recently", "memorably", "rightly");
    /** How many words may stand between a short quote's closing mark and its cue: "the party's new leader said". */
    private static final int CLOSE = 6;
    private static final Set<String> AFFILIATION = Set.of("of", "at", "from");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> FIRST_AND_SECOND_PERSON = Set.of("i", "we", "you", "us", "our", "my", "your");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    /** Words tagged IN that open a clause rather than a prepositional phrase: "that", "because", "after" ... */
    private static final Set<String> SUBORDINATORS = Set.of("that", "because", "after", "before", "if", "while",
            "as", "although", "though", "whereas", "since", "unless", "until", "whether", "when", "so");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "a.m.", "p.m.", "am", "pm");
    /** Nouns for words, or for who says them, whose possessor is their speaker: "Roe's statement reads". */
    private static final Set<String> SPEAKS_FOR_ITS_POSSESSOR = Set.of("statement", "letter", "message", "speech",
            "remark", "word", "release", "announcement", "account", "memo", "essay", "website", "spokesman",
            "spokeswoman", "spokesperson");
    private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");
    /** Words that bound a number ("nearly 300 homes", "about 40 cars"), tagged as adverbs or prepositions. */
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "over", "under", "nearly", "almost",
            "roughly", "approximately", "some", "just", "only", "barely", "fully");
    /** Comparatives that quantify a noun ("more rain", "most households", "fewer than 20"). */
    /** Words for a share of a group of people ("half said", "most of them said", "a majority say"). */
    private static final Set<String> SHARES = Set.of("half", "most", "many", "few", "majority", "majorities",
            "third", "quarter", "two-thirds", "three-quarters");
    /** Words that hedge a share ("some 56 percent", "just 30 percent", "only half"). */
    private static final Set<String> SHARE_HEDGES = Set.of("some", "just", "only", "roughly", "barely");
    private static final Set<String> PERCENT = Set.of("percent", "%", "per", "pct");
    /** Participles that say the people of a share were asked ("56 percent of Cuban-Americans polled said"). */
    private static final Set<String> SURVEYED = Set.of("polled", "surveyed", "questioned", "asked", "interviewed");
    private static final Set<String> COMPARATIVES = Set.of("more", "most", "less", "least", "fewer", "fewest");

    private final NlpDocument doc;
    private final ResolvedEntities entities;
    private final Pronouns pronouns;
    private final RolePhrases roles;
    private final TitledPersons titled;
    private final StatementOpenings openings;

    Attribution(NlpDocument doc, ResolvedEntities entities) {
        this.doc = doc;
        this.entities = entities;
        this.pronouns = new Pronouns(this, entities);
        this.roles = new RolePhrases(this, entities);
        this.titled = new TitledPersons(this, entities.entities());
        this.openings = new StatementOpenings(this);
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
        return isVerbIn(t, Cues.VERBS);
    }

    /** Whether token {@code t} is a finite verb of finding ("the study found", "records show", "has shown"). */
    boolean isFinding(int t) {
        return isVerbIn(t, Cues.FINDINGS) && (isFinite(doc.tokens().get(t))
                || "VBN".equals(doc.tokens().get(t).pos()) && t > 0 && isAuxiliary(doc.tokens().get(t - 1)));
    }

    /**
     * Whether speaker {@code sp} of a finding is what reports one: a study, poll, inquiry or record, or the body that
     * made it ("a poll by Gallup", "the ministry"). Not a person, people or a pronoun ("Smith found the answer was
     * simple" is what Smith realised), nor one's own work ("our survey found", "we found": the speaker's account).
     */
    boolean reportsFindings(Speaker sp) {
        String phrase = sp.span().of(doc.text()).toLowerCase(Locale.ROOT);
        int first = phrase.indexOf(' ');
        if (FIRST_AND_SECOND_PERSON.contains(first < 0 ? phrase : phrase.substring(0, first))) return false;
        Token head = doc.tokens().get(tokenAt(sp.span().end()) - 1);
        Entity e = entities.at(head.start(), head.end());
        return !(e != null && e.type() == EntityType.PERSON) && !PeopleNouns.contains(head)
                && !Pronouns.isPronoun(head.word().toLowerCase(Locale.ROOT));
    }

    private boolean isVerbIn(int t, Set<String> lemmas) {
        Token tok = doc.tokens().get(t);
        return tok.pos() != null && tok.pos().startsWith("VB") && tok.lemma() != null
                && lemmas.contains(tok.lemma().toLowerCase(Locale.ROOT));
    }

    /** A direct quote's speaker: first from a cue right after it, else from a cue before it in its sentence. */
    Speaker direct(int markStart, int markEnd) {
        Speaker dashed = afterDash(markEnd);
        if (dashed != null) return dashed;
        Speaker labelled = beforeColon(markStart);
        if (labelled != null) return labelled;
        int after = tokenAt(markEnd);
        int sentence = after < doc.tokens().size() ? doc.sentenceOf(after) : -1;
        // A cue after the quote counts only inside the quote's own sentence: “…him.” She says … is a new claim.
        boolean sameSentence = after > 0 && sentence >= 0
                && (doc.sentenceOf(after - 1) == sentence || questionGoesOn(markEnd, after));
        // Past the usual window a cue still counts behind an apposition: “…,” Jane Roe, the union's chair, said.
        int stop = sameSentence && !coordinatedAfter(markStart, after)
                ? Math.min(doc.tokens().size(), after + 3 * WINDOW) : after;
        for (int t = after; t < stop; t++) {
            // “…”. Roe said: the full stop right after the closing mark ends the quote's sentence as well
            if (opensQuote(t) || endsSentence(t) && (t > after || !isCue(t))) break;
            if (t - after >= WINDOW) {
                if (isCue(t)) return beforeApposition(t, after);
                continue;
            }
            // "“…,” according to the minister": the source right after the quote
            if (sentence >= 0 && isAccordingTo(t)
                    && (t == after || t == after + 1 && doc.tokens().get(after).word().equals(","))) {
                return accordingTo(t, doc.sentences().get(sentence).endToken() - 1);
            }
            if (isCue(t)) {
                // "said the deal was “fair to both sides” and thanked the mediator": a verb coordinated after the
                // quote shares the subject of the clause the quote is in, so a cue before the quote speaks
                if (conjunction(t, after - 1) >= 0) break;
                Speaker s = speakerLeft(t, after);
                if (s == null) s = speakerRight(t);
                if (s != null) return s;
                // "“…,” that letter said": the quote's source is a thing, and no person elsewhere said it; "“Enough!”
                // shouted the crowd": a finite cue right after a quote that opens its sentence is its own, whoever it
                // names, not an earlier one (a participle, "“…,” adding", hangs from the clause before)
                if (thingBefore(t, after) || t == after && !"VBG".equals(doc.tokens().get(t).pos())
                        && opensSentence(markStart)) return null;
            }
        }
        int before = tokenAt(markStart) - 1;
        if (before < 0) return null;
        int sb = doc.sentenceOf(before);
        int from = sb >= 0 ? doc.sentences().get(sb).firstToken() : Math.max(0, before - 2 * WINDOW);
        // a quote opening its own sentence looks back only a little into the one before; one opened inside its
        // sentence looks back over all of it, whether or not the sentence ends with the quote ("She described him as
        // “…” who was “…” and “…”.": the third piece is as far from the cue as the sentence is long)
        // among the words past the first sixteen a semicolon opens a clause of its own ("According
        // to the embassy, the man died on Monday; officials called him “…”"), and a participle after a noun is no
        // cue ("In a statement posted to her account, she accepted, writing, “…”": not the account's words)
        int near = -1;
        if (sentence >= 0 && sb != sentence && before - from > 2 * WINDOW) {
            boolean opensOwnSentence = sb != doc.sentenceOf(before + 1);
            near = before - 2 * WINDOW;
            if (opensOwnSentence) from = near;
            else from = afterSemicolon(from, before);
        }
        for (int t = before; t >= from; t--) {
            // "According to Moroz, the plan had been ignored “for two months”": the source of the sentence's claim
            if (isAccordingTo(t) && doc.sentenceOf(t) == doc.sentenceOf(before + 1) && commaBefore(t, before)) {
                return accordingTo(t, before);
            }
            // "As Warren put it: “…”": the "as" clause right before the quote names its speaker
            Speaker as = sentenceOpening(t) ? asPutIt(t, before) : null;
            if (as != null && tokenAt(as.cueSpan().end()) == before) return as;
            if (isCue(t) && !reportedBelief(t, from) && !(t < near && describesNoun(t))) {
                Speaker s = openingParticiple(t, from) ? mainSubject(markEnd, t) : subjectOf(t, from);
                // the name after a participle is its object ("…, urging Roe to “…”")
                if (s == null && !participleAfterComma(t, from)) s = speakerRight(t);
                if (s != null) return s;
            }
        }
        return openings.speaker(markStart);
    }

    /**
     * Whether a clause coordinated after a quote inside a sentence follows it ("Reyes said the deal was “fair” and
     * Diaz told reporters it was not"): a cue in that clause speaks for the clause, so the quote is left to the cue
     * before it. A quote that opens its sentence has no clause before it to belong to.
     */
    private boolean coordinatedAfter(int markStart, int after) {
        List<Token> tokens = doc.tokens();
        int k = after < tokens.size() && tokens.get(after).word().equals(",") ? after + 1 : after;
        if (k >= tokens.size() || !"CC".equals(tokens.get(k).pos()) || opensSentence(markStart)
                || doc.sentenceOf(k) != doc.sentenceOf(tokenAt(markStart))) return false;
        String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
        return w.equals("and") || w.equals("but");
    }

    /**
     * Where reported content begins after cue {@code t}, no further right than {@code last}: after a "that" opening a
     * clause within a few words (not the pronoun that ends a phrase: "promised to do just that, ..."), or right after
     * the cue; -1 when none does. An embedded question ("asked whether the rules that ...", "did not say how ...")
     * reports no statement, whatever "that" follows it.
     */
    int clauseStart(int t, int last) {
        List<Token> tokens = doc.tokens();
        if (Cues.EXPECTATIONS.contains(lemma(tokens.get(t)))) return expectedClause(t, last);
        for (int k = t + 1; k <= Math.min(last, t + THAT_WINDOW); k++) {
            Token tok = tokens.get(k);
            String w = tok.word();
            // "adding to fears that …", "adding weight to the view that …": to add to something is to increase it,
            // and the clause is the noun's
            if (w.equalsIgnoreCase("to") && "add".equals(tokens.get(t).lemma())) return -1;
            if (w.equalsIgnoreCase("that") && ("IN".equals(tok.pos()) || k < last
                    && Character.isLetterOrDigit(tokens.get(k + 1).word().charAt(0))
                    && !"CC".equals(tokens.get(k + 1).pos()))) {
                // "announced the update that was released as a beta": a "that" after the cue's object noun with its
                // verb right after it is the subject of the object's relative clause, and with no verb after that
                // clause the cue has an object, no report ("said the firm that owns the plant would close it" has
                // one, "say it's been evident in the talks that ensued" opened its clause with a pronoun)
                if (k > t + 1 && objectAfter(t) && relativePronoun(k, last) && onlyRelativeClause(k + 1, last)) {
                    return -1;
                }
                // far from the cue a "that" may open a clause of the object's noun ("cited an op-ed in The Post that
                // targeted him", "voiced concerns that ...", "the partisanship that Roe decries"): there it follows
                // the addressee's or outlet's name or the occasion's time ("told The Post on Saturday that") and
                // opens a clause with its own subject and verb
                if (k <= t + NEAR_THAT) return k + 1;
                // farther only a cue of a clause keeps it, and only past an addressee, prepositional phrases and
                // times: an object right after the cue takes the "that" for its own relative clause ("said the report
                // by Deloitte in March that the board had commissioned", "announced a partnership with ... last year
                // that analysts called a turning point", "agreed with a proposal by ... that critics say")
                if (!reportsFarClause(lemma(tokens.get(t)))) break;
                if (!onlyAddresseeAndOccasion(t, k)) {
                    // and with no verb after that clause, the object with its clause is all the cue has: no report
                    // ("reported a loss in the third quarter of last year that analysts had not expected"); a
                    // pronoun after the cue is a subject ("say it's been evident in the talks that ensued")
                    if (objectAfter(t) && onlyRelativeClause(k + 1, last)) return -1;
                    break;
                }
                // "said in a statement posted on its website on Monday that": the tagger may read a participle
                // after its noun as a past tense; after another cue of its sentence the "that" is that cue's
                if (cueBeforeInSentence(t)) break;
                Token before = tokens.get(k - 1);
                boolean afterName = before.pos() != null && before.pos().startsWith("NNP") || isTimeWord(before)
                        || OCCASION_TIMES.contains(before.word().toLowerCase(Locale.ROOT));
                if (afterName && (subjectThenVerb(k + 1, last) || k < last
                        && "DT".equals(tokens.get(k + 1).pos()) && modifiedSubjectThenVerb(k + 2, last))) return k + 1;
                break;
            }
            if (w.equals(",") || w.equals(".") || w.equals(":") || isQuoteMark(w) || opensQuestion(tok)) break;
            // a finite verb before it puts the "that" in the reported clause ("said she would veto any bill that
            // cut", "said the defendant told a friend that"): the clause began at the cue; a participle does not
            // ("said in a statement released on Monday that")
            if (isFinite(tok)) break;
        }
        if (t + 1 > last) return -1;
        String lemma = tokens.get(t).lemma();
        if ("tell".equals(lemma)) return afterAddressee(t, last);
        // "said on Friday he had met Trump", "said Tuesday night the talks would go on": the occasion after the cue
        // is no part of what it reports
        int c = afterOccasion(t + 1, last);
        if (c > last) return -1;
        String nextPos = tokens.get(c).pos();
        boolean clauseNext = nextPos != null && (nextPos.equals("PRP") || nextPos.equals("DT")
                || nextPos.startsWith("NNP") || nextPos.equals("EX")
                || nextPos.equals("PRP$") && finiteVerbSoon(c + 1, last))
                // "said exports fell", "said new talks would start": a bare noun phrase and then its verb
                || subjectThenVerb(c, last);
        return lemma != null && Cues.CLAUSE.contains(lemma) && clauseNext ? c : -1;
    }

    /**
     * The token after a time at {@code from} ("on Friday", "Tuesday night", "last week", "this morning"), or {@code
     * from} when none stands there; a clause opening with its subject must follow for the time to be passed over.
     */
    private int afterOccasion(int from, int last) {
        List<Token> tokens = doc.tokens();
        int k = from;
        String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
        if ((w.equals("on") || w.equals("last") || w.equals("this") || w.equals("earlier") || w.equals("late"))
                && k < last) k++;
        int time = k;
        // "Morning Joe host ..." is a name: a word for a part of the day or a week is a time in lower case only
        while (k <= last && (isTimeWord(tokens.get(k)) || OCCASION_TIMES.contains(tokens.get(k).word()))) k++;
        // "said Thursday's speeches had ...": a time with its possessive is the subject
        if (k == time || k > last || "POS".equals(tokens.get(k).pos())) return from;
        String pos = tokens.get(k).pos();
        boolean subject = "PRP".equals(pos) || "DT".equals(pos) || pos != null && pos.startsWith("NNP")
                || subjectThenVerb(k, last);
        return subject && finiteVerbSoon(k, last) ? k : from;
    }

    /**
     * Whether the words from token {@code from} to {@code last} (or the sentence's end) hold one verb group only, that
     * of a relative clause ("that analysts called a turning point"), and no verb of a clause it stands in ("that the
     * board had commissioned was never shared").
     */
    private boolean onlyRelativeClause(int from, int last) {
        List<Token> tokens = doc.tokens();
        int end = Math.min(last, sentence(from) == null ? last : sentence(from).endToken() - 1);
        int k = from;
        // the clause's verb may be tagged a participle ("that riders widely criticized")
        while (k <= end && !(isFinite(tokens.get(k)) || "VBN".equals(tokens.get(k).pos()))) k++;
        int lexical = -1;
        for (; k <= end && inVerbGroup(tokens.get(k)); k++) {
            Token tok = tokens.get(k);
            // "that riders widely criticized would be scrapped": a verb right after the clause's own verb is the
            // sentence's, unless that verb reports it ("that analysts say would cut")
            if (lexical >= 0 && isFinite(tok) && !isCue(lexical)
                    && !Cues.EXPECTATIONS.contains(lemma(tokens.get(lexical)))) return false;
            if (tok.pos() != null && tok.pos().startsWith("VB") && !isAuxiliary(tok)) lexical = k;
        }
        for (; k <= end; k++) if (isFinite(tokens.get(k))) return false;
        return true;
    }

    /** Whether a common noun phrase follows cue {@code t} at once, as its object does ("announced a partnership"). */
    private boolean objectAfter(int t) {
        String pos = doc.tokens().get(t + 1).pos();
        return pos != null && (pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.equals("CD")
                || pos.equals("NN") || pos.equals("NNS"));
    }

    private static boolean inVerbGroup(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return pos.startsWith("VB") || pos.equals("MD") || pos.equals("RB") || pos.equals("TO");
    }

    /** Whether the "that" at token {@code that}, after a noun, has its finite verb right after it (past adverbs). */
    private boolean relativePronoun(int that, int last) {
        List<Token> tokens = doc.tokens();
        String before = tokens.get(that - 1).pos();
        if (before == null || !before.startsWith("NN")) return false;
        int k = that + 1;
        while (k <= last && "RB".equals(tokens.get(k).pos())) k++;
        return k <= last && isFinite(tokens.get(k));
    }

    private static boolean reportsFarClause(String cueLemma) {
        return Cues.CLAUSE.contains(cueLemma) || STATEMENTS.contains(cueLemma) || cueLemma.equals("testify");
    }

    /**
     * Whether the words between cue {@code cue} and its "that" at {@code that} are an addressee right after a cue of
     * telling ("told The Post and Courier newspaper of Charleston", "told investors"), prepositional phrases and times
     * ("in a letter published on its website on Monday", "last week"), and no object of the cue.
     */
    private boolean onlyAddresseeAndOccasion(int cue, int that) {
        List<Token> tokens = doc.tokens();
        int k = cue + 1;
        if (Cues.ADDRESSED.contains(lemma(tokens.get(cue)))) k = afterAddresseePhrase(k, that);
        if (k >= that) return true;
        Token first = tokens.get(k);
        String w = first.word().toLowerCase(Locale.ROOT);
        boolean occasion = "IN".equals(first.pos()) || "TO".equals(first.pos()) || isTimeWord(first)
                || (w.equals("last") || w.equals("this") || w.equals("earlier") || w.equals("late"))
                && (isTimeWord(tokens.get(k + 1)) || OCCASION_TIMES.contains(tokens.get(k + 1).word()));
        if (!occasion) return false;
        for (; k < that; k++) {
            String pos = tokens.get(k).pos();
            if (!(inNounPhrase(pos) || "IN".equals(pos) || "TO".equals(pos) || "CC".equals(pos) || "VBN".equals(pos)
                    || "RB".equals(pos) || isTimeWord(tokens.get(k)))) return false;
        }
        return true;
    }

    /**
     * The token after the addressee that starts at {@code from} (a pronoun, or a phrase whose noun is a name, people,
     * a body or a gathering), before token {@code that}; {@code from} when no addressee stands there.
     */
    private int afterAddresseePhrase(int from, int that) {
        List<Token> tokens = doc.tokens();
        if ("PRP".equals(tokens.get(from).pos())) return from + 1;
        int k = from;
        // the occasion's time is no part of the addressee ("told The New York Times Tuesday morning that")
        while (k < that && !isTimeWord(tokens.get(k))
                && (inNounPhrase(tokens.get(k).pos()) || "CC".equals(tokens.get(k).pos()) && k > from)) k++;
        if (k == from) return from;
        Token head = tokens.get(k - 1);
        String w = head.word().toLowerCase(Locale.ROOT);
        boolean addressee = head.pos() != null && head.pos().startsWith("NNP") || PeopleNouns.contains(head)
                || Cues.isSource(head.word(), head.lemma()) || AUDIENCES.contains(w);
        return addressee ? k : from;
    }

    /** Whether a cue of saying stands before token {@code t} in its sentence. */
    private boolean cueBeforeInSentence(int t) {
        Sentence s = sentence(t);
        for (int k = t - 1; s != null && k >= s.firstToken(); k--) if (isCue(k)) return true;
        return false;
    }

    /** Where the clause believed by cue {@code t}, one of {@link Cues#EXPECTATIONS}, begins, or -1. */
    private int expectedClause(int t, int last) {
        List<Token> tokens = doc.tokens();
        int before = t - 1;
        while (before >= 0 && "RB".equals(tokens.get(before).pos())) before--;
        if (t + 1 > last || before >= 0 && "be".equals(lemma(tokens.get(before)))) return -1;
        // "expected that anyway": a "that" with no clause after it is the object
        int from = tokens.get(t + 1).word().equalsIgnoreCase("that") ? t + 2 : t + 1;
        return subjectThenVerb(from, last) || from > t + 1 && modifiedSubjectThenVerb(from, last) ? from : -1;
    }

    /**
     * Where what cue "tell" {@code t} reports begins past its addressee ("told reporters the ruling was unfair",
     * "told him she would stay", "told the court documents showed"): at the first subject with its finite verb that
     * follows a short noun phrase; -1 when none does ("told him to leave", "told the story of"). A determiner right
     * after the addressee opens the subject even with a phrase after its noun ("told the jury the evidence against
     * the driver was weak").
     */
    private int afterAddressee(int t, int last) {
        List<Token> tokens = doc.tokens();
        boolean nounSeen = false;
        for (int k = t + 1; k <= Math.min(last - 1, t + 5); k++) {
            String pos = tokens.get(k).pos();
            // a determiner after a noun opens the next phrase ("told Wikinews the twists they saw were ...")
            if (pos == null || nounSeen && pos.equals("DT")) return -1;
            boolean noun = pos.startsWith("NN") || pos.equals("PRP");
            nounSeen |= noun;
            // a name goes on to its last word ("told The Jakarta Post", "told Fox News")
            String nextPos = tokens.get(k + 1).pos();
            if (pos.startsWith("NNP") && nextPos != null && nextPos.startsWith("NNP")) continue;
            if (noun && (subjectThenVerb(k + 1, last)
                    || "DT".equals(tokens.get(k + 1).pos()) && modifiedSubjectThenVerb(k + 2, last))) return k + 1;
            if (pos.equals("PRP") || !inNounPhrase(pos)) return -1;
        }
        return -1;
    }

    /**
     * Where the finding reported by cue {@code t} begins ("the survey found that most ...", "records show the ferry
     * carried ..."), no further right than {@code last}, or -1: right after "that" or at a subject that its finite
     * verb follows at once, so what was found ("found the trawler", "found it hard to", "found frogs that had")
     * is no report.
     */
    int findingStart(int t, int last) {
        List<Token> tokens = doc.tokens();
        int k = t + 1;
        while (k <= last && "RB".equals(tokens.get(k).pos())) k++;
        if (k < last && tokens.get(k).word().equalsIgnoreCase("that")) {
            return subjectThenVerb(k + 1, last) || "DT".equals(tokens.get(k + 1).pos()) ? k + 1 : -1;
        }
        return subjectThenVerb(k, last) ? k : -1;
    }

    /**
     * Whether what a cue reports from token {@code content} (no further right than {@code last}) is a clause: after
     * "that", or a subject with its finite verb ("and added the dredging would start"), not the cue's object ("and
     * maintains a policy of ...", "and claimed a sixteenth death").
     */
    boolean reportsClause(int content, int last) {
        List<Token> tokens = doc.tokens();
        if (content < 0 || content > last) return false;
        // a demonstrative alone is a subject too ("but said this too was unrelated")
        return content > 0 && tokens.get(content - 1).word().equalsIgnoreCase("that") || subjectThenVerb(content, last)
                || "DT".equals(tokens.get(content).pos())
                && (beforeVerb(content + 1) || modifiedSubjectThenVerb(content + 1, last));
    }

    /** Whether tokens [from, last] hold a finite verb. */
    boolean finiteVerbIn(int from, int last) {
        for (int k = from; k <= last; k++) if (isFinite(doc.tokens().get(k))) return true;
        return false;
    }

    /**
     * Whether a noun phrase (or a pronoun) starting at token {@code from} is followed at once by a finite verb, past
     * adverbs: the subject of a clause, not an object.
     */
    private boolean subjectThenVerb(int from, int last) {
        List<Token> tokens = doc.tokens();
        int k = from;
        if (k <= last && ("PRP".equals(tokens.get(k).pos()) || "EX".equals(tokens.get(k).pos()))) {
            k++;
        } else {
            k = nounPhraseEnd(afterQuantifier(from, last), last);
            // "thousands of residents were", "most of the trains stayed", "some of them said": a part of a group
            if (k >= 0 && k < last && tokens.get(k).word().equalsIgnoreCase("of")) {
                k = "PRP".equals(tokens.get(k + 1).pos()) ? k + 2 : nounPhraseEnd(k + 1, last);
            } else if (k >= 0 && k < last && isPreposition(tokens.get(k))) {
                // "said talks with other unions would continue": one phrase after the noun, then the verb
                k = nounPhraseEnd(k + 1, last);
            }
            if (k < 0) return false;
        }
        while (k <= last && "RB".equals(tokens.get(k).pos())) k++;
        return k <= last && isFinite(tokens.get(k));
    }

    /**
     * Where the noun phrase starting at token {@code from} ends (the token after it), or -1 when none starts there
     * or it ends in no noun or number; a superlative heads one too when a part of it follows ("most of the ...").
     */
    private int nounPhraseEnd(int from, int last) {
        List<Token> tokens = doc.tokens();
        int k = from;
        while (k <= last && inNounPhrase(tokens.get(k).pos())) k++;
        if (k == from) return -1;
        String head = tokens.get(k - 1).pos();
        boolean partOf = k <= last && tokens.get(k).word().equalsIgnoreCase("of")
                && (head.equals("JJS") || head.equals("DT"));
        return head.startsWith("NN") || head.equals("CD") || partOf ? k : -1;
    }

    /**
     * The first token after a quantifier opening a subject ("at least 12 people", "nearly 300 homes", "more than
     * 10,000", "more rain", "most households"), which the tagger tags as a preposition or an adverb; {@code from}
     * when there is none.
     */
    private int afterQuantifier(int from, int last) {
        if (from + 1 > last) return from;
        List<Token> tokens = doc.tokens();
        String w = tokens.get(from).word().toLowerCase(Locale.ROOT);
        Token next = tokens.get(from + 1);
        String n = next.word().toLowerCase(Locale.ROOT);
        if (w.equals("at") && (n.equals("least") || n.equals("most")) || w.equals("up") && n.equals("to")
                || COMPARATIVES.contains(w) && n.equals("than")) return from + 2;
        if (APPROXIMATORS.contains(w) && "CD".equals(next.pos())) return from + 1;
        return COMPARATIVES.contains(w) && inNounPhrase(next.pos()) ? from + 1 : from;
    }

    /** Whether a word tagged {@code pos} can stand in a noun phrase before or as its head noun. */
    private static boolean inNounPhrase(String pos) {
        return pos != null && (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD")
                || pos.equals("POS") || pos.equals("PRP$"));
    }

    /**
     * Whether a finite verb follows within a few words that are all of a noun phrase and the phrases after its noun
     * ("evidence against the driver was"): the rest of a subject its determiner opened before {@code from}.
     */
    private boolean modifiedSubjectThenVerb(int from, int last) {
        for (int k = from; k <= Math.min(last, from + 7); k++) {
            Token tok = doc.tokens().get(k);
            if (isFinite(tok)) return k > from;
            if (!inNounPhrase(tok.pos()) && !"IN".equals(tok.pos())
                    || SUBORDINATORS.contains(tok.word().toLowerCase(Locale.ROOT))) return false;
        }
        return false;
    }

    /**
     * Whether a finite verb follows within the noun phrase's few words: a possessive or a bare noun after a cue opens
     * a clause ("said their figures were wrong", "said exports fell") only then; otherwise it opens the cue's object
     * ("announced his resignation", "announced plans to"), whatever verb comes after a conjunction or a preposition
     * ("maintains his innocence and blames", "announced their decision although she had").
     */
    private boolean finiteVerbSoon(int from, int last) {
        for (int k = from; k <= Math.min(last, from + 4); k++) {
            Token tok = doc.tokens().get(k);
            if (isFinite(tok)) return true;
            String pos = tok.pos() == null ? "" : tok.pos();
            if (!Character.isLetterOrDigit(tok.word().charAt(0)) && !pos.equals("POS") || pos.equals("CC")
                    || pos.equals("IN") || pos.equals("TO")) {
                return false;
            }
        }
        return false;
    }

    private static boolean opensQuestion(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.equals("whether") || w.equals("if") || "WRB".equals(t.pos()) || "WP".equals(t.pos());
    }

    /**
     * Whether cue {@code t} is negated ("did not say", "has never claimed", "don't think") or refused ("declined to
     * comment"): nothing was said.
     */
    boolean negated(int t) {
        int k = t - 1;
        for (; k >= 0 && "RB".equals(doc.tokens().get(k).pos()); k--) {
            if (Cues.NEGATIONS.contains(doc.tokens().get(k).word().toLowerCase(Locale.ROOT))) return true;
        }
        // "declined to comment", "refused to say whether": the infinitive of a refusal
        if (k < 1 || !"TO".equals(doc.tokens().get(k).pos())) return false;
        String refusal = doc.tokens().get(k - 1).lemma();
        return refusal != null && Cues.REFUSALS.contains(refusal.toLowerCase(Locale.ROOT));
    }

    /** Whether token {@code t} is a cue of belief ("thinks", "believed"), not of saying. */
    boolean isBelief(int t) {
        return isCue(t) && Cues.BELIEFS.contains(doc.tokens().get(t).lemma().toLowerCase(Locale.ROOT))
                || isExpectation(t);
    }

    /** Whether token {@code t} is a verb of a belief held more than stated, one of {@link Cues#EXPECTATIONS}. */
    boolean isExpectation(int t) {
        // "Hope Hicks": a capitalised word inside a sentence is a name
        Token tok = doc.tokens().get(t);
        return isVerbIn(t, Cues.EXPECTATIONS) && (Character.isLowerCase(tok.word().charAt(0))
                || doc.sentences().get(doc.sentenceOf(t)).firstToken() == t);
    }

    /**
     * The source a speaker's words came through when the speaker opens a clause another reports ("CNN reported the
     * governor said ...", "Reuters reported that an official, whom it did not name, said ...", "According to police,
     * Roe said ..."): the outer report's speaker, or null. The speaker {@code inner} opens the reported clause of
     * a cue of saying before it (after its "that", or right after a cue that takes a clause without one), or
     * follows the comma that ends an opening "according to" phrase.
     */
    Speaker reporter(Speaker inner) {
        Speaker outer = report(inner);
        return outer == null ? null : other(outer, inner);
    }

    /** The speaker of the report whose clause {@code inner} opens, or null; may be the same ("Roe said she ..."). */
    private Speaker report(Speaker inner) {
        int first = tokenAt(inner.span().start());
        Sentence sentence = sentence(first);
        if (sentence == null) return null;
        int floor = sentence.firstToken(), last = sentence.endToken() - 1;
        int k = subjectOpening(first, floor) - 1;
        if (k < floor) return null;
        String w = doc.tokens().get(k).word();
        if (w.equals(",")) {
            for (int a = k - 2; a >= floor && !doc.tokens().get(a).word().equals(","); a--) {
                if (isAccordingTo(a)) return accordingTo(a, k);
            }
            return null;
        }
        for (int cue = k; cue >= floor && k - cue <= 6; cue--) {
            Token tok = doc.tokens().get(cue);
            // a participle's clause is its own subject's ("signed a letter saying the report ...")
            if (isCue(cue) && isFinite(tok) && !isBelief(cue) && !negated(cue) && clauseStart(cue, last) == k + 1) {
                return subjectOf(cue, floor);
            }
            if (tok.pos() == null || tok.pos().startsWith("VB") || !Character.isLetterOrDigit(tok.word().charAt(0))) {
                return null;
            }
        }
        return null;
    }

    /**
     * Where the subject whose speaker is named from token {@code first} opens, no further left than {@code floor}: a
     * title or determiner before a name is part of it ("FBI Director James Comey", "the governor").
     */
    int subjectOpening(int first, int floor) {
        int k = first;
        while (k > floor && first - k < 3 && (isNameWord(doc.tokens().get(k - 1))
                || "DT".equals(doc.tokens().get(k - 1).pos()))) k--;
        return k;
    }

    /**
     * {@code outer} if it names another than {@code inner}, before it: "Roe said she would ..." reports Roe's own
     * words.
     */
    private static Speaker other(Speaker outer, Speaker inner) {
        if (outer.span().end() > inner.span().start()) return null;
        boolean same = outer.entityId() != null ? outer.entityId().equals(inner.entityId())
                : outer.name().equalsIgnoreCase(inner.name());
        return same ? null : outer;
    }

    /**
     * Whether the sentence opening at token {@code after} goes on the quote closed before it ({@code markEnd}) by a
     * question or exclamation mark: sentence splitters end a sentence there, but "“Why now?” asked the senator."
     * and "“Enough!” she said." are one. It must open with a reporting clause, its cue first or after its subject's
     * noun phrase ("and I said" goes on with a clause of its own); after a capitalised word the clause must end there
     * too ("“Who pays?” Roe asked." or "Roe asked, looking at ..."; not "Roe said the plan ..." nor "Roe said, “…”").
     */
    private boolean questionGoesOn(int markEnd, int after) {
        int last = markEnd - 2;
        while (last > 0 && Character.isWhitespace(doc.text().charAt(last))) last--;
        Sentence s = sentence(after);
        if (last < 0 || "?!".indexOf(doc.text().charAt(last)) < 0 || s == null || s.firstToken() != after) return false;
        boolean lowerCase = Character.isLowerCase(doc.tokens().get(after).word().charAt(0));
        for (int t = after; t < Math.min(s.endToken(), after + CLOSE); t++) {
            if (isCue(t) && (isFinite(doc.tokens().get(t)) || "VBN".equals(doc.tokens().get(t).pos()))) {
                if (lowerCase || t + 1 >= s.endToken() - 1) return true;
                return doc.tokens().get(t + 1).word().equals(",") && t + 2 < s.endToken()
                        && "VBG".equals(doc.tokens().get(t + 2).pos());
            }
            String pos = doc.tokens().get(t).pos();
            if (pos == null || !(pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("PRP")
                    || pos.equals("DT") || pos.equals("POS") || pos.equals("CD"))) return false;
        }
        return false;
    }

    /** Whether token {@code t} opens its sentence. */
    boolean sentenceOpening(int t) {
        Sentence s = sentence(t);
        return s != null && s.firstToken() == t;
    }

    /** Whether the quote mark at offset {@code mark} opens its sentence. */
    private boolean opensSentence(int mark) {
        int t = tokenAt(mark);
        Sentence s = t < doc.tokens().size() ? sentence(t) : null;
        return s != null && s.firstToken() == t;
    }

    /**
     * Whether cue {@code t} is a belief inside another's report ("One of the victims said the men thought ..."): its
     * subject opens a clause a cue of saying reports, whose speaker speaks. "..., because he thought" is no report.
     */
    private boolean reportedBelief(int t, int from) {
        if (!isBelief(t)) return false;
        Speaker believer = subjectOf(t, from);
        return believer != null && report(believer) != null;
    }

    /**
     * The speaker of cue {@code cue}, looking no further left than {@code floor}: for a participle after a comma
     * ("Roe attacked the plan, saying ...") the subject of the clause it hangs from, not the nearest name, which is
     * often that clause's object.
     */
    Speaker subjectOf(int cue, int floor) {
        if (!participleAfterComma(cue, floor)) return speakerLeft(cue, floor);
        Speaker s = participleSubject(cue, floor);
        // "The general said the troops would withdraw, adding: …": a participle that goes on with a report is the
        // reporter's, not the reported clause's subject's ("said the gunman fired, shouting that …" is the gunman's)
        Speaker outer = s != null && Cues.CONTINUING.contains(doc.tokens().get(cue).lemma()) ? reporter(s) : null;
        return outer != null ? withCue(outer, cue) : s;
    }

    /** The subject of the clause that participle {@code cue} after a comma hangs from, or null. */
    private Speaker participleSubject(int cue, int floor) {
        // the clause a participle hangs from may open far before it: its subject is anywhere in the sentence
        Sentence sentence = sentence(cue);
        if (sentence != null) floor = Math.min(floor, sentence.firstToken());
        Speaker s = subjectBefore(cue - 2, floor, cue);
        if (s != null) return s;
        int verb = clauseVerb(cue - 2, floor);
        // "described how the attack unfolded, stating": the participle hangs from the clause around the embedded one
        for (int k = 0; k < 2 && verb > floor; k++) {
            int start = phraseStart(floor, verb - 1);
            if (start < 0 || !opensEmbeddedClause(start - 1)) break;
            verb = clauseVerb(start - 2, floor);
        }
        if (verb < 0) return speakerLeft(cue, floor);
        Speaker subject = clauseSubject(verb, floor);
        return subject == null ? null : withCue(subject, cue);
    }

    private Speaker withCue(Speaker s, int cue) {
        return Speaker.cuedBy(s.entityId(), s.name(), s.span(), doc.tokens().get(cue));
    }

    /**
     * Whether token {@code t} opens a clause embedded as a complement ("how", "when", "whether", "if"), whose subject
     * is not that of a participle after it. A relative clause ("in which children use it, yelling") is not one: the
     * participle is often its own.
     */
    private boolean opensEmbeddedClause(int t) {
        if (t < 0) return false;
        Token tok = doc.tokens().get(t);
        String w = tok.word().toLowerCase(Locale.ROOT);
        return "WRB".equals(tok.pos()) || w.equals("whether") || w.equals("if");
    }

    /**
     * The verb nearest before token {@code from} in its clause (not across a quote mark), with its auxiliaries, or -1.
     * A past participle right after a noun or pronoun counts: taggers often read a past tense after its subject as
     * one ("The council described"); "tied the scores to improved rates" has "tied" for verb.
     */
    private int clauseVerb(int from, int floor) {
        for (int t = from; t >= floor; t--) {
            Token tok = doc.tokens().get(t);
            if (isQuoteMark(tok.word())) return -1;
            String before = t > floor ? doc.tokens().get(t - 1).pos() : null;
            if (isFinite(tok) || "VBN".equals(tok.pos()) && before != null
                    && (before.startsWith("NN") || before.equals("PRP"))) {
                while (t - 1 >= floor && (isFinite(doc.tokens().get(t - 1))
                        || "RB".equals(doc.tokens().get(t - 1).pos()))) t--;
                return t;
            }
        }
        return -1;
    }

    /**
     * The subject of verb {@code verb} when no name or pronoun right before it is one, for a participle hanging from
     * its clause: a name before or inside an apposition ("Ann Roe, president of the institute, tied ...", "The
     * campaign's director, Ann Roe, wrote ..."), the speaker after a reporting verb ("“…,” said Roe, urging ..."), or
     * a common-noun phrase ("the administration portrayed Kim as weak, arguing ..."); else null, never the object.
     */
    private Speaker clauseSubject(int verb, int floor) {
        if (verb - 1 < floor) return null;
        String previous = doc.tokens().get(verb - 1).word();
        if (isCue(verb) && (previous.equals(",") || isQuoteMark(previous))) return speakerRight(verb);
        if (previous.equals(",")) {
            Speaker s = beforeApposition(verb, floor);
            return s != null || verb - 2 < floor ? s : speakerAt(verb - 2, verb);
        }
        return nominal(Math.max(floor, verb - 2 * WINDOW), verb - 1, verb);
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
        boolean participle = participleAfterComma(cue, floor);
        boolean sharesSubject = participle || cue > floor && doc.tokens().get(cue - 1).word().equalsIgnoreCase("and");
        for (int t = from; t >= floor; t--) {
            Token tok = doc.tokens().get(t);
            if (isQuoteMark(tok.word())) return null;
            Speaker s = speakerAt(t, cue);
            // "declined to predict when Acme would ..., saying": an embedded clause's subject is not the participle's
            if (s != null && beforeVerb(tokenAt(s.span().end()))
                    && !(participle && opensEmbeddedClause(tokenAt(s.span().start()) - 1))) return s;
            if (!sharesSubject && tok.pos() != null && tok.pos().startsWith("VB") && !isAuxiliary(tok)) return null;
        }
        return null;
    }

    /**
     * Whether a finite verb (after adverbs) starts at token {@code t}: what stands before it is a subject. A
     * participle does not count: "posted a message on Twitter blaming ..." leaves Twitter no subject.
     */
    boolean beforeVerb(int t) {
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
        if (passive(cue)) return agent(cue);
        Speaker shared = sharedSubject(cue, floor);
        if (shared != null) return shared;
        Speaker share = shareOfPeople(cue, floor);
        if (share != null) return share;
        // "Roe, who chairs the board, on Friday said": a time between the apposition and the cue is passed over
        int c = cue;
        while (c - 1 > floor && isTimeWord(doc.tokens().get(c - 1))) c--;
        if (c < cue && c - 1 > floor && "IN".equals(doc.tokens().get(c - 1).pos())) c--;
        Speaker appositive = beforeApposition(c, floor);
        if (appositive == null) appositive = nameBeforeAppositions(c, floor);
        if (appositive != null) return withCue(appositive, cue);
        int limit = Math.max(floor, cue - WINDOW);
        for (int t = cue - 1; t >= limit; t--) {
            Token tok = doc.tokens().get(t);
            // "“…,” the governor's office said in a statement. “…”": the phrase after the earlier quote's mark
            // speaks for the next quote too
            if (isQuoteMark(tok.word())) return t + 1 < cue ? nominal(t + 1, cue) : null;
            // "Navalny is a critic of Putin, and his associates alleged": a possessive pronoun before a noun for
            // people opens the subject; the scan must not pass over it to a name before
            int head = "PRP$".equals(tok.pos()) ? peopleHead(t + 1, cue) : -1;
            if (head >= 0) return nominal(t, head, cue);
            Speaker s = speakerAt(t, cue);
            // "Trump's doctors said", "associates of Navalny said": a person who only modifies a noun, or follows a
            // preposition, is part of the speaker's phrase; "have broken with Roe and urged" has none
            if (s == null && (isPerson(tok) || isOrganisation(tok)) || s != null && s.entityId() != null
                    && isPerson(tok) && afterPreposition(tokenAt(s.span().start()), cue)) {
                return nominal(limit, subjectEnd(t, cue), cue);
            }
            if (s != null) return s;
            if (tok.pos() != null && tok.pos().startsWith("VB") && !isAuxiliary(tok) && !reducedRelative(t)) {
                return nominal(t + 1, cue);
            }
            // "According to the coast guard, the skipper said": a phrase for people after a comma is the subject,
            // not a name before the comma
            Speaker phrase = tok.word().equals(",") && t + 1 < cue && PeopleNouns.contains(doc.tokens().get(cue - 1))
                    ? nominal(t + 1, cue) : null;
            if (phrase != null) return phrase;
        }
        return nominal(limit, cue);
    }

    /**
     * A share of people polled or counted as the subject of cue {@code cue} ("About 4 in 10 say", "Two in three
     * said", "Some 56 percent of Cuban-Americans polled said", "most of them said", "with three in 10 saying"), or
     * null: a count (N in M, N out of M, N percent or %) or a word for a share (half, most, many, few, a majority)
     * opening the phrase, which opens its clause (at the sentence's start, after a comma, a conjunction or "with"),
     * with only adverbs and auxiliaries after it; "prices rose 5 percent" is no speaker, and "5 percent said" after
     * a verb is no subject.
     */
    private Speaker shareOfPeople(int cue, int floor) {
        List<Token> tokens = doc.tokens();
        int last = cue - 1;
        while (last > floor && beforeCue(tokens.get(last))) last--;
        // "the minority leader said": a share word is no share before a noun of office, which a name may follow
        if (last < floor || !inShare(tokens.get(last))) return null;
        int start = last;
        while (start - 1 >= floor && inShare(tokens.get(start - 1))) start--;
        if (!(start == floor || start == sentenceStart(start) || opensShare(tokens.get(start - 1)))) return null;
        int q = start;
        while (q < last && APPROXIMATORS.contains(tokens.get(q).word().toLowerCase(Locale.ROOT))
                || q < last && SHARE_HEDGES.contains(tokens.get(q).word().toLowerCase(Locale.ROOT))) q++;
        if ("DT".equals(tokens.get(q).pos()) && q < last) q++;
        Token first = tokens.get(q);
        String w = first.word().toLowerCase(Locale.ROOT);
        boolean count = q + 2 <= last && "CD".equals(first.pos()) && (tokens.get(q + 1).word().equalsIgnoreCase("in")
                && "CD".equals(tokens.get(q + 2).pos()) || PERCENT.contains(tokens.get(q + 1).word().toLowerCase(Locale.ROOT)))
                || q + 1 <= last && "CD".equals(first.pos()) && PERCENT.contains(tokens.get(q + 1).word().toLowerCase(Locale.ROOT));
        if (!count && !SHARES.contains(w)) return null;
        // "Few expected that ..." says almost nobody did: only "a few" is a share that speaks
        if (w.equals("few") && !(q > start && tokens.get(q - 1).word().equalsIgnoreCase("a"))) return null;
        // "Most Valuable Player Nikola Jokic said": a share word in a name, or a person named, is no share of people
        if (first.pos() != null && first.pos().startsWith("NNP")) return null;
        for (int t = start; t <= last; t++) if (isPerson(tokens.get(t))) return null;
        // "many economists say" is a phrase for people the common-noun search reads; a share alone or of a group
        // ("most of them", "half of respondents") has its quantity for head
        for (int t = q; t <= last; t++) {
            String p = tokens.get(t).pos();
            if (p != null && p.startsWith("VB") && !"VBN".equals(p)) return null;
        }
        return nominalSpeaker(start, last, q, cue);
    }

    private int sentenceStart(int t) {
        Sentence s = sentence(t);
        return s == null ? -1 : s.firstToken();
    }

    /** Whether token {@code t} may stand in a share of people: a number, a noun, "of", "in", a participle ("polled"). */
    private static boolean inShare(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        String w = t.word().toLowerCase(Locale.ROOT);
        return pos.equals("CD") || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT")
                || w.equals("of") || w.equals("in") || w.equals("%") || pos.equals("PRP") && w.equals("them")
                || APPROXIMATORS.contains(w) || SHARE_HEDGES.contains(w) || pos.equals("VBN") && SURVEYED.contains(w);
    }

    /** Whether token {@code t} before a share opens its clause: a comma, a conjunction, "with". */
    private static boolean opensShare(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.equals(",") || w.equals(";") || w.equals(":") || "CC".equals(t.pos()) || w.equals("with")
                || w.equals("while") || w.equals("after") || w.equals("but");
    }

    /**
     * The last of tokens [from, cue) that are nouns and adjectives ending in a noun for people, with only auxiliaries
     * and adverbs after it before the cue ("associates had", "two lawyers also"), or -1.
     */
    private int peopleHead(int from, int cue) {
        int k = cue - 1;
        while (k >= from && (isAuxiliary(doc.tokens().get(k)) || "RB".equals(doc.tokens().get(k).pos()))) k--;
        if (k < from || !PeopleNouns.contains(doc.tokens().get(k))) return -1;
        for (int j = from; j <= k; j++) {
            String pos = doc.tokens().get(j).pos();
            if (pos == null || !(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD"))) return -1;
        }
        return k;
    }

    /**
     * The subject that cue {@code cue} shares with the verb before it when the cue is the second of two coordinated
     * verbs ("Roe welcomed the vote and said ...", "The minister toured the pier and then told ..."), going back over
     * a list of them ("Roe visited Oslo, toured the pier and said"); null when the cue has a subject of its own. The
     * verb it shares the subject with is the first of its stretch, not the nearest: "Roe announced the tests found
     * traces of the poison and said" is Roe's, not the tests'.
     */
    private Speaker sharedSubject(int cue, int floor) {
        int end = conjunction(cue, floor);
        for (int hops = 0; end > floor && hops < 3; hops++) {
            int start = stretchStart(end, floor);
            int verb = firstVerb(start, end);
            // "the plan was drafted and agreed": a bare participle after a passive shares its "was", not a subject
            if (verb < 0 || "VBN".equals(doc.tokens().get(cue).pos()) && cue == end + 1
                    && "be".equals(doc.tokens().get(verb).lemma())) return null;
            Speaker s = speakerLeft(verb, floor);
            if (s != null) return withCue(s, cue);
            end = start - 1 > floor && doc.tokens().get(start - 1).word().equals(",") ? start - 1 : -1;
        }
        return null;
    }

    /**
     * The "and" or "but" that cue {@code cue}, with its own auxiliaries and adverbs, follows when it opens with a
     * finite verb, so has no subject of its own; -1 otherwise ("Roe and Lee said", "Roe left and Lee said" have
     * their subject next to the cue).
     */
    private int conjunction(int cue, int floor) {
        List<Token> tokens = doc.tokens();
        if (!"VBD".equals(tokens.get(cue).pos()) && !"VBZ".equals(tokens.get(cue).pos())
                && !"VBP".equals(tokens.get(cue).pos()) && !"VBN".equals(tokens.get(cue).pos())) return -1;
        int k = cue - 1;
        while (k > floor && (isAuxiliary(tokens.get(k)) || "MD".equals(tokens.get(k).pos())
                || "RB".equals(tokens.get(k).pos()))) k--;
        if (k <= floor) return -1;
        String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
        if (!"CC".equals(tokens.get(k).pos()) || !(w.equals("and") || w.equals("but"))) return -1;
        int first = k + 1;
        while (first < cue && "RB".equals(tokens.get(first).pos())) first++;
        // taggers often read the past tense right after "and" as a participle: "... and said"
        return isFinite(tokens.get(first)) || first == cue ? k : -1;
    }

    /**
     * Where the stretch of a coordination ending before token {@code end} starts: after the last comma before it
     * (not one right before it: "..., and said"), or at {@code floor}.
     */
    private int stretchStart(int end, int floor) {
        int k = end - 1;
        if (k > floor && doc.tokens().get(k).word().equals(",")) k--;
        while (k > floor && !doc.tokens().get(k).word().equals(",")) k--;
        return doc.tokens().get(k).word().equals(",") ? k + 1 : k;
    }

    /** The first finite verb in tokens [from, end), outside quote marks, or -1. */
    private int firstVerb(int from, int end) {
        boolean quoted = false;
        for (int t = from; t < end; t++) {
            Token tok = doc.tokens().get(t);
            if (isQuoteMark(tok.word())) quoted = !quoted;
            else if (!quoted && isFinite(tok)) return t;
        }
        return -1;
    }

    /**
     * Whether the past form at token {@code t} modifies the noun before it with a prepositional phrase ("people
     * briefed on the talks said"): part of the speaker's phrase, not the verb of another clause.
     */
    private boolean reducedRelative(int t) {
        List<Token> tokens = doc.tokens();
        String pos = tokens.get(t).pos();
        return (pos.equals("VBN") || pos.equals("VBD")) && t > 0 && t + 1 < tokens.size()
                && tokens.get(t - 1).pos() != null && tokens.get(t - 1).pos().startsWith("NN")
                && isPreposition(tokens.get(t + 1));
    }

    /**
     * Whether cue {@code cue} is passive ("it was reported", "Roe was told"): its subject is who heard or what was
     * said, never the speaker. Not "Roe is reported to have called ...", whose subject did what the infinitive says,
     * unless the verb addresses its object ("Roe had been asked to form a government": Roe was spoken to), nor "Roe's
     * said", where taggers read the "has" of a perfect as "is".
     */
    private boolean passive(int cue) {
        List<Token> tokens = doc.tokens();
        if (!"VBN".equals(tokens.get(cue).pos())) return false;
        if (cue + 1 < tokens.size() && "TO".equals(tokens.get(cue + 1).pos())
                && !Cues.ADDRESSED.contains(tokens.get(cue).lemma())) return false;
        int t = cue - 1;
        while (t >= 0 && "RB".equals(tokens.get(t).pos())) t--;
        return t >= 0 && "be".equals(tokens.get(t).lemma())
                && !tokens.get(t).word().equals("'s") && !tokens.get(t).word().equals("’s");
    }

    /** The speaker of a passive cue: its agent after "by" ("was told by Roe"), or null. */
    private Speaker agent(int cue) {
        if (cue + 2 >= doc.tokens().size() || !doc.tokens().get(cue + 1).word().equalsIgnoreCase("by")) return null;
        for (int t = cue + 2; t < Math.min(doc.tokens().size(), cue + 5); t++) {
            Speaker s = speakerAt(t, cue);
            if (s != null) return s;
        }
        return null;
    }

    /**
     * "Brian Fallon, the campaign's press secretary, said": the name before an apposition between commas or dashes;
     * or, when the apposition is a person's name (between dashes: opens with one, "-- Ann Roe, who lost to Lee --"),
     * that person ("the head of the Harbour League, Ann Roe, said").
     */
    private Speaker beforeApposition(int cue, int floor) {
        // auxiliaries and adverbs between the apposition and the cue: "Roe, who met Lee, had told reporters"
        int closing = cue - 1;
        while (closing > floor && beforeCue(doc.tokens().get(closing))) closing--;
        if (closing <= floor) return null;
        String close = doc.tokens().get(closing).word();
        boolean dash = DASHES.contains(close);
        if (!close.equals(",") && !dash) return null;
        for (int t = closing - 1; t > Math.max(floor, cue - 3 * WINDOW); t--) {
            String w = doc.tokens().get(t).word();
            if (isQuoteMark(w)) return null;
            if (dash ? DASHES.contains(w) : w.equals(",")) {
                Token first = doc.tokens().get(t + 1);
                Entity named = entities.at(first.start(), first.end());
                int nameEnd = named == null ? -1 : tokenAt(mentionAt(named, first).end());
                boolean opensWithName = named != null && named.type() == EntityType.PERSON
                        && tokenAt(mentionAt(named, first).start()) == t + 1
                        && (nameEnd == closing || dash && doc.tokens().get(nameEnd).word().equals(","));
                if (opensWithName) return speakerAt(t + 1, cue);
                Speaker before = speakerAt(t - 1, cue);
                // "The new chief of the fire service, who took over in March, said": the phrase a relative clause
                // follows is the subject
                return before != null || !isRelative(first) ? before
                        : nominal(Math.max(floor, t - 2 * WINDOW), t - 1, cue);
            }
        }
        return null;
    }

    /**
     * The person named where the sentence opens when appositions in commas, more than one or one with a comma
     * inside, stand between the name and cue {@code cue} ("Woodrow Benford, 58, who lives outside Minneapolis,
     * says", "Rachel Berg, a philanthropist from Monsey, New York, said"), or null. {@link #beforeApposition} reads
     * one apposition only, and the scan to the left stops at the apposition's verb. Each apposition opens as one
     * does (an age, a determiner, a name, a noun, a relative word) and holds a verb only after a relative word; the
     * opening stretch holds no verb, and no word but a title or a determiner before the name ("The wife of Ann Roe,
     * 58, said" is the wife's, a phrase this leaves to the search for a common noun).
     */
    private Speaker nameBeforeAppositions(int cue, int floor) {
        List<Token> tokens = doc.tokens();
        int closing = cue - 1;
        while (closing > floor && beforeCue(tokens.get(closing))) closing--;
        Sentence sentence = sentence(cue);
        if (sentence == null || closing <= floor || !tokens.get(closing).word().equals(",")) return null;
        int first = Math.max(floor, sentence.firstToken());
        while (first < closing && ("CC".equals(tokens.get(first).pos()) || "RB".equals(tokens.get(first).pos()))) first++;
        if (closing - first > 5 * WINDOW) return null;
        int comma = first;
        while (comma < closing && !tokens.get(comma).word().equals(",")) comma++;
        if (comma >= closing) return null;
        int name = -1;
        for (int t = first; t < comma && name < 0; t++) {
            Token tok = tokens.get(t);
            if (isPerson(tok)) name = t;
            else if (tok.pos() == null || !(tok.pos().startsWith("NNP") || tok.pos().equals("DT")
                    || tok.pos().equals("JJ") || tok.word().equals("."))) return null;
        }
        if (name < 0) return null;
        for (int t = first; t < comma; t++) {
            Token tok = tokens.get(t);
            if (isQuoteMark(tok.word()) || tok.pos() != null && tok.pos().startsWith("VB")) return null;
        }
        for (int open = comma + 1, t = open; t <= closing; t++) {
            if (!tokens.get(t).word().equals(",")) continue;
            if (t == open || !opensApposition(open, t - 1)) return null;
            open = t + 1;
        }
        return speakerAt(name, cue);
    }

    /** Whether tokens [from, last] between commas read as an apposition: an age, a phrase, a place, a relative clause. */
    private boolean opensApposition(int from, int last) {
        Token first = doc.tokens().get(from);
        String pos = first.pos() == null ? "" : first.pos();
        boolean relative = pos.equals("WP") || pos.equals("WDT");
        if (!(relative || pos.equals("CD") || pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("NN")
                || pos.equals("JJ"))) return false;
        for (int t = from; t <= last; t++) {
            Token tok = doc.tokens().get(t);
            if (isQuoteMark(tok.word()) || !relative && isFinite(tok) || isCue(t)) return false;
        }
        return true;
    }

    /** An auxiliary, modal or adverb, which may stand between a subject and its cue ("had told", "also said"). */
    private static boolean beforeCue(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return pos.equals("MD") || pos.startsWith("RB") || pos.startsWith("VB") && isAuxiliary(t);
    }

    private static boolean isRelative(Token t) {
        return t.pos() != null && (t.pos().equals("WP") || t.pos().equals("WP$") || t.pos().equals("WDT"));
    }

    /** “…” ― Name: a dash after a quote introduces its speaker in testimonials and epigraphs. */
    Speaker afterDash(int markEnd) {
        int t = tokenAt(markEnd);
        if (t + 1 >= doc.tokens().size() || !DASHES.contains(doc.tokens().get(t).word())) return null;
        Speaker s = speakerAt(t + 1, t);
        return s;
    }

    /**
     * Name: “…”: a person named in a phrase with no verb before a colon that introduces the quote, where the phrase
     * opens its sentence or follows an earlier quote ("Secretary of the Air Force James Roche: “No, Sir …”", as in
     * exchanges of letters and testimonies quoted in turn), or null. A clause before the colon has a cue to find
     * ("He told the court: “…”").
     */
    Speaker beforeColon(int markStart) {
        int colon = tokenAt(markStart) - 1;
        if (colon < 1 || !doc.tokens().get(colon).word().equals(":")) return null;
        Sentence sentence = sentence(colon);
        int floor = sentence == null ? 0 : sentence.firstToken();
        Speaker person = null;
        for (int t = colon - 1; t >= floor; t--) {
            Token tok = doc.tokens().get(t);
            if (isQuoteMark(tok.word()) || tok.word().equals(":")) break;
            if (tok.pos() == null || tok.pos().startsWith("VB") || tok.pos().equals("MD")
                    || tok.pos().startsWith("PRP") && !tok.pos().equals("PRP$")) return null;
            Speaker s = person == null ? speakerAt(t, colon) : null;
            if (s != null && !isOrganisation(tok) && !isPlace(tok)) person = s;
        }
        return person;
    }

    /**
     * An inverted speaker after the cue: said Smith, said the spokesman. A person named right after an organisation
     * speaks for it ("said Acme spokesman John Roe", "remarked Acme Trust scientist Ann Lee").
     */
    Speaker speakerRight(int cue) {
        if (passive(cue)) return agent(cue);
        // a participle's or "tell"'s noun phrase is whom it addresses ("telling reporters", "told the minister")
        boolean invertible = !"VBG".equals(doc.tokens().get(cue).pos())
                && !"tell".equals(doc.tokens().get(cue).lemma());
        Speaker named = invertible ? roles.named(cue + 1, cue) : null;
        if (named != null) return named;
        int stop = Math.min(doc.tokens().size(), cue + 6);
        Speaker organisation = null;
        for (int t = cue + 1; t < stop; t++) {
            Token tok = doc.tokens().get(t);
            if (isQuoteMark(tok.word()) || endsSentence(t)) break;
            // "said she would": a pronoun a verb follows is the reported clause's subject, not an inverted speaker
            if (t == cue + 1 && "PRP".equals(tok.pos()) && beforeVerb(t + 1)) break;
            Speaker s = speakerAt(t, cue);
            // a place after the cue is the subject of the reported clause ("saying Japan should ..."), not its speaker
            if (s != null && isPlace(tok)) continue;
            if (s != null && !isOrganisation(tok)) return s;
            // "said one Roe adviser": a person who only modifies a noun is part of the speaker's phrase, unless a
            // person named in the phrase is the speaker ("writes Roe's longtime partner Ann Lee")
            if (s == null && isPerson(tok)) {
                int end = phraseEnd(t);
                int start = phraseStart(cue + 1, end);
                if (!personAfter(tokenAt(mentionAt(entities.at(tok.start(), tok.end()), tok).end()), end)) {
                    // only an inverted subject ends its clause there: "described Roe's plan as ..." has an object
                    return start < 0 || !endsClause(end + 1) ? null : nominalSpeaker(start, end, end, cue);
                }
                stop = Math.max(stop, Math.min(doc.tokens().size(), end + 1));
            }
            if (s != null && organisation == null) organisation = s;
            else if (organisation != null && s == null && !isNounOrAdjective(tok)) break;
        }
        // "“…,” said the port's chief engineer.": a role for people with no name, where a subject may follow its verb
        return organisation != null || !invertible || !inverted(cue) ? organisation : roles.phrase(cue + 1, cue);
    }

    /**
     * Whether cue {@code cue} stands where its subject may follow it: after a quote mark, a comma or a dash, or
     * opening its sentence ("“…,” said the minister"; not "The report said the minister on Monday “…”").
     */
    private boolean inverted(int cue) {
        Sentence s = sentence(cue);
        if (cue == 0 || s != null && s.firstToken() == cue) return true;
        String w = doc.tokens().get(cue - 1).word();
        return w.equals(",") || isQuoteMark(w) || DASHES.contains(w);
    }

    /**
     * The source "according to" at token {@code t} names, no further right than token {@code last}: a person or
     * organisation, the phrase a person only modifies ("according to Roe's memoir"), the person in apposition after
     * a role ("according to Norway's transport minister, Ann Roe,") or a role phrase for people ("according to
     * officials in Oslo"); null for a relative clause ("according to which") or a thing.
     */
    Speaker accordingTo(int t, int last) {
        List<Token> tokens = doc.tokens();
        if (t + 2 > last || "WDT".equals(tokens.get(t + 2).pos())) return null;
        Speaker sp = roles.named(t + 2, t);
        for (int k = t + 2; sp == null && k <= Math.min(last, t + 8); k++) {
            sp = speakerAt(k, t);
            if (sp == null) sp = modifiedPhrase(k, t + 2, t);
            if (tokens.get(k).word().equals(",")) break;
        }
        if (sp == null) {
            // the phrase runs to the comma after it, or to the end of a sentence the attribution closes
            int words = last;
            while (words > t + 2 && !Character.isLetterOrDigit(tokens.get(words).word().charAt(0))) words--;
            int end = nextComma(t + 3, Math.min(words, t + WINDOW + 2));
            // "according to police in Baytown, Texas,": the state after a place is part of the phrase
            while (end < words && isPlace(tokens.get(end - 1)) && isPlace(tokens.get(end + 1))) {
                end = nextComma(end + 1, words);
            }
            if (end <= words && tokens.get(end).word().equals(",")) sp = roles.phrase(t + 2, end - 1, t);
            else sp = end > words ? roles.phrase(t + 2, words, t) : roles.phrase(t + 2, t);
        }
        return sp == null ? null : new Speaker(sp.entityId(), sp.name(), sp.span(), "according to",
                new Span(tokens.get(t).start(), tokens.get(t + 1).end()));
    }

    /** The first comma in tokens [from, last], or last + 1. */
    private int nextComma(int from, int last) {
        int k = from;
        while (k <= last && !doc.tokens().get(k).word().equals(",")) k++;
        return k;
    }

    /** Whether tokens [from, last] are a role phrase for people ("Norway's transport minister"). */
    boolean isRole(int from, int last) {
        return roles.isRole(from, last);
    }

    /** Whether speaker {@code sp} is someone or something that reports: a name, a pronoun, people, a body, a record. */
    private boolean canReport(Speaker sp) {
        Token head = doc.tokens().get(tokenAt(sp.span().end()) - 1);
        return sp.entityId() != null || Pronouns.isPronoun(head.word().toLowerCase(Locale.ROOT))
                || PeopleNouns.contains(head) || Cues.isSource(head.word(), head.lemma());
    }

    /** Whether token {@code t} opens "according to". */
    /**
     * "As Joseph Stiglitz put it, inequality is a choice": an opening "as" clause of "put it" before a comma or colon
     * attributes what follows to its subject, as "according to" does. The speaker with the cue "put it", or null
     * where token {@code t} opens no such clause within its sentence up to token {@code last} ("As prices put
     * pressure on ..." has no "it"; "As the storm put it out of action" no comma after it). A cue of saying closed
     * by the comma does the same ("As Clyburn noted, those voters will ...", "As the report said, ..."); one with
     * words after it before the comma ("As Roe said goodbye, ...") opens a clause of time.
     */
    Speaker asPutIt(int t, int last) {
        List<Token> tokens = doc.tokens();
        if (!tokens.get(t).word().equalsIgnoreCase("as")) return null;
        for (int put = t + 2; put + 2 <= last && put <= t + WINDOW; put++) {
            Token verb = tokens.get(put);
            if (isQuoteMark(verb.word()) || verb.word().equals(",")) return null;
            if (verb.pos() == null || !verb.pos().startsWith("VB")) continue;
            // a participle only in a perfect ("As I have said,", "As she has long argued,"), not a passive
            boolean perfect = "VBN".equals(verb.pos()) && afterHave(put, t);
            if (isCue(put) && !"VBG".equals(verb.pos()) && (!"VBN".equals(verb.pos()) || perfect) && !negated(put)) {
                if (!closedByComma(put, last) || !reportsStatement(put)) return null;
                Speaker sp = speakerLeft(put, t);
                // "As its name suggests, ...": a thing that implies is no source; a person, a body or a record is
                return sp == null || tokenAt(sp.span().start()) <= t || !canReport(sp) ? null : withCue(sp, put);
            }
            if (!"put".equalsIgnoreCase(verb.lemma())) continue;
            String after = tokens.get(put + 2).word();
            if (!tokens.get(put + 1).word().equalsIgnoreCase("it") || !after.equals(",") && !after.equals(":")) {
                return null;
            }
            Speaker sp = speakerLeft(put, t);
            return sp == null || tokenAt(sp.span().start()) <= t ? null : new Speaker(sp.entityId(), sp.name(),
                    sp.span(), "put it", new Span(verb.start(), tokens.get(put + 1).end()));
        }
        return null;
    }

    /**
     * Whether the opening "as" clause of cue {@code cue} ends at a comma right after it or past only its addressee
     * and the occasion ("As Reyes told reporters on Sunday,", "As the ministry said in a statement,"), within
     * token {@code last}; an object ("As she told the children a story,") or "to" ("As he added to the pile,") makes
     * it a clause of time.
     */
    private boolean closedByComma(int cue, int last) {
        List<Token> tokens = doc.tokens();
        if (tokens.get(cue + 1).word().equalsIgnoreCase("to")) return false;
        for (int k = cue + 1; k <= last && k <= cue + WINDOW; k++) {
            String w = tokens.get(k).word();
            if (w.equals(",")) return k == cue + 1 || onlyAddresseeAndOccasion(cue, k);
            if (isQuoteMark(w)) return false;
        }
        return false;
    }

    /**
     * Whether cue {@code cue} of an opening "as" clause reports a statement, not the time of an act ("As she
     * testified, the family wept", "As the clerk read,", "As the committee continued,"): a cue of a clause, and one
     * that names an activity too ("As they argued,", "As she wrote,") only when an adverb or an auxiliary before it
     * makes it a statement made before ("As she later wrote,", "As I have argued,").
     */
    private boolean reportsStatement(int cue) {
        List<Token> tokens = doc.tokens();
        String l = lemma(tokens.get(cue));
        if (!Cues.CLAUSE.contains(l) && !STATEMENTS.contains(l)) return false;
        if (!ACTIVITIES.contains(l)) return true;
        Token before = tokens.get(cue - 1);
        return PAST_STATEMENT.contains(before.word().toLowerCase(Locale.ROOT)) || "have".equals(lemma(before))
                || "MD".equals(before.pos());
    }

    /** Whether a form of "have" stands before token {@code verb}, past adverbs, after token {@code floor}. */
    private boolean afterHave(int verb, int floor) {
        int k = verb - 1;
        while (k > floor && "RB".equals(doc.tokens().get(k).pos())) k--;
        return k > floor && "have".equals(lemma(doc.tokens().get(k)));
    }

    /** Whether a comma stands between token {@code t} and token {@code end}: the "according to" phrase is closed. */
    private boolean commaBefore(int t, int end) {
        for (int k = t + 2; k < end; k++) if (doc.tokens().get(k).word().equals(",")) return true;
        return false;
    }

    boolean isAccordingTo(int t) {
        return t + 1 < doc.tokens().size() && doc.tokens().get(t).word().equalsIgnoreCase("according")
                && doc.tokens().get(t + 1).word().equalsIgnoreCase("to");
    }

    boolean isPerson(Token tok) {
        Entity e = entities.at(tok.start(), tok.end());
        return e != null && e.type() == EntityType.PERSON;
    }

    private boolean isPlace(Token tok) {
        Entity e = entities.at(tok.start(), tok.end());
        return e != null && e.type() == EntityType.LOCATION;
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
        Token cueWord = doc.tokens().get(cue);
        Entity e = entities.at(tok.start(), tok.end());
        if (e != null && e.type() == EntityType.PERSON && modifiesNoun(mentionAt(e, tok))) return null;
        if (e != null && e.type() == EntityType.ORGANIZATION && ownsItsSpeaker(mentionAt(e, tok))) return null;
        if (e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
            Span span = mentionAt(e, tok);
            int preposition = e.type() == EntityType.ORGANIZATION ? affiliation(tokenAt(span.start())) : -1;
            if (preposition >= 1) {
                // "Anderson Cooper, of CNN, stated": the affiliation set off in commas is the person's as well
                int owner = preposition - 1;
                if (owner >= 1 && doc.tokens().get(owner).word().equals(",") && closesApposition(span)) owner--;
                Token before = doc.tokens().get(owner);
                Entity person = entities.at(before.start(), before.end());
                if (person != null && person.type() == EntityType.PERSON) {
                    return Speaker.cuedBy(person.id(), person.name(), mentionAt(person, before), cueWord);
                }
            }
            return Speaker.cuedBy(e.id(), e.name(), span, cueWord);
        }
        if (e != null && e.type() == EntityType.LOCATION && placeAsSubject(mentionAt(e, tok), cue)) {
            return Speaker.cuedBy(e.id(), e.name(), mentionAt(e, tok), cueWord);
        }
        String w = tok.word().toLowerCase(Locale.ROOT);
        if (Pronouns.isPronoun(w)) {
            Pronouns.Referent ref = pronouns.referent(t);
            Span span = new Span(tok.start(), tok.end());
            if (ref == null) return Speaker.cuedBy(null, tok.word(), span, cueWord);
            return ref.entity() != null ? Speaker.cuedBy(ref.entity().id(), ref.entity().name(), span, cueWord)
                    : Speaker.cuedBy(null, ref.phrase(), span, cueWord);
        }
        return null;
    }

    /** A participle after a common noun ("a statement posted to"); after a name ("Mann agreed with") it is a verb. */
    private boolean describesNoun(int t) {
        return reducedRelative(t) && !doc.tokens().get(t - 1).pos().startsWith("NNP");
    }

    /** The token after the last semicolon outside quotes in tokens [from, last], or {@code from}. */
    private int afterSemicolon(int from, int last) {
        boolean inside = false;
        for (int t = last; t >= from; t--) {
            String w = doc.tokens().get(t).word();
            if (isQuoteMark(w)) inside = !inside;
            else if (!inside && w.equals(";")) return t + 1;
        }
        return from;
    }

    /** Whether a comma, dash or bracket ends the apposition whose last name is at {@code mention}. */
    private boolean closesApposition(Span mention) {
        int next = tokenAt(mention.end());
        if (next >= doc.tokens().size()) return false;
        String w = doc.tokens().get(next).word();
        return w.equals(",") || DASHES.contains(w) || w.equals(")") || w.equals("-RRB-");
    }

    /**
     * Whether the person named at {@code mention} only modifies a noun after it, whose people speak: "Trump's
     * doctors said", "the Biden campaign said", "Trump supporters chanted". A possessor of words or of the one who
     * speaks for them is their speaker still ("Roe's statement reads", "Roe's spokesman said").
     */
    private boolean modifiesNoun(Span mention) {
        List<Token> tokens = doc.tokens();
        int n = tokenAt(mention.end());
        boolean possessive = n < tokens.size() && "POS".equals(tokens.get(n).pos());
        if (possessive) {
            while (n + 1 < tokens.size() && tokens.get(n + 1).pos() != null
                    && tokens.get(n + 1).pos().startsWith("JJ")) n++;
            n++;
        }
        if (n >= tokens.size()) return false;
        Token noun = tokens.get(n);
        String lemma = noun.lemma() == null ? "" : noun.lemma().toLowerCase(Locale.ROOT);
        return ("NN".equals(noun.pos()) || "NNS".equals(noun.pos())) && Character.isLowerCase(noun.word().charAt(0))
                && !isTimeWord(noun) && !Cues.VERBS.contains(lemma)
                && !(possessive && SPEAKS_FOR_ITS_POSSESSOR.contains(lemma));
    }

    /**
     * Whether the organisation named at {@code mention} owns the person who speaks: "Siemens' chief executive
     * warned", "the bank's lawyers said". The office holder speaks, not the company, which may disagree with them; a
     * spokesman speaks for it still.
     */
    private boolean ownsItsSpeaker(Span mention) {
        List<Token> tokens = doc.tokens();
        int n = tokenAt(mention.end());
        if (n >= tokens.size() || !"POS".equals(tokens.get(n).pos())) return false;
        int head = -1;
        for (int k = n + 1; k < tokens.size() && tokens.get(k).pos() != null && Character.isLowerCase(
                tokens.get(k).word().charAt(0)) && (tokens.get(k).pos().startsWith("JJ")
                || tokens.get(k).pos().startsWith("NN")); k++) head = k;
        if (head < 0) return false;
        Token noun = tokens.get(head);
        String lemma = noun.lemma() == null ? "" : noun.lemma().toLowerCase(Locale.ROOT);
        return noun.pos().startsWith("NN") && PeopleNouns.contains(noun) && !SPEAKS_FOR_ITS_POSSESSOR.contains(lemma);
    }

    /**
     * The "of", "at" or "from" that ties the organisation whose name starts at token {@code first} to what stands
     * before it, or -1: "of the UK's Crime Agency", "of the Center (CFS)" (an acronym in brackets repeats the name
     * before it; a determiner, a possessor and common words for what the organisation is may stand between the
     * preposition and the name: "of the advocacy group Clean Seas").
     */
    private int affiliation(int first) {
        List<Token> tokens = doc.tokens();
        int k = first - 1;
        if (k >= 1 && tokens.get(k).word().equals("(")) {
            Token named = tokens.get(k - 1);
            Entity organisation = entities.at(named.start(), named.end());
            if (organisation == null || organisation.type() != EntityType.ORGANIZATION) return -1;
            k = tokenAt(mentionAt(organisation, named).start()) - 1;
        }
        while (k >= 0 && isNounOrAdjective(tokens.get(k)) && Character.isLowerCase(tokens.get(k).word().charAt(0))) k--;
        if (k >= 0 && "DT".equals(tokens.get(k).pos())) k--;
        if (k >= 1 && "POS".equals(tokens.get(k).pos())) {
            k--;
            while (k >= 0 && tokens.get(k).pos() != null && tokens.get(k).pos().startsWith("NN")) k--;
            if (k >= 0 && "DT".equals(tokens.get(k).pos())) k--;
        }
        return k >= 1 && AFFILIATION.contains(tokens.get(k).word()) ? k : -1;
    }

    /**
     * Whether the place mentioned at {@code mention} is the subject of a verb ("North Korea insisted", "Beijing has
     * denied"): a country or capital speaking stands for its government. A place after a preposition ("officials in
     * Washington said") or before a noun ("U.S. officials said") is where the speakers are, not who they are.
     */
    private boolean placeAsSubject(Span mention, int cue) {
        List<Token> tokens = doc.tokens();
        int first = tokenAt(mention.start());
        int before = first - 1;
        if (before >= 0 && "DT".equals(tokens.get(before).pos())) before--;
        if (before >= 0 && isPreposition(tokens.get(before))) return false;
        // "Sustainable Australia", "in Munich, Germany": part of a longer name, or the country of a place named before
        if (before == first - 1 && before >= 0 && isNameWord(tokens.get(before))) return false;
        if (before >= 1 && tokens.get(before).word().equals(",") && isPlace(tokens.get(before - 1))) return false;
        int after = tokenAt(mention.end());
        while (after < tokens.size() && tokens.get(after).pos() != null && (tokens.get(after).pos().startsWith("RB")
                || tokens.get(after).pos().equals("MD") || isAuxiliary(tokens.get(after)))) after++;
        // the verb after the place is the cue itself ("Oakland was" reports nothing of "Roe asked whether Oakland
        // was ... and declared"), or the clause of a participle cue
        return after == cue || after < tokens.size() && "VBG".equals(tokens.get(cue).pos())
                && tokens.get(after).pos() != null && tokens.get(after).pos().startsWith("VB");
    }

    static Span mentionAt(Entity e, Token tok) {
        return e.mentions().stream().filter(m -> m.start() <= tok.start() && tok.end() <= m.end()).findFirst()
                .orElse(new Span(tok.start(), tok.end()));
    }

    /** A common-noun speaker ("the company's spokesman") in tokens [from, cue), or null. */
    private Speaker nominal(int from, int cue) {
        // "The ministry also said", "the company has repeatedly said": adverbs and a perfect's "have" before the cue
        // are no part of the subject, whose noun ends before them; not a modal ("someone would read"), which reports
        // nothing yet, nor "be", whose passive ("the judge is said to") names no speaker
        int last = cue - 1;
        while (last > from && (doc.tokens().get(last).pos() != null && doc.tokens().get(last).pos().startsWith("RB")
                || "have".equals(lemma(doc.tokens().get(last))))) {
            last--;
        }
        return nominal(from, last, cue);
    }

    /** A common-noun speaker of verb {@code cue} ending at token {@code last}, no further left than {@code from}. */
    private Speaker nominal(int from, int last, int cue) {
        // "The campaign on Monday said", "Reports as of Wednesday said": a time after the subject is no part of it
        if (last > from && isTimeWord(doc.tokens().get(last))) {
            while (last > from && isTimeWord(doc.tokens().get(last))) last--;
            while (last > from && "IN".equals(doc.tokens().get(last).pos())) last--;
        }
        int start = speakerPhraseStart(from, last);
        int head = last;
        // "the ministry in Bergen, Norway said": the country of a place is part of the phrase the place is in
        if (start - 2 >= from && isPlace(doc.tokens().get(start)) && doc.tokens().get(start - 1).word().equals(",")
                && isPlace(doc.tokens().get(start - 2))) {
            start = speakerPhraseStart(from, start - 2);
        }
        // "the head of the agency's inspectors told", "officials in Oslo said", "people briefed on the talks said",
        // "some of the women said": a phrase after a preposition belongs to the speaker's phrase, never is it
        for (int hops = 0; start - 1 >= from && hops < 3 && isPreposition(doc.tokens().get(start - 1))
                && !absoluteSubject(start - 1, last, cue); hops++) {
            head = headBefore(start - 1, from);
            if (head < 0) return null;
            String pos = doc.tokens().get(head).pos();
            start = pos.startsWith("NN") ? speakerPhraseStart(from, head) : head;
        }
        if (start < 0 || pointsBackAtAThing(start, head)) return null;
        return nominalSpeaker(start, last, head, cue);
    }

    /**
     * Whether the name starting at token {@code first} is the object of a preposition (past a determiner), so no
     * subject of cue {@code cue}. Not of "for" or "by", which name whom a spokesman speaks for or a passive's agent;
     * not of "like", which names one of the speakers ("advisers like Ann Roe"); not of "with" before a participle
     * cue, whose subject it is ("with Roe saying"); nor of a title's ("President of Chile Ana Roe": a capitalised
     * word before the preposition, not opening the sentence).
     */
    private boolean afterPreposition(int first, int cue) {
        int k = first - 1;
        if (k >= 0 && "DT".equals(doc.tokens().get(k).pos())) k--;
        if (k < 0 || !isPreposition(doc.tokens().get(k))) return false;
        String w = doc.tokens().get(k).word().toLowerCase(Locale.ROOT);
        Sentence sentence = sentence(k);
        boolean title = k - 1 >= 0 && Character.isUpperCase(doc.tokens().get(k - 1).word().charAt(0))
                && (sentence == null || k - 1 > sentence.firstToken());
        boolean absolute = (w.equals("with") || w.equals("without")) && "VBG".equals(doc.tokens().get(cue).pos());
        return !w.equals("for") && !w.equals("by") && !w.equals("like") && !absolute && !title;
    }

    /** The last noun of the noun phrase that token {@code t} is in, looking right ("Roe's longtime aides have"). */
    private int phraseEnd(int t) {
        int end = t;
        for (int k = t + 1; k < doc.tokens().size(); k++) {
            String pos = doc.tokens().get(k).pos();
            if (pos == null || !(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS")
                    || pos.equals("CD"))) break;
            if (pos.startsWith("NN")) end = k;
        }
        return end;
    }

    /**
     * The last token of the subject phrase before cue {@code cue} in which token {@code t} names a person: the end of
     * that person's noun phrase when only auxiliaries and adverbs, or a noun coordinated with its head, stand
     * between it and the cue ("Roe's aides have long insisted", "people in the Roe administration and campaign
     * said"), else the word before the cue and its auxiliaries (the person is inside a longer phrase).
     */
    private int subjectEnd(int t, int cue) {
        int end = phraseEnd(t);
        boolean adjacent = end < cue;
        for (int k = end + 1; k < cue && adjacent; k++) {
            Token tok = doc.tokens().get(k);
            adjacent = isAuxiliary(tok) || tok.pos() != null && (tok.pos().equals("MD") || tok.pos().startsWith("RB")
                    || tok.pos().startsWith("JJ") || tok.pos().equals("CC") || tok.pos().startsWith("NN"));
        }
        if (adjacent) return end;
        int last = cue - 1;
        while (last > t && (isAuxiliary(doc.tokens().get(last)) || "MD".equals(doc.tokens().get(last).pos())
                || "RB".equals(doc.tokens().get(last).pos()))) last--;
        return last;
    }

    /**
     * Whether a phrase ends its clause before token {@code t}: punctuation, a quote mark or a dash, the end of the
     * text, or a relative clause about a person ("wrote a Roe supporter who runs ...").
     */
    boolean endsClause(int t) {
        if (t >= doc.tokens().size()) return true;
        String w = doc.tokens().get(t).word();
        return isQuoteMark(w) || DASHES.contains(w) || !Character.isLetterOrDigit(w.charAt(0))
                || "WP".equals(doc.tokens().get(t).pos());
    }

    /**
     * The phrase from token {@code from} to the noun that the person named at token {@code t} modifies, as the
     * speaker of cue {@code cue} ("according to a person familiar with Roe's views"), or null if no person who only
     * modifies a noun, or organisation that owns its speaker ("according to the agency's chief vet"), is named
     * there.
     */
    Speaker modifiedPhrase(int t, int from, int cue) {
        Token tok = doc.tokens().get(t);
        if (!isPerson(tok) && !isOrganisation(tok) || speakerAt(t, cue) != null) return null;
        // from the name's last word: an organisation's name may hold "and" ("Food and Agriculture Organization's")
        int end = phraseEnd(tokenAt(mentionAt(entities.at(tok.start(), tok.end()), tok).end()) - 1);
        return nominalSpeaker(from, end, end, cue);
    }

    /** Whether a person is named in tokens [from, last]. */
    private boolean personAfter(int from, int last) {
        for (int k = from; k <= last; k++) {
            if (isPerson(doc.tokens().get(k))) return true;
        }
        return false;
    }

    /** "with officials saying ...": the phrase after "with" right before a participle cue is its subject. */
    private boolean absoluteSubject(int preposition, int last, int cue) {
        String w = doc.tokens().get(preposition).word().toLowerCase(Locale.ROOT);
        return (w.equals("with") || w.equals("without")) && last == cue - 1
                && "VBG".equals(doc.tokens().get(cue).pos());
    }

    /**
     * The noun that the prepositional phrase at {@code preposition} modifies, past the adjective or participle that
     * takes it ("sources close to", "people briefed on", which taggers also read as a past tense), or a quantifier
     * right before it ("some of", "most of", "six in 10"); -1 if none.
     */
    private int headBefore(int preposition, int from) {
        for (int t = preposition - 1; t >= from; t--) {
            String pos = doc.tokens().get(t).pos();
            if (pos == null) return -1;
            if (pos.startsWith("NN")) return t;
            if (!(pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBD") || pos.equals("VBG")
                    || pos.startsWith("RB") || pos.equals("CD") || pos.equals("DT"))) break;
        }
        int t = preposition - 1;
        String pos = t >= from ? doc.tokens().get(t).pos() : null;
        return pos != null && (pos.equals("CD") || pos.equals("DT") || pos.startsWith("JJ")) ? t : -1;
    }

    /**
     * A common-noun phrase for people ending at token {@code head}, no further left than {@code floor}, as the
     * speaker of verb {@code cue} ("the senator", "what critics called"), or null: "the report called" has none.
     */
    Speaker people(int head, int floor, int cue) {
        return phraseHeadedBy(head, floor, cue, PeopleNouns::contains);
    }

    /**
     * A common-noun phrase for a body that speaks as one ending at token {@code head} ("the ministry", "the local
     * council"), no further left than {@code floor}, as the speaker of verb {@code cue}, or null.
     */
    Speaker body(int head, int floor, int cue) {
        return phraseHeadedBy(head, floor, cue, t -> Cues.BODIES.contains(lemma(t)));
    }

    private Speaker phraseHeadedBy(int head, int floor, int cue, Predicate<Token> isHead) {
        int start = phraseStart(floor, head);
        return start < 0 || !isHead.test(doc.tokens().get(head)) ? null : nominalSpeaker(start, head, head, cue);
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
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
        if (start == last && start > from && "NN".equals(doc.tokens().get(start).pos())
                && DEMONSTRATIVES.contains(doc.tokens().get(start - 1).word().toLowerCase(Locale.ROOT))) return start - 1;
        // "On Friday the government said", "Tuesday officials said": a time before the subject is no part of it
        while (start >= 0 && start <= last && (isTimeWord(doc.tokens().get(start)) || start < last
                && "CD".equals(doc.tokens().get(start).pos()) && isTimeWord(doc.tokens().get(start + 1)))) start++;
        return start > last || start >= 0 && !hasNoun(start, last) ? -1 : start;
    }

    private boolean hasNoun(int from, int last) {
        for (int t = from; t <= last; t++) {
            if (doc.tokens().get(t).pos() != null && doc.tokens().get(t).pos().startsWith("NN")) return true;
        }
        return false;
    }

    /**
     * A preposition, not a word taggers also mark IN that opens a clause: the "that" of a relative clause ("the plan
     * that Roe called “…”") or a subordinator ("because China said").
     */
    static boolean isPreposition(Token t) {
        return ("IN".equals(t.pos()) || "TO".equals(t.pos()))
                && !SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** A word that opens a clause: "that", "because", "after" ..., or a wh-word ("when", "who", "which"). */
    static boolean opensClause(Token t) {
        return SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT))
                || t.pos() != null && (t.pos().equals("WDT") || t.pos().equals("WP") || t.pos().equals("WRB"));
    }

    /** A capitalised proper noun or adjective: with a place or name after it, part of a longer name. */
    private static boolean isNameWord(Token t) {
        return t.pos() != null && (t.pos().startsWith("NNP") || t.pos().equals("JJ"))
                && Character.isUpperCase(t.word().charAt(0));
    }

    static boolean isTimeWord(Token t) {
        return TIME_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * The common-noun phrase [start, last] with head {@code head} as a speaker. A phrase whose head is an entity's
     * name ("the Democrats said") is that entity, so the speaker's name and id agree.
     */
    Speaker nominalSpeaker(int start, int last, int head, int cue) {
        Span span = new Span(doc.tokens().get(start).start(), doc.tokens().get(last).end());
        Token h = doc.tokens().get(head);
        Entity e = entities.at(h.start(), h.end());
        // "Sustainable Australia describes itself": a capitalised word before the name makes it another name
        int first = e == null ? -1 : tokenAt(mentionAt(e, h).start());
        if (first > start && isNameWord(doc.tokens().get(first - 1))) e = null;
        if (e == null) e = titledPerson(start, head);
        if (e == null) e = officeHolder(start, head);
        Token cueWord = doc.tokens().get(cue);
        return e != null ? Speaker.cuedBy(e.id(), e.name(), span, cueWord)
                : Speaker.cuedBy(null, span.of(doc.text()), span, cueWord);
    }

    /**
     * "the president", "the foreign minister": a definite title the article gave one person before a name ("U.S.
     * President Donald Trump") is that person; a title it gave two, or a phrase with more in it, is nobody in
     * particular.
     */
    Entity titledPerson(int start, int head) {
        if (head - start < 1 || head - start > 2 || !doc.tokens().get(start).word().equalsIgnoreCase("the")) {
            return null;
        }
        for (int k = start + 1; k <= head; k++) {
            Token t = doc.tokens().get(k);
            if (t.pos() == null || !t.pos().startsWith("NN") && !t.pos().startsWith("JJ")
                    || !t.word().equals(t.word().toLowerCase(Locale.ROOT)) && k > start + 1) {
                return null;
            }
        }
        return titled.titled(doc.tokens().get(head).word());
    }

    /**
     * "Siemens' chief executive": the office of an organisation, in a phrase of its name, a possessive and lower-case
     * words, is the one person the article gave that title of it before a name ("Siemens chief executive Roland
     * Busch"), else nobody in particular.
     */
    private Entity officeHolder(int start, int head) {
        Token first = doc.tokens().get(start);
        Entity organisation = entities.at(first.start(), first.end());
        if (organisation == null || organisation.type() != EntityType.ORGANIZATION) return null;
        int possessive = tokenAt(mentionAt(organisation, first).end());
        if (possessive >= head || !"POS".equals(doc.tokens().get(possessive).pos())) return null;
        for (int k = possessive + 1; k <= head; k++) {
            if (!Character.isLowerCase(doc.tokens().get(k).word().charAt(0))) return null;
        }
        return titled.titled(organisation.id(), doc.tokens().get(head).word());
    }

    /** The entity named at token {@code t}, or null. */
    Entity entityAt(Token t) {
        return entities.at(t.start(), t.end());
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

    static boolean isFinite(Token t) {
        return t.pos() != null && FINITE.contains(t.pos());
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
