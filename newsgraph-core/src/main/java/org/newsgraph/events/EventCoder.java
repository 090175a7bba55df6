package org.newsgraph.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventModality;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.PeopleNouns;
import org.newsgraph.pipeline.Sentence;

/**
 * Codes political events sentence by sentence from a dependency-parsed document: verb triggers found and coded by
 * the PETRARCH-2 verb dictionary and its patterns (plus nouns whose happening a verb reports), actors from the
 * subject and object slots through the actor dictionaries and the resolved entities, modality, date and evidence
 * offsets. Thread-safe; holds only the shared dictionaries.
 */
public final class EventCoder {

    /** What the coder reads about one article. {@code published} is an ISO date or date-time, or null. */
    public record Document(String articleId, NlpDocument nlp, List<Entity> entities, List<TimeExpression> times,
                           List<Quote> quotes, String published) {
    }

    /** Verbs reporting what someone says; "X said Y must" is X's appeal to Y. */
    private static final Set<String> SPEECH = Set.of("say", "tell", "state", "declare", "insist", "stress",
            "add", "argue", "write", "announce", "claim");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
    /** What an intransitive act of violence is done against: "fought against", "clashed with", "fired on/at". */
    private static final Set<String> ADVERSATIVE = Set.of("against", "with", "on", "upon", "at", "into");
    /** What violence is aimed at, which may be a thing or a gathering: "fired on a crowd", "shot into the bus". */
    private static final Set<String> AIMED = Set.of("on", "upon", "at", "into");
    /** Codes of giving: material cooperation in general (060) and aid (07). */
    private static final Predicate<String> GIVING = c -> c != null && (c.equals("060") || c.startsWith("07"));
    /** Sectors that govern, judge, police or fight: who ends a protest by decree or force represses it. */
    private static final Set<String> AUTHORITIES = Set.of("GOV", "JUD", "COP", "MIL", "LEG", "SPY");
    /** Verbs whose doers each give the other what they name: "traded accusations", "exchanged fire". */
    private static final Set<String> EXCHANGE = Set.of("trade", "exchange", "swap");
    /** Whom an act named by a noun is done with or against: "talks with Iran", "a war against the rebels". */
    private static final Set<String> COUNTERPART_CASES = Set.of("with", "between", "against");
    /** Whom an act of violence named by a noun is done to: "the killing of two soldiers", "the attack on the base". */
    private static final Set<String> VICTIM_CASES = Set.of("of", "on", "upon", "against");
    /** Whom a happening is between or against, when the verb reporting it carries the phrase. */
    private static final Set<String> PARTIES_OF_HAPPENING = Set.of("between", "against");

    private final CameoCodebook codebook;
    private final VerbMatcher matcher;
    private final NominalEvents nominal;
    private final ModalityDetector modality;
    private final ActorBuilder actors;
    private final ActorResolver resolver;
    private final CodeComposer composer;
    private final VerbDictionary verbs;
    private final Meetings meetings;

    public EventCoder(EventDictionaries dictionaries) {
        codebook = dictionaries.codebook();
        verbs = dictionaries.verbs();
        matcher = new VerbMatcher(dictionaries.verbs());
        nominal = new NominalEvents(dictionaries.verbs(), matcher);
        modality = new ModalityDetector(matcher);
        actors = new ActorBuilder(dictionaries.actors());
        resolver = dictionaries.actors();
        composer = dictionaries.composer();
        meetings = new Meetings(nominal, composer);
    }

    public EventCoder() {
        this(EventDictionaries.shared());
    }

    public List<Event> code(Document d) {
        return code(d, null);
    }

    /** Codes {@code d}, telling {@code why} (when not null) how far its verbs got ({@link DropLog}). */
    public List<Event> code(Document d, DropLog why) {
        List<Event> out = new ArrayList<>();
        List<Event> mainClauses = new ArrayList<>();
        LocalDate day = EventDates.day(d.published());
        NamedStates states = new NamedStates(d.entities(), resolver, day);
        int previousStart = 0;
        for (Sentence s : d.nlp().sentences()) {
            int from = out.size();
            codeSentence(d, states, new SentenceGraph(d.nlp().text(), d.nlp().tokens(), s), s, previousStart, day,
                    out, mainClauses, why);
            oncePerSentence(out, from);
            previousStart = s.span().start();
        }
        return out;
    }

    /**
     * "Kenyan and Ugandan leaders met in Nairobi and held talks", "troops shelled the town, shelling it for hours":
     * two triggers of one sentence that give the same act by the same source on the same target, in the same
     * modality and on the same day, report one event; the first coded stays. Acts on other days stay apart ("met on
     * Monday and again on Friday").
     */
    static void oncePerSentence(List<Event> out, int from) {
        Set<String> seen = new HashSet<>();
        for (int i = from; i < out.size(); ) {
            Event e = out.get(i);
            String key = e.cameo() + '|' + e.modality() + '|' + e.date() + '|' + sameActorKey(e.source()) + '|'
                    + sameActorKey(e.target());
            if (seen.add(key)) i++;
            else out.remove(i);
        }
    }

    /** An actor by its entity when linked, else by its code and words. */
    private static String sameActorKey(EventActor a) {
        if (a == null) return "";
        if (a.entity() != null) return "entity:" + a.entity();
        return a.code() + ':' + a.text().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * {@code previousStart}: where the sentence before this one starts (a pro-form's antecedent may be there);
     * {@code mainClauses}: the events coded so far on a sentence's root verb or its conjuncts, which a pro-form
     * repeats before any event of a subordinate clause ("Poland expelled diplomats after Russia arrested a consul.
     * Lithuania did the same": expelled).
     */
    private void codeSentence(Document d, NamedStates states, SentenceGraph g, Sentence s, int previousStart,
                              LocalDate day, List<Event> out, List<Event> mainClauses, DropLog why) {
        // a question or an interview's turn reports no act, whatever its verbs are
        if (Questions.asks(g.text, s.span()) || TranscriptTurns.turn(g.text, s.span())) {
            if (why != null) why.reached(DropLog.Reason.NOT_A_REPORT, 0);
            return;
        }
        int[] scratch = new int[g.size];
        boolean[] reported = new boolean[g.size];
        for (int v = 0; v < g.size; v++) {
            if (!g.isVerb(v) || g.rel(v).startsWith("aux") || g.rel(v).equals("cop")) continue;
            if (announcesComplement(g, v, scratch) || ModalityDetector.claims(g, v)) {
                note(why, g, v, DropLog.Reason.REPORTS_CLAUSE);
                continue;
            }
            VerbMatcher.Coded coded;
            int actorsOf = v;
            int noun = NominalEvents.eventNoun(g, v);
            String nounCode = noun >= 0 ? nominal.code(g, noun, scratch) : null;
            // "a fire broke out": what breaks out is unrest or fighting; the lexicon's FIRE is "hold fire", a truce
            if (nounCode != null && NominalEvents.breaksOut(g, v) && !disapprovesOrWorse(nounCode)) nounCode = null;
            int codedBefore = out.size();
            Event repeated = ProForms.repeats(g, v) ? ProForms.antecedent(mainClauses, out, g.token(v).start(),
                    previousStart) : null;
            if (repeated != null) {
                coded = new VerbMatcher.Coded(repeated.cameo(), null, v);
            } else if (nounCode != null) {
                coded = new VerbMatcher.Coded(nounCode, nounCode, v);
                actorsOf = noun;
            } else {
                coded = agreementTo(g, v, nominal.performed(g, v, matcher.code(g, v, scratch), scratch), scratch);
                coded = meetings.cancelled(g, v, coded, scratch);
                coded = EndedDissent.eased(g, v, coded, nominal, c -> actors.actorHead(g, c, d.entities(), day),
                        h -> authority(phraseActors(d, g, h, day, new int[g.size])), scratch);
                coded = CrowdCharges.rushed(g, v, coded,
                        t -> verbs.inSet("&WEAPON", g.upperWords[t], g.upperLemmas[t]));
                coded = Arrests.arrested(g, v, Arrests.roundedUp(g, v, coded));
                coded = LabourStrikes.walkedOut(g, v, coded,
                        h -> phraseActors(d, g, h, day, new int[g.size]).stream()
                                .anyMatch(a -> Contests.armed(a) || "CRM".equals(a.sector())));
                coded = Hosts.received(g, v, coded, t -> actors.actorHead(g, t, d.entities(), day)
                        && governing(phraseActors(d, g, t, day, new int[g.size])));
                coded = Departures.left(g, v, coded, t -> actors.actorHead(g, t, d.entities(), day)
                        && international(phraseActors(d, g, t, day, new int[g.size])),
                        c -> actors.onePerson(g, c, d.entities())
                                || g.pos(c).equals("NN") && PeopleNouns.contains(g.forms[c], g.lemmas[c]));
            }
            // "died in custody", "died in an ambush": violence its victim suffered, by whom the words say or nobody
            int cause = coded == null ? Victims.violenceSuffered(g, v, verbs, matcher, nominal, scratch,
                    c -> actors.actorHead(g, c, d.entities(), day)) : -1;
            boolean suffered = cause >= 0 || Victims.sufferedOnly(coded);
            // "died of cancer in prison", "died in a dog attack": a death the clause puts down to illness, an
            // accident or an animal is none of the violence its other words name
            if (suffered && Victims.otherCause(g, v, nominal, verbs, c -> !actors.actors(g, c, d.entities(), day,
                    new int[g.size]).isEmpty(), scratch)) {
                note(why, g, v, DropLog.Reason.OTHER_CAUSE);
                continue;
            }
            if (cause >= 0) coded = new VerbMatcher.Coded(nominal.actCode(g, cause, scratch), null, v);
            else if (suffered) coded = new VerbMatcher.Coded(coded.reverseCode(), null, coded.lastToken());
            // "claimed responsibility for the attack": the claimant did the attack
            int claimed = Responsibility.claimedAct(g, v, coded, nominal, scratch,
                    c -> actors.actorHead(g, c, d.entities(), day));
            if (claimed >= 0) coded = new VerbMatcher.Coded(nominal.actCode(g, claimed, scratch), null, v);
            if (coded == null) {
                if (why != null) why.reached(uncoded(g, v, scratch), depth(g, v));
                continue;
            }
            if (coded.byDefault() && qualifiesInfinitive(g, v) || actorsOf == v
                    && Votes.decidesInfinitive(g, v, coded, c -> matcher.code(g, c, new int[g.size]) != null)) {
                note(why, g, v, DropLog.Reason.INFINITIVE_DEFAULT);
                continue;
            }
            // "the Supreme Court ruled on the appeal": a judgement, not the governing RULE's default codes
            if (actorsOf == v && Rulings.judgement(g, v, coded)) {
                note(why, g, v, DropLog.Reason.RULING);
                continue;
            }
            if (actorsOf == v && Dismissals.fromOffice(g, v, c -> actors.onePerson(g, c, d.entities())
                    || PeopleNouns.contains(g.forms[c], g.lemmas[c]))) {
                note(why, g, v, DropLog.Reason.DISMISSAL);
                continue;
            }
            // "the AP called the election for Biden": projecting a vote's winner is no act of the caller's
            if (actorsOf == v && Projections.called(g, v, c -> actors.onePerson(g, c, d.entities()),
                    c -> actors.actorHead(g, c, d.entities(), day), c -> time(d, g, c))) {
                note(why, g, v, DropLog.Reason.PROJECTION);
                continue;
            }
            // "said it had demolished its nuclear test site": violence against a thing of the doer's own is none
            if (actorsOf == v && !suffered && claimed < 0 && repeated == null && OwnProperty.damage(coded.code())
                    && OwnProperty.damaged(g, v, Arguments.source(g, v), c -> actors.actorHead(g, c, d.entities(), day))) {
                note(why, g, v, DropLog.Reason.OWN_PROPERTY);
                continue;
            }
            // "the Democratic convention took place": the happening of a subject that names no event is no act
            if (coded.byDefault() && nounCode == null && repeated == null && NominalEvents.onlyHappens(g, v)) {
                note(why, g, v, DropLog.Reason.ONLY_HAPPENS);
                continue;
            }
            // "Kim is hoping that ...", "analysts expect ...": a mental state is no act; the dictionary's default
            // code for such a verb (HOPE: appeal) reads it as one
            if (coded.byDefault() && nounCode == null && repeated == null && ModalityDetector.mental(g, v)) {
                note(why, g, v, DropLog.Reason.MENTAL);
                continue;
            }
            if (repeated == null && StatedGoals.aim(g, v)) {
                note(why, g, v, DropLog.Reason.AIM);
                continue;
            }
            // "the company counted on customers to return": relying on someone is an expectation, no appeal made
            if (actorsOf == v && repeated == null && Reliance.relied(g, v)) {
                note(why, g, v, DropLog.Reason.MENTAL);
                continue;
            }
            // "Vladescu added that the contract may be signed", "Hawkins argued that ...", "Boeing claims that the
            // jet is more efficient": a verb of saying over a clause reports a statement (CAMEO 01), whose clause
            // has its own events; the dictionary's default code for the verb (ADD: cooperate, ARGUE and CLAIM:
            // disapprove) is another sense; one coded as a demand demands
            // ("insisted that X should withdraw")
            if (coded.byDefault() && nounCode == null && repeated == null && !demand(coded.code()) && reports(g, v)
                    && !alleges(d, g, v, coded.code(), day, scratch)) {
                note(why, g, v, DropLog.Reason.REPORTED_STATEMENT);
                continue;
            }
            ModalityDetector.Reading reading = modality.of(g, v, scratch);
            EventModality mode = reading.modality();
            // "no group has claimed responsibility": a claim nobody made names no doer
            if (claimed >= 0 && mode != EventModality.ASSERTED) {
                note(why, g, v, DropLog.Reason.CLAIM_NOT_ASSERTED);
                continue;
            }
            EventDater.Dated date = EventDater.date(g, v, s.span(), d.times(), d.published(),
                    mode == EventModality.ASSERTED && g.isPast(v), scratch);
            // a nominal event's trigger is its noun ("summit"); a verb's runs to its last particle ("shut down")
            Span trigger = actorsOf == v ? new Span(g.token(v).start(), g.token(coded.lastToken()).end())
                    : new Span(g.token(noun).start(), g.token(noun).end());
            Site site = new Site(d, s.span(), trigger, mode, date, quoteOf(d.quotes(), trigger));
            List<List<EventActor>> dyads = suffered ? victimDyad(d, states, g, v, cause, coded.code(), day, scratch)
                    : actorsOf == v ? verbDyad(d, states, g, v, coded.code(), day, scratch)
                    : nounDyad(d, states, g, noun, v, coded.code(), day, scratch);
            if (dyads != null && claimed >= 0) dyads = claimDyad(d, states, g, v, claimed, coded.code(), dyads.get(0),
                    day, scratch);
            if (dyads != null && repeated != null) dyads = List.of(dyads.get(0), againAt(repeated, dyads));
            if (dyads == null) {
                note(why, g, v, actorsOf != v ? DropLog.Reason.NOUN_NO_PARTIES
                        : Arguments.source(g, v) < 0 ? DropLog.Reason.NO_SUBJECT : DropLog.Reason.SUBJECT_NOT_ACTOR);
                continue;
            }
            // "Vodafone pulled out of a deal to buy a broadband firm": a deal of no state's reduces no relations
            if (actorsOf == v && repeated == null && StateDeals.commercial(g, v, coded.code(), dyads.get(0),
                    dyads.get(1), a -> placeNamed(d, a), a -> organisationNamed(d, a),
                    t -> verbs.inSet("&WEAPON", g.upperWords[t], g.upperLemmas[t]))) {
                note(why, g, v, DropLog.Reason.NO_STATE_DEAL);
                continue;
            }
            // "Shoppers expressed willingness to pay more": a market's mood, no intent towards anyone
            if (actorsOf == v && repeated == null
                    && Willingness.ofTheMarket(g, v, coded.code(), dyads.get(0), dyads.get(1))) {
                note(why, g, v, DropLog.Reason.NO_TARGET);
                continue;
            }
            // "the police returned the stolen bicycles to their owners": a private return, no state's
            if (actorsOf == v && repeated == null && Returns.privately(g, v, coded.code(), dyads.get(0), dyads.get(1),
                    a -> stateNamedAlone(d, a))) {
                note(why, g, v, DropLog.Reason.NO_TARGET);
                continue;
            }
            if (!Occupations.plausible(coded.code(), dyads.get(0))
                    || Censorship.ownService(coded.code(), dyads.get(0))) {
                note(why, g, v, DropLog.Reason.OCCUPATION);
                continue;
            }
            if (actorsOf == v && Contests.won(g, v, coded.code(), dyads.get(0), dyads.get(1))) {
                note(why, g, v, DropLog.Reason.CONTEST);
                continue;
            }
            // "broke the two-hour barrier", "are breaking the law": a limit or a rule broken is no violence
            if (actorsOf == v && repeated == null && Breaches.figurative(g, v, coded, dyads.get(0),
                    c -> actors.actorHead(g, c, d.entities(), day), c -> nominal.inLexicon(g, c))) {
                note(why, g, v, DropLog.Reason.BREACH);
                continue;
            }
            // "regretted the disruption": sorrow, no objection; an apology needs someone it is made to
            if (actorsOf == v && repeated == null && Regrets.unaddressed(g, v, coded,
                    c -> actors.actorHead(g, c, d.entities(), day))) {
                note(why, g, v, DropLog.Reason.REGRET);
                continue;
            }
            if (actorsOf == v) coded = Boycotts.byTheGoverned(g, v, coded, dyads.get(0));
            int at = actorsOf;
            List<EventActor> aimed = DomesticTargets.aimedAt(g, v, actorsOf, coded.code(), dyads.get(0),
                    dyads.get(1), () -> place(d, g, at, day, scratch), a -> stateNamedAlone(d, a),
                    t -> organizationAt(d, g, t));
            if (aimed != dyads.get(1)) dyads = List.of(dyads.get(0), aimed);
            if (actorsOf == v) coded = MilitaryRetreats.retreated(g, v, coded, dyads.get(0), t -> location(d, g, t));
            // a threat or vow to fight is the actor's statement, whoever it is against ("swore to fight")
            if (actorsOf == v && repeated == null && coded.byDefault() && !reading.stated()
                    && undergone(d, g, v, coded.code(), dyads.get(0), day)) {
                note(why, g, v, DropLog.Reason.UNDERGONE);
                continue;
            }
            int verb = v;
            String act = coded.code();
            if (actorsOf == v
                    && Counterparts.missing(coded, dyads.get(0), dyads.get(1), () -> thingObject(d, g, verb, day),
                    () -> aidGiven(g, verb, act, scratch))) {
                note(why, g, v, DropLog.Reason.NO_TARGET);
                continue;
            }
            Meetings.markReported(g, v, noun, reported);
            // a nominal event is mutual ("talks between X and Y") unless it is aimed at someone ("protests against")
            if (actorsOf != v && !dyads.get(1).isEmpty()) coded = new VerbMatcher.Coded(coded.code(), null, v);
            // "X and Y accused each other", "traded threats": coordinated doers act on one another when the words
            // say so, whatever the act; one doer's trade is not ("the Hornets traded him to the Lakers")
            if (actorsOf == v && dyads.get(0).size() >= 2 && reciprocal(g, v)) {
                coded = new VerbMatcher.Coded(coded.code(), coded.code(), coded.lastToken(), coded.byDefault());
            }
            String stated = reading.stated() ? statement(mode, coded.code()) : null;
            if (stated != null) {
                // one trigger, one event per pair: announcing, threatening or refusing an act is what the actor did
                // ("is eager to hold talks": 036, "would attack": 138); the act itself, planned or supposed, is the
                // statement's content, which the composed code names, not a second event of the same words
                Site asserted = new Site(d, site.sentence(), trigger, EventModality.ASSERTED, date, site.quote());
                emit(asserted, new VerbMatcher.Coded(stated, null, coded.lastToken()), dyads.get(0), dyads.get(1),
                        out);
            } else {
                int before = out.size();
                emit(site, coded, dyads.get(0), dyads.get(1), out);
                if (actorsOf == v && ChargedDetentions.convicted(g, v, coded.code())) {
                    ChargedDetentions.convict(out.subList(before, out.size()));
                } else if (actorsOf == v && ChargedDetentions.charged(g, v, coded.code(), verbs)) {
                    ChargedDetentions.accuse(out.subList(before, out.size()));
                }
            }
            if (why != null) {
                why.reached(out.size() > codedBefore ? DropLog.Reason.CODED : unemitted(coded, dyads), depth(g, v));
            }
            if (actorsOf == v) appeal(d, g, v, coded.code(), site, dyads.get(0), day, scratch, out);
            if (isMainClause(g, v)) mainClauses.addAll(out.subList(codedBefore, out.size()));
        }
        int beforeMeetings = out.size();
        meetingsNamed(d, states, g, s, day, reported, scratch, out);
        if (why != null && out.size() > beforeMeetings) why.reached(DropLog.Reason.CODED, 0);
    }

    /** Whether the actor's words hold a mention of a place the entity stage found ("the United States"). */
    private static boolean placeNamed(Document d, EventActor a) {
        return a.span() != null && mentionIn(d, EntityType.LOCATION, a.span());
    }

    /** Whether the actor's words hold a mention of an organisation the entity stage found. */
    private static boolean organisationNamed(Document d, EventActor a) {
        return a.span() != null && mentionIn(d, EntityType.ORGANIZATION, a.span());
    }

    private static boolean mentionIn(Document d, EntityType type, Span words) {
        for (Entity e : d.entities()) {
            if (e.type() != type) continue;
            for (Span m : e.mentions()) if (m.start() < words.end() && words.start() < m.end()) return true;
        }
        return false;
    }

    private static void note(DropLog why, SentenceGraph g, int v, DropLog.Reason r) {
        if (why != null) why.reached(r, depth(g, v));
    }

    private static int depth(SentenceGraph g, int v) {
        int d = 0;
        for (int t = g.head(v); t >= 0 && d < g.size; t = g.head(t)) d++;
        return d;
    }

    /**
     * Why a verb the coder looked at gave no code: not in the dictionary, vetoed, or none of its patterns; an uncoded
     * verb of saying over a clause ("said Vietnam is committed to ...") leaves the event to that clause.
     */
    private DropLog.Reason uncoded(SentenceGraph g, int v, int[] scratch) {
        if (reports(g, v)) return DropLog.Reason.REPORTS_CLAUSE;
        if (verbs.senses(g.upperLemmas[v]).isEmpty() && verbs.senses(g.upperWords[v]).isEmpty()) {
            return DropLog.Reason.NOT_IN_DICTIONARY;
        }
        return matcher.vetoed(g, v, scratch) ? DropLog.Reason.VETOED : DropLog.Reason.NO_PATTERN;
    }

    /** Why a coded trigger with its dyad added no event: a statement PLOVER has no type for, or no actor at all. */
    private DropLog.Reason unemitted(VerbMatcher.Coded coded, List<List<EventActor>> dyads) {
        CameoCode c = coded.code() == null ? null : codebook.lookup(coded.code());
        if (c == null || c.ploverType() == null) return DropLog.Reason.STATEMENT_ONLY;
        // with actors and a typed act, only a statement composed from it ("vowed to attack") can have had no type
        return dyads.get(0).isEmpty() && dyads.get(1).isEmpty() ? DropLog.Reason.NO_ACTOR_AT_ALL
                : DropLog.Reason.STATEMENT_ONLY;
    }

    /**
     * "the summit between Putin and Biden": a meeting noun no coded verb reports that names two or more parties is
     * a meeting between them, reciprocal ({@link Meetings}), in the modality of its clause.
     */
    private void meetingsNamed(Document d, NamedStates states, SentenceGraph g, Sentence s, LocalDate day,
                               boolean[] reported, int[] scratch, List<Event> out) {
        for (int n = 0; n < g.size; n++) {
            String code = meetings.unreported(g, n, reported);
            if (code == null) continue;
            List<List<EventActor>> dyads = nounDyad(d, states, g, n, -1, code, day, scratch);
            if (dyads == null || !dyads.get(1).isEmpty()) continue;
            List<EventActor> parties = Meetings.parties(dyads.get(0));
            if (parties.isEmpty()) continue;
            int clause = Meetings.governingVerb(g, n);
            EventModality mode = Meetings.planned(g, n) ? EventModality.FUTURE
                    : clause < 0 ? EventModality.ASSERTED : modality.of(g, clause, scratch).modality();
            Span trigger = new Span(g.token(n).start(), g.token(n).end());
            Site site = new Site(d, s.span(), trigger, mode,
                    EventDater.date(g, n, s.span(), d.times(), d.published(),
                            mode == EventModality.ASSERTED && clause >= 0 && g.isPast(clause), scratch),
                    quoteOf(d.quotes(), trigger));
            emit(site, new VerbMatcher.Coded(code, null, n), parties, List.of(), out);
        }
    }

    /** The sentence's root verb, or a verb conjoined to it ("expelled ... and closed"). */
    private static boolean isMainClause(SentenceGraph g, int v) {
        int at = v;
        while (g.head(at) >= 0 && g.rel(at).equals("conj")) at = g.head(at);
        return g.head(at) < 0;
    }

    /**
     * Whom a repeated act ({@link ProForms}) is aimed at: whom the pro-form's own clause names ("did the same with
     * the talks"), else the antecedent's target ("France did the same": expelled the same diplomats), unless the
     * pro-form's doer is that target, who returns the act to its doer ("Russia did the same": expelled Germany's).
     */
    private static List<EventActor> againAt(Event repeated, List<List<EventActor>> dyads) {
        if (!dyads.get(1).isEmpty() || repeated.target() == null) return dyads.get(1);
        for (EventActor src : dyads.get(0)) {
            if (repeated.source() != null && sameCountry(src, repeated.target())) return List.of(repeated.source());
        }
        return List.of(repeated.target());
    }

    private static boolean sameCountry(EventActor a, EventActor b) {
        return a.country() != null && a.country().equals(b.country());
    }

    /** Whether the act a noun names is done with or against an actor: "talks with Iran", "war against rebels". */
    private boolean hasCounterpart(Document d, SentenceGraph g, int noun, LocalDate day) {
        for (int k = 0; k < g.childCount(noun); k++) {
            int c = g.child(noun, k);
            String kase = g.baseRel(c).equals("nmod") ? Arguments.caseOf(g, c) : null;
            if (kase != null && COUNTERPART_CASES.contains(kase) && actors.actorHead(g, c, d.entities(), day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb says its doers act on one another: its object or oblique is "each other" or "one another",
     * or the verb is one of exchange ("traded threats"), whose doers each give what the other gets.
     */
    private static boolean reciprocal(SentenceGraph g, int v) {
        if (EXCHANGE.contains(g.lemmas[v].toLowerCase())) return true;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (c == 0) continue;
            String first = g.forms[c - 1].toLowerCase(), second = g.forms[c].toLowerCase();
            if (first.equals("each") && second.equals("other") || first.equals("one") && second.equals("another")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ratcliffe claimed Iran spoofed e-mails", "protesters claimed Iran is influencing their government": a
     * disapproving verb of saying (CAMEO 11 by default: CLAIM, ARGUE) over what another actor did alleges it, as
     * CAMEO codes allegations; over a thing, a number, the speaker itself or what there is ("Boeing claims the jet
     * is lighter", "claimed 190 were dead", "claimed he was tucking in his shirt", "claimed there were fine people
     * on both sides") it only states. Another actor's weapon or act named by its author does what that actor did
     * ("claimed that Russian missiles hit a school", "an Israeli air strike killed 20"); "the strike hit a depot",
     * whose doer is unnamed, states.
     */
    private boolean alleges(Document d, SentenceGraph g, int v, String code, LocalDate day, int[] scratch) {
        if (!disapproval(code)) return false;
        int clause = g.child(v, "ccomp");
        int subj = g.child(clause, "nsubj");
        if (subj < 0 || g.child(clause, "expl") >= 0 || !g.pos(subj).startsWith("NN")) return false;
        if (actors.actorHead(g, subj, d.entities(), day)) return true;
        return (instrument(g, subj) || nominal.code(g, subj, scratch) != null)
                && actors.authorOf(g, subj, d.entities(), day) >= 0;
    }

    private static boolean reports(SentenceGraph g, int v) {
        return SPEECH.contains(g.lemmas[v].toLowerCase()) && g.child(v, "ccomp") >= 0 && g.child(v, "obj") < 0;
    }

    /**
     * "needs to explain": a verb that only says its infinitive is owed ({@link ModalityDetector#OWING}) is no event
     * by its dictionary default (NEED: demand, 100); its subject demands nothing of anyone. Not "failed to", which
     * CAMEO coders take as a rejection (120), as the GSR does. Nor is one that says its infinitive was attempted
     * ({@link ModalityDetector#ATTEMPTING}: "sought to acquire uranium" is no intent to cooperate, SEEK's 030): the
     * infinitive is the act, attempted.
     */
    private static boolean qualifiesInfinitive(SentenceGraph g, int v) {
        String lemma = g.lemmas[v].toLowerCase();
        if (!ModalityDetector.OWING.contains(lemma) && !ModalityDetector.ATTEMPTING.contains(lemma)) return false;
        int c = g.child(v, "xcomp");
        return c >= 0 && g.isVerb(c);
    }

    /**
     * Whether an act of cooperation (060) or aid (07) coded by verb {@code v}'s default gives aid: what it gives (its
     * object, or the subject of a passive: "aid will be provided") is a noun that is itself a dictionary verb of
     * such an act ("aid", "supplies", "help"), or, for a verb that means aid by default ("donate"), money (the
     * dictionary's {@code &CURRENCY}). Not purchases (061: "buying equipment"), nor a sum paid.
     */
    private boolean aidGiven(SentenceGraph g, int v, String act, int[] scratch) {
        if (!GIVING.test(act)) return false;
        int given = g.isPassive(v) ? g.child(v, "nsubj:pass") : g.child(v, "obj");
        if (given < 0) return false;
        if (act.startsWith("07") && verbs.inSet("&CURRENCY", g.upperWords[given], g.upperLemmas[given])) return true;
        // the noun as the verb it is ("aid", "supplies", "help"), not one derived from another ("foundation": found)
        VerbMatcher.Coded named = matcher.codeAs(g, given, g.upperLemmas[given], scratch);
        return named != null && GIVING.test(named.code());
    }

    private boolean thingObject(Document d, SentenceGraph g, int v, LocalDate day) {
        int obj = g.child(v, "obj");
        return obj >= 0 && actors.thingOfActor(g, obj, d.entities(), day);
    }

    /**
     * "agreed to hold joint exercises", "agreed that their countries should cooperate": agreeing to a cooperative
     * action (a CAMEO 05 verb over a complement coded 04-08) is the intent to do it (03), composed like an
     * announcement, and agreeing to an action the dictionary does not code is the general intent to cooperate (030,
     * PLOVER AGREE: "indicate willingness or commitment to cooperate"); an agreement to anything else keeps its own
     * code. A verb with an object has already done its act: "signed an agreement to increase trade" is the
     * signing (PLOVER SUPPORT: "ratify, sign, or finalize an agreement"), whatever the infinitive is parsed under.
     */
    private VerbMatcher.Coded agreementTo(SentenceGraph g, int v, VerbMatcher.Coded coded, int[] scratch) {
        if (coded == null || coded.code() == null || !coded.code().startsWith("05")) return coded;
        if (g.child(v, "obj") >= 0) return coded;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (!g.isVerb(c) || !(g.rel(c).equals("xcomp") || g.rel(c).equals("ccomp"))) continue;
            VerbMatcher.Coded inner = matcher.code(g, c, scratch);
            // "agreed to undertake joint exercises": an action the dictionary does not code is still a commitment
            if (inner == null || inner.code() == null) {
                if (g.rel(c).equals("xcomp") && g.hasChildWord(c, "mark", "to")) {
                    return new VerbMatcher.Coded("030", null, coded.lastToken());
                }
                continue;
            }
            int root = Integer.parseInt(inner.code().substring(0, 2));
            // "agreed to set up a research centre", "agreed to investigate": an act of no cooperation the composer
            // can name (statements, appeals, inquiries: CAMEO 01-03, 09) is committed to as an uncoded one is;
            // agreeing to conflict is no intent to cooperate and keeps the agreeing verb's code
            if ((root < 4 || root == 9) && g.rel(c).equals("xcomp") && g.hasChildWord(c, "mark", "to")) {
                return new VerbMatcher.Coded("030", null, coded.lastToken());
            }
            if (root < 4 || root > 8) continue;
            String intent = composer.compose(CodeComposer.Act.INTEND, inner.code());
            if (intent != null) return new VerbMatcher.Coded(intent, null, coded.lastToken());
        }
        return coded;
    }

    /**
     * "swore to fight", "pledged to withdraw": the complement's composed statement (a threat, an intent) is what
     * the promise says, so the promising verb's own code ("swear" is filed with allegations) would only repeat it
     * less exactly.
     */
    private boolean announcesComplement(SentenceGraph g, int v, int[] scratch) {
        if (!ModalityDetector.COMMISSIVE.contains(g.lemmas[v].toLowerCase())) return false;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (!g.isVerb(c) || !g.rel(c).equals("xcomp")) continue;
            VerbMatcher.Coded inner = matcher.code(g, c, scratch);
            if (inner == null || inner.code() == null) continue;
            ModalityDetector.Reading r = modality.of(g, c, scratch);
            if (r.stated() && statement(r.modality(), inner.code()) != null) return true;
        }
        return false;
    }

    /**
     * "Mubarak said the US must be ready to mediate", "X insisted that Y should withdraw": saying that another
     * actor must or should act is an appeal to it for that act (CAMEO 02, PLOVER REQUEST), from the speaker to the
     * one who is to act, on the reporting verb.
     */
    private void appeal(Document d, SentenceGraph g, int v, String code, Site site, List<EventActor> addressees,
                        LocalDate day, int[] scratch, List<Event> out) {
        if (addressees.isEmpty()) return;
        // "must be ready to mediate", "should agree to withdraw": the obligation may sit on the clause above
        int clause = v;
        for (int up = 0; up < 2 && g.rel(clause).equals("xcomp"); up++) clause = g.head(clause);
        if (!g.rel(clause).equals("ccomp")) return;
        if (!g.hasChildWord(clause, "aux", "must") && !g.hasChildWord(clause, "aux", "should")) return;
        int speech = g.head(clause);
        if (!SPEECH.contains(g.lemmas[speech].toLowerCase())) return;
        // "insisted that": a verb the dictionary already codes as a request or demand says it itself
        VerbMatcher.Coded own = matcher.code(g, speech, scratch);
        if (own != null && own.code() != null && (own.code().startsWith("02") || own.code().startsWith("10"))) return;
        int speakerHead = g.child(speech, "nsubj");
        if (speakerHead < 0) return;
        List<EventActor> speakers = phraseActors(d, g, speakerHead, day, scratch);
        if (speakers.isEmpty()) return;
        String appealCode = composer.compose(CodeComposer.Act.APPEAL, code);
        if (appealCode == null) appealCode = "020";
        Span trigger = new Span(g.token(speech).start(), g.token(speech).end());
        Site said = new Site(d, site.sentence(), trigger, EventModality.ASSERTED, site.date(),
                quoteOf(d.quotes(), trigger));
        emit(said, new VerbMatcher.Coded(appealCode, null, speech), speakers, addressees, out);
    }

    /**
     * What the actor did by stating a non-asserted action: announcing cooperation is an intent (CAMEO 03),
     * announcing or supposing force, sanctions, coercion or protest a threat (13), refusing cooperation a rejection
     * (12).
     */
    private String statement(EventModality mode, String code) {
        if (code == null || code.length() < 2) return null;
        int root = Integer.parseInt(code.substring(0, 2));
        if (mode == EventModality.NEGATED && root >= 3 && root <= 8) return composer.compose(CodeComposer.Act.REJECT, code);
        if (mode == EventModality.FUTURE && root >= 4 && root <= 8) return composer.compose(CodeComposer.Act.INTEND, code);
        if ((mode == EventModality.FUTURE || mode == EventModality.HYPOTHETICAL) && root >= 14) {
            return composer.compose(CodeComposer.Act.THREATEN, code);
        }
        return null;
    }

    /**
     * Sources and targets of a verb trigger, or null when it has no actor as source. Sources are empty for an
     * agentless passive of material conflict ("three civilians were killed"): the victim is known, the doer not.
     */
    /**
     * "Blinken flew to Beijing on Sunday, meeting Xi for talks": the parser hangs a participle after a clause as a
     * bare {@code dep}, which lends it no subject. Meeting there (MEET coded as a meeting, CAMEO 04) is done by the
     * clause's subject, whom the clause brought to it. No other act: after a clause, a participle's doer is as
     * often the clause's event as its subject ("the jet crashed into the sea, killing all 150 people": the crash
     * kills), and borrowing the subject for every such participle coded four times as much noise as right events
     * on the demo (round 15); the other verbs coded 04 take things and places as their objects ("returned to
     * normal operation, joining two other hospitals", "contacted him, discussing the game": round 16, noise only).
     */
    private static boolean meetingParticiple(SentenceGraph g, int v, String code) {
        int h = g.head(v);
        return code != null && code.startsWith("04") && g.lemmas[v].equalsIgnoreCase("meet")
                && g.rel(v).equals("dep") && g.pos(v).equals("VBG") && h >= 0 && h < v && g.isVerb(h)
                && g.child(v, "nsubj") < 0;
    }

    private List<List<EventActor>> verbDyad(Document d, NamedStates states, SentenceGraph g, int v, String code,
                                            LocalDate day, int[] scratch) {
        int sourceHead = Arguments.source(g, meetingParticiple(g, v, code) ? g.head(v) : v);
        if (sourceHead < 0) {
            if (!g.isPassive(v)) return null;
            // what an accusation is "of" or "with" is the charge, never the accused: only the passive subject is
            if (accusation(g, v, code)) return unattributed(d, states, g, v, day, scratch, true);
            if (materialConflict(code)) return unattributed(d, states, g, v, day, scratch, false);
            return verbalConflictUndergone(d, g, v, code, day)
                    ? unattributed(d, states, g, v, day, scratch, true) : null;
        }
        // a thing, quality or act is no doer ("the shares of the company increased", "Trump's impulsiveness will
        // lead him to fold"); violence keeps the phrase that names its means and place ("an explosion near Samarra
        // killed two youths"), which CAMEO codes by the place's state, unless it is a quality of an actor
        if (materialConflict(code) ? actors.thingOfActor(g, sourceHead, d.entities(), day) && !instrument(g, sourceHead)
                : !actors.actorHead(g, sourceHead, d.entities(), day) && !speaks(g, sourceHead, code, d, day)) {
            return unnamedDoer(g, v, code, sourceHead, scratch) ? unattributed(d, states, g, v, day, scratch, false) : null;
        }
        List<EventActor> sources = phraseActors(d, g, sourceHead, day, scratch);
        if (sources.isEmpty() && g.pos(sourceHead).startsWith("PRP")) {
            sources = antecedent(d, g, v, sourceHead, day, scratch);
        }
        if (sources.isEmpty()) {
            return unnamedDoer(g, v, code, sourceHead, scratch) ? unattributed(d, states, g, v, day, scratch, false) : null;
        }
        if (ThingDoers.thing(g, sourceHead)
                || sources.size() == 1 && ThingDoers.namedThing(misc(d, sources.get(0)), sources.get(0))) {
            return null;
        }
        List<EventActor> targets = List.of(), sectorOnly = List.of(), place = List.of(), audience = List.of();
        List<Integer> candidates = Arguments.targets(g, v, sourceHead);
        if (demand(code)) candidates = Arguments.withDemanded(g, v, candidates, sourceHead);
        for (int t : candidates) {
            if (AimedTargets.servedBy(g, v, t, code)) continue;
            // "gathered outside the National Congress" meets nobody: what an act is outside of is only whom it is
            // aimed at when the act is hostile (a protest, a demand, force), never a partner
            // "attended a summit in Rome regarding abuse by the clergy": what a meeting is about is no party to it
            // (where it is held is read below, as a place)
            int of = g.head(t);
            if (g.baseRel(t).equals("nmod") && of >= 0 && nominal.meetingCode(g, of) != null
                    && !Meetings.mayBeParty(g, t, "04", Arguments.caseOf(g, t)) && !Arguments.isLocative(g, t)) {
                continue;
            }
            boolean outside = "outside".equals(Arguments.caseOf(g, t));
            if (outside && (code == null || code.compareTo("10") < 0)) continue;
            boolean locative = Arguments.isLocative(g, t) || outside;
            // "canceled the summit in response to North Korean statements", "appeared in court": an "in" phrase that
            // names no place, or an "at" phrase that names neither a place nor an actor ("fired at protesters"), is
            // an adjunct of manner, cause or setting, neither where the act is nor whom it is aimed at
            // an "in" phrase naming an act with its counterpart ("took part in talks with Iran") is aimed at them
            if (locative && !DomesticCountry.namesPlace(g, t)
                    && !(Arguments.beside(g, t) && actors.actorHead(g, t, d.entities(), day))
                    && !hasCounterpart(d, g, t, day)) {
                continue;
            }
            // "X and Y met in Budapest": a place is no counterpart when the sources are each other's
            if (sources.size() >= 2 && locative) continue;
            List<EventActor> found = meetings.partiesBesidesPlace(g, t, c -> location(d, g, c),
                    h -> phraseActors(d, g, h, day, scratch));
            if (found == null) found = phraseActors(d, g, t, day, scratch);
            if (locative) {
                // "arrested opposition supporters in Baku": the place is where, not whom, unless nothing else is
                if (place.isEmpty()) place = found;
            } else if (disapproval(code) && "to".equals(Arguments.caseOf(g, t))) {
                // "complained to the UN over Israeli raids": whom a complaint is made to hears it; it is against
                // what it is over, as CAMEO codes it (114: the target is the one complained about)
                if (audience.isEmpty()) audience = found;
            } else if (ActorBuilder.named(found)) {
                targets = found;
                break;
            } else if (sectorOnly.isEmpty()) {
                sectorOnly = found;
            }
        }
        // "undertook joint military exercises", "will provide aid to refugees": a phrase that only a sector word
        // makes an actor yields to a later named counterpart, and to the coordinated sources' reciprocity
        if (targets.isEmpty() && sources.size() < 2) {
            targets = !sectorOnly.isEmpty() ? sectorOnly
                    : AimedTargets.of(g, v, code, sources, h -> phraseActors(d, g, h, day, scratch));
            if (targets.isEmpty()) {
                targets = AimedTargets.authorOfObject(g, v, sources, n -> nominal.inLexicon(g, n),
                        h -> phraseActors(d, g, h, day, scratch));
            }
            if (targets.isEmpty()) targets = !audience.isEmpty() ? audience : place;
        }
        return domestic(d, states, g, v, code, day, scratch, sources, targets);
    }

    /**
     * The victim of violence its clause reports of it ({@link Victims}): the verb's subject as target; as source the
     * author the violence noun names ("an attack by the rebels", "an Israeli air strike"), else nobody. Null when
     * the subject is no actor.
     */
    private List<List<EventActor>> victimDyad(Document d, NamedStates states, SentenceGraph g, int v, int cause,
                                              String code, LocalDate day, int[] scratch) {
        int subj = g.child(v, "nsubj");
        if (subj < 0 || !actors.actorHead(g, subj, d.entities(), day)) return null;
        List<EventActor> victims = phraseActors(d, g, subj, day, scratch);
        if (victims.isEmpty()) return null;
        int author = cause < 0 ? -1 : actors.authorOf(g, cause, d.entities(), day);
        // "the bombing of Dresden": what violence is "of" is whom it is done to, as "the withdrawal of troops" is
        // "withdraw troops" (NominalEvents), not its author
        if (author >= 0 && victimCase(g, author)) author = -1;
        List<EventActor> doers = author < 0 ? List.of() : phraseActors(d, g, author, day, scratch);
        return domestic(d, states, g, v, code, day, scratch, doers, victims, List.of());
    }

    /**
     * The claimant of an act of violence ({@link Responsibility}) as its doer, and as its target whom the act's
     * noun says it was done to ("the killing of two soldiers", "the attack on the army base"), not the whole
     * phrase of the claim ("responsibility for the killing of two soldiers") nor where it was ("the bombing in
     * Kabul"). The victims take no country from the claimant, as those of violence named by its author do not
     * ("Hamas claimed the raid on the settlement" says nothing of the settlers' country).
     */
    private List<List<EventActor>> claimDyad(Document d, NamedStates states, SentenceGraph g, int v, int act,
                                             String code, List<EventActor> claimants, LocalDate day, int[] scratch) {
        List<EventActor> victims = List.of();
        for (int k = 0; k < g.childCount(act) && victims.isEmpty(); k++) {
            int c = g.child(act, k);
            if (g.baseRel(c).equals("nmod") && victimCase(g, c)) {
                victims = phraseActors(d, g, c, day, scratch);
            }
        }
        return domestic(d, states, g, v, code, day, scratch, claimants, victims, List.of());
    }

    private static boolean victimCase(SentenceGraph g, int noun) {
        String kase = Arguments.caseOf(g, noun);
        return kase != null && VICTIM_CASES.contains(kase);
    }

    /**
     * "a bomb exploded", "it hurts": violence (CAMEO 18-20) by a verb's default code with neither an object nor an
     * opponent ("fought against the rebels", "clashed with police") nor anything it is aimed at ("fired on a
     * crowd", "fired into Syrian territory") is nothing its subject did: the subject of such a verb suffers it, or
     * the victim is not in the sentence. What it is against or with must be an actor ("struggled with debts" is
     * no fight); what it is aimed at may be a thing, but not a time ("attacked on Monday"). Dying, which sat in
     * the dictionary's conflict codes and made "died at the scene" look aimed, codes nothing by default (our
     * supplement). Not a passive (the victim is its subject), nor coordinated doers, who fight each other ("X and
     * Y clashed").
     */
    private boolean undergone(Document d, SentenceGraph g, int v, String code, List<EventActor> sources,
                              LocalDate day) {
        if (code == null || code.compareTo("18") < 0 || g.isPassive(v) || sources.size() >= 2) return false;
        if (sharesObject(g, v)) return false;
        int aimed = Arguments.obliqueWithCase(g, v, AIMED);
        if (aimed >= 0 && !time(d, g, aimed)) return false;
        int opponent = Arguments.obliqueWithCase(g, v, ADVERSATIVE);
        return opponent < 0 || !actors.actorHead(g, opponent, d.entities(), day);
    }

    private static boolean time(Document d, SentenceGraph g, int token) {
        int at = g.token(token).start();
        for (TimeExpression t : d.times()) if (t.start() <= at && at < t.end()) return true;
        return false;
    }

    /**
     * Whether the verb has an object, its own or one it shares with a later verb conjoined to it ("started to tear
     * down and vandalize statues": the parser hangs the statues on the last verb).
     */
    private static boolean sharesObject(SentenceGraph g, int v) {
        if (g.child(v, "obj") >= 0) return true;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (g.rel(c).equals("conj") && g.isVerb(c) && g.child(c, "obj") >= 0) return true;
        }
        return false;
    }

    /**
     * A verbal act (GDELT quad classes 1 and 3) may be reported of words that speak for their actor ("Amnesty's
     * report accused ..."), which no material act is ({@link ActorBuilder#authorOf}).
     */
    private boolean speaks(SentenceGraph g, int head, String code, Document d, LocalDate day) {
        CameoCode c = codebook.lookup(code);
        return c != null && c.quadClass() % 2 == 1 && actors.authorOf(g, head, d.entities(), day) >= 0;
    }

    /**
     * Material conflict (CAMEO 15-20) is done by an actor or with a weapon, not by a thing or quality of an actor:
     * "Trump's narcissism ... to match Obama's prize" is no attack, "only reconciliation with Japan can remove the
     * barriers" no threat to expel; "Russia's missiles hit" still does violence.
     */
    private boolean instrument(SentenceGraph g, int head) {
        return verbs.instrument(g.upperWords[head], g.upperLemmas[head]);
    }

    private static boolean location(Document d, SentenceGraph g, int token) {
        return entityAt(d, g, token, EntityType.LOCATION);
    }

    /** Whether the token lies in a mention of an organisation the entity stage found. */
    private static boolean organizationAt(Document d, SentenceGraph g, int token) {
        return entityAt(d, g, token, EntityType.ORGANIZATION);
    }

    private static boolean entityAt(Document d, SentenceGraph g, int token, EntityType type) {
        int at = g.token(token).start();
        return mentionIn(d, type, new Span(at, at + 1));
    }

    /**
     * Sources and targets, those without a country given the country of the event's place or counterpart, else
     * the state most of the article's places name ({@link NamedStates}). Not a named person at a meeting or visit
     * (CAMEO 04): people travel to meet, so where they meet ("Putin and Biden met in Geneva") and whom they meet
     * say nothing of their own country.
     */
    private List<List<EventActor>> domestic(Document d, NamedStates states, SentenceGraph g, int trigger, String code,
                                            LocalDate day, int[] scratch, List<EventActor> sources,
                                            List<EventActor> targets) {
        return domestic(d, states, g, trigger, code, day, scratch, sources, targets, sources);
    }

    /**
     * {@link #domestic}, the targets taking a counterpart's country only from {@code lenders}: the victims of
     * violence named by its author ("died in a Russian air strike") are not of the author's country by default,
     * as a domestic act's are, so they lend to the doer but do not borrow from it.
     */
    private List<List<EventActor>> domestic(Document d, NamedStates states, SentenceGraph g, int trigger, String code,
                                            LocalDate day, int[] scratch, List<EventActor> sources,
                                            List<EventActor> targets, List<EventActor> lenders) {
        if (!lacksCountry(sources) && !lacksCountry(targets)) return List.of(sources, targets);
        String place = DomesticCountry.place(g, trigger, h -> phraseActors(d, g, h, day, scratch),
                n -> nominal.inLexicon(g, n));
        List<EventActor> src = DomesticCountry.fill(sources, place, targets);
        List<EventActor> tgt = DomesticCountry.fill(targets, place, lenders);
        if (place == null) {
            src = unlessDealingWithState(d, sources, src, targets);
            tgt = unlessDealingWithState(d, targets, tgt, lenders);
        }
        if (Meetings.meeting(code)) {
            src = unlessPerson(d, sources, src);
            tgt = unlessPerson(d, targets, tgt);
        }
        return List.of(states.fill(src), states.fill(tgt));
    }

    /** {@code filled}, with each named person of {@code original} as it was. */
    private static List<EventActor> unlessPerson(Document d, List<EventActor> original, List<EventActor> filled) {
        if (original == filled) return filled;
        List<EventActor> out = new ArrayList<>(filled);
        for (int i = 0; i < out.size(); i++) if (person(d, original.get(i))) out.set(i, original.get(i));
        return out;
    }

    /**
     * {@code filled}, with each named organisation of {@code original} that no dictionary codes as it was when its
     * country came from a counterpart named as a state by the state's own name ("Gazprom cut gas supplies to
     * Ukraine", "Siemens signed a contract with Egypt", "Twitter ... blaming Iran"): a company dealing with a state
     * is as often foreign to it as not. Organisations dealing with their own country's people, offices and places
     * keep the counterpart rule ("the National Weather Service warned New Orleans"): round 14 took it from every
     * uncoded organisation and lost more right countries than it mended.
     */
    private static List<EventActor> unlessDealingWithState(Document d, List<EventActor> original,
                                                           List<EventActor> filled, List<EventActor> counterparts) {
        if (original == filled) return filled;
        Set<String> states = new HashSet<>();
        for (EventActor c : counterparts) {
            Entity e = entity(d, c);
            if (c.sector() == null && c.organization() == null && c.country() != null && e != null
                    && e.type() == EntityType.LOCATION && CountryNames.isCountry(e.name())) {
                states.add(c.country());
            }
        }
        if (states.isEmpty()) return filled;
        List<EventActor> out = new ArrayList<>(filled);
        for (int i = 0; i < out.size(); i++) {
            EventActor a = original.get(i);
            Entity e = entity(d, a);
            if (a.country() == null && a.sector() == null && e != null && e.type() == EntityType.ORGANIZATION
                    && states.contains(out.get(i).country())) {
                out.set(i, a);
            }
        }
        return out;
    }

    /** The actor of the place nearest the trigger that names a state ({@link DomesticCountry#placeHead}), or null. */
    private EventActor place(Document d, SentenceGraph g, int trigger, LocalDate day, int[] scratch) {
        DomesticCountry.ActorPhrases phrases = h -> phraseActors(d, g, h, day, scratch);
        int head = DomesticCountry.placeHead(g, trigger, phrases, n -> nominal.inLexicon(g, n));
        return head < 0 ? null : DomesticCountry.placeActor(g, head, phrases);
    }

    /** Whether an actor is a country named by its own name ("Pakistan"), not a group or an office of it. */
    private static boolean stateNamedAlone(Document d, EventActor a) {
        Entity e = entity(d, a);
        return a.sector() == null && a.organization() == null && e != null && e.type() == EntityType.LOCATION
                && CountryNames.isCountry(e.name());
    }

    private static boolean person(Document d, EventActor a) {
        Entity e = entity(d, a);
        return e != null && e.type() == EntityType.PERSON;
    }

    private static boolean misc(Document d, EventActor a) {
        Entity e = entity(d, a);
        return e != null && e.type() == EntityType.MISC;
    }

    private static Entity entity(Document d, EventActor a) {
        if (a.entity() == null) return null;
        for (Entity e : d.entities()) if (e.id().equals(a.entity())) return e;
        return null;
    }

    /** Whether the actors govern, judge, police or fight: those who can end a protest by force or decree. */
    static boolean authority(List<EventActor> actors) {
        for (EventActor a : actors) if (a.sector() != null && AUTHORITIES.contains(a.sector())) return true;
        return false;
    }

    /** Whether an actor is a government's (its people, its ministries) or an international body. */
    private static boolean governing(List<EventActor> actors) {
        for (EventActor a : actors) if ("GOV".equals(a.sector()) || international(List.of(a))) return true;
        return false;
    }

    private static boolean international(List<EventActor> actors) {
        for (EventActor a : actors) if (a.code() != null && a.code().startsWith("IGO")) return true;
        return false;
    }

    private static boolean lacksCountry(List<EventActor> actors) {
        for (EventActor a : actors) if (a.country() == null && a.organization() == null) return true;
        return false;
    }

    /** CAMEO 02 and 10: appeals and demands. */
    /** CAMEO roots 11 (disapprove) to 20 (mass violence): the conflict half of the scale. */
    private static boolean disapprovesOrWorse(String cameo) {
        int root = cameo.length() >= 2 && Character.isDigit(cameo.charAt(0)) && Character.isDigit(cameo.charAt(1))
                ? Integer.parseInt(cameo.substring(0, 2)) : 0;
        return root >= 11;
    }

    private static boolean demand(String code) {
        return code != null && (code.startsWith("02") || code.startsWith("10"));
    }

    /** CAMEO 11: disapproving, criticising, accusing, complaining. */
    private static boolean disapproval(String code) {
        return code != null && code.startsWith("11");
    }

    /**
     * Violence, coercion and force are reported by their victims as often as by their doers, who may be unknown
     * ("a journalist was killed in a car bomb explosion"); CAMEO 15-20 (PLOVER's material conflict) is coded
     * without a source then. An agentless passive of any other act leaves its doer to another sentence: no event.
     */
    /**
     * An accusation or charge (CAMEO 112 and its kinds) that names what is charged ("was charged with fraud", "is
     * accused of bribery"). Reported in the agentless passive it still names whom it is against, as news of a
     * criminal case most often puts it; the accuser stays unknown, as the doer of violence does. Without the
     * charge the verb has other senses ("customers were charged twice", "was charged a fee").
     */
    private static boolean accusation(SentenceGraph g, int v, String code) {
        if (code == null || !code.startsWith("112")) return false;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            String kase = g.baseRel(c).equals("obl") ? Arguments.caseOf(g, c) : null;
            if ("with".equals(kase) || "of".equals(kase)) return true;
        }
        return false;
    }

    /**
     * "The minister was criticised for his handling of the crisis", "the rebels were warned": verbal conflict (CAMEO
     * 11-14: disapproval, rejection, threats, protest) reported without its doer is still aimed at the passive's
     * subject, when that subject is an actor itself. Not a passive that says what the subject is or becomes ("is
     * claimed to be", "was branded a traitor", "was sworn in as governor": a complement or a particle), nor other
     * acts: on the demo, agentless "was released", "was given", "was allowed", "was considered", "was introduced"
     * were products, permissions and opinions far more often than political acts (session 21). An accusation of
     * crime (112) names its charge, a noun ({@link #accusation}) or a deed ("accused of inciting the murder",
     * "charged for allegedly providing the weapon"); without one, "customers were charged twice" is a price.
     */
    private boolean verbalConflictUndergone(Document d, SentenceGraph g, int v, String code, LocalDate day) {
        if (code == null || code.compareTo("11") < 0 || code.compareTo("15") >= 0) return false;
        // an accusation needs its charge or deed: "customers were charged twice" is a bill
        if (code.startsWith("112") && !chargedDeed(g, v)) return false;
        int undergoer = g.child(v, "nsubj:pass");
        if (undergoer < 0 || !actors.actorHead(g, undergoer, d.entities(), day)) return false;
        for (int k = 0; k < g.childCount(v); k++) {
            String r = g.rel(g.child(v, k));
            if (r.equals("xcomp") || r.equals("compound:prt") || r.equals("obj")) return false;
            if (g.baseRel(g.child(v, k)).equals("obl") && "as".equals(Arguments.caseOf(g, g.child(v, k)))) return false;
        }
        return true;
    }

    /** "accused of inciting", "charged for providing", "charged with selling": a deed as the charge. */
    private static boolean chargedDeed(SentenceGraph g, int v) {
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (!g.baseRel(c).equals("advcl") || !g.pos(c).equals("VBG")) continue;
            for (String rel : new String[] {"case", "mark"}) {
                if (g.hasChildWord(c, rel, "of") || g.hasChildWord(c, rel, "for") || g.hasChildWord(c, rel, "with")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean materialConflict(String code) {
        return code != null && code.length() >= 2 && code.compareTo("15") >= 0;
    }

    /**
     * "The mayor was killed by his attackers", "was killed by a roadside bomb": the "by" phrase of a passive of
     * violence names people by the violence they do, whom the dictionaries cannot code, or a weapon, so the doer is
     * unknown but the act is real; it is coded as an agentless passive is. Not a thing ("was hit by a car") nor an
     * animal ("attacked by wild dogs").
     */
    private boolean unnamedDoer(SentenceGraph g, int v, String code, int agent, int[] scratch) {
        return g.isPassive(v) && materialConflict(code) && !g.hasChildWord(agent, "amod", "own")
                && (instrument(g, agent) && !aircraftOnly(g, agent) || Victims.violentAgent(g, agent, matcher, scratch));
    }

    /**
     * An aircraft that is no weapon of the dictionary's (a jet, a plane, a glider; not a "predator drone") kills
     * by crashing as often as by firing: "killed by a vintage jet at an air show" names no violence.
     */
    private boolean aircraftOnly(SentenceGraph g, int head) {
        return verbs.inSet("&AIRCRAFT", g.upperWords[head], g.upperLemmas[head])
                && !verbs.inSet("&WEAPON", g.upperWords[head], g.upperLemmas[head]);
    }

    /**
     * No source, and the passive subject (else, unless {@code subjectOnly}, the first target phrase naming an actor)
     * as target.
     */
    private List<List<EventActor>> unattributed(Document d, NamedStates states, SentenceGraph g, int v, LocalDate day,
                                                int[] scratch, boolean subjectOnly) {
        if (subjectOnly && g.child(v, "nsubj:pass") < 0) return null;
        for (int t : Arguments.targets(g, v, -1)) {
            if (Arguments.isLocative(g, t) || Arguments.beside(g, t)) continue;
            List<EventActor> found = phraseActors(d, g, t, day, scratch);
            if (!found.isEmpty()) return domestic(d, states, g, v, null, day, scratch, List.of(), found);
            if (subjectOnly) return null;
        }
        return null;
    }

    /**
     * "Syria says it will not accept refugees": a pronoun subject that no entity link resolved stands for the
     * subject of a clause governing its verb (the speaker of a report, the first conjunct's subject), nearest first,
     * if their number agrees: "he" or "it" is not "the rebels" ("The rebels asked him if he wanted to leave"), and
     * "they" is no one person ("“They wanted the sanctions lifted,” the president said": not the president; but
     * "the government said they", as British papers write of a body).
     */
    private List<EventActor> antecedent(Document d, SentenceGraph g, int v, int pronoun, LocalDate day,
                                        int[] scratch) {
        String lemma = g.lemmas[pronoun].toLowerCase();
        boolean personal = PERSONAL_PRONOUNS.contains(lemma), singular = personal || lemma.equals("it");
        boolean they = lemma.equals("they");
        for (int x = g.head(v), steps = 0; x >= 0 && steps < 6; x = g.head(x), steps++) {
            int subj = g.child(x, "nsubj");
            if (subj < 0 || g.pos(subj).startsWith("PRP") || singular && plural(g, subj, personal)
                    || they && actors.onePerson(g, subj, d.entities())) {
                continue;
            }
            List<EventActor> found = phraseActors(d, g, subj, day, scratch);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    /**
     * A plural noun or coordinated nouns ("the rebels", "Iran and Syria"); to a personal pronoun also a plural
     * name ("the Koreans"), which "it" may be ("the United Nations", "the Union of Teachers").
     */
    private static boolean plural(SentenceGraph g, int head, boolean personal) {
        return g.pos(head).equals("NNS") || personal && g.pos(head).equals("NNPS") || g.child(head, "conj") >= 0;
    }

    /**
     * "the summit between Trump and Kim", "Palestinian protests against Israeli settlements": the actors the event
     * noun names. Its possessor and modifiers are its sources (the parties, when several); what it is "against"
     * or "on" is its target. The actors the verb reporting its happening ({@code reporter}, or -1) says it is
     * between or against are the noun's too: "clashes took place between police and students", where the parser
     * hangs the phrase on the verb; not what it comes with ("protests escalated with the police killing").
     */
    private List<List<EventActor>> nounDyad(Document d, NamedStates states, SentenceGraph g, int noun, int reporter,
                                            String code, LocalDate day, int[] scratch) {
        List<EventActor> found = new ArrayList<>(), targets = new ArrayList<>(), places = new ArrayList<>();
        int own = g.childCount(noun), lent = reporter < 0 || reporter == noun ? 0 : g.childCount(reporter);
        for (int k = 0; k < own + lent; k++) {
            int c = k < own ? g.child(noun, k) : g.child(reporter, k - own);
            String r = g.baseRel(c);
            String kase = r.equals("nmod") || r.equals("obl") ? Arguments.caseOf(g, c) : null;
            if (k >= own && !(r.equals("obl") && kase != null && PARTIES_OF_HAPPENING.contains(kase)
                    && actors.actorHead(g, c, d.entities(), day))) {
                continue;
            }
            if (r.equals("nmod") || r.equals("obl") || r.equals("compound") || r.equals("amod")) {
                boolean against = "against".equals(kase) || "on".equals(kase) || "upon".equals(kase);
                if (!Meetings.mayBeParty(g, c, code, kase)) continue;
                boolean place = r.equals("compound") && location(d, g, c);
                (against ? targets : place ? places : found).addAll(phraseActors(d, g, c, day, scratch));
            }
        }
        // "the Geneva summit between Putin and Biden": a place name is where; "US-China talks": names alone are
        // the parties; one name alone ("the Baku protests") is where, not who
        if (found.isEmpty() && places.size() >= 2) found = places;
        if (found.isEmpty()) return null;
        return domestic(d, states, g, noun, code, day, scratch, found, targets);
    }

    private List<EventActor> phraseActors(Document d, SentenceGraph g, int head, LocalDate day, int[] scratch) {
        List<EventActor> all = new ArrayList<>(2);
        for (int h : Arguments.conjuncts(g, head)) all.addAll(actors.actors(g, h, d.entities(), day, scratch));
        return all;
    }

    /** Where and how an event is reported: shared by every event one trigger gives. */
    private record Site(Document doc, Span sentence, Span trigger, EventModality modality, EventDater.Dated date,
                        String quote) {
    }

    /**
     * One event per source and target; coordinated sources without a target ("X and Y met") and patterns coding
     * the same event both ways ("[036:036]") give reciprocal events; a pattern coding a different reverse event
     * ("host" / "visit") adds it from target to source. Without sources, one event per target, source unknown.
     */
    private void emit(Site site, VerbMatcher.Coded coded, List<EventActor> sources, List<EventActor> targets,
                      List<Event> out) {
        boolean symmetric = coded.code() != null && coded.code().equals(coded.reverseCode());
        if (sources.isEmpty()) {
            for (EventActor tgt : targets) add(site, coded.code(), null, tgt, false, out);
            return;
        }
        // a pattern coding the same event both ways is an act done together, whatever its code
        if (targets.isEmpty() && sources.size() >= 2 && (symmetric || mutual(coded.code()))) {
            for (int i = 0; i < sources.size(); i++) {
                for (int j = i + 1; j < sources.size(); j++) {
                    add(site, coded.code(), sources.get(i), sources.get(j), true, out);
                }
            }
            return;
        }
        for (EventActor src : sources) {
            if (targets.isEmpty()) {
                add(site, coded.code(), src, null, false, out);
                continue;
            }
            for (EventActor tgt : targets) {
                add(site, coded.code(), src, tgt, symmetric, out);
                if (!symmetric) add(site, coded.reverseCode(), tgt, src, false, out);
            }
        }
    }

    /**
     * Acts done with one another, whose coordinated doers are each other's counterparts ("X and Y met", "agreed",
     * "signed", "clashed"): CAMEO 03-06 and 19 (fighting). Other acts of coordinated doers are each doer's own
     * ("The US and Taiwan failed to prepare", "X and Y rejected the plan").
     */
    private static boolean mutual(String code) {
        if (code == null || code.length() < 2) return false;
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 3 && root <= 6 || root == 19;
    }

    private void add(Site site, String code, EventActor src, EventActor tgt, boolean reciprocal, List<Event> out) {
        if (code == null) return;
        CameoCode c = codebook.lookup(code);
        if (c == null || c.ploverType() == null) return; // CAMEO 01 statements are no PLOVER events
        if (src != null && tgt != null && sameActor(src, tgt)) tgt = null;
        String id = id(site.doc().articleId(), site.trigger(), c.code(), src, tgt);
        // coordinated-modifier variants of one phrase can come out as the same actor: one event, not two
        for (int i = out.size() - 1; i >= 0 && out.get(i).trigger().equals(site.trigger()); i--) {
            if (out.get(i).id().equals(id)) return;
        }
        out.add(new Event(id, c.ploverType(), c.ploverMode(), c.ploverContext(), c.code(), c.goldstein(),
                c.quadClass(), src, tgt, reciprocal && tgt != null, site.modality(),
                site.modality() == EventModality.NEGATED, site.date().date(), site.date().basis(), site.sentence(),
                site.trigger(), site.quote(), site.date().span()));
    }

    private static boolean sameActor(EventActor a, EventActor b) {
        if (a.entity() != null && a.entity().equals(b.entity())) return true;
        return a.span().equals(b.span()) && java.util.Objects.equals(a.code(), b.code());
    }

    private static String quoteOf(List<Quote> quotes, Span trigger) {
        for (Quote q : quotes) if (q.quotes(trigger)) return q.text();
        return null;
    }

    private static String actorKey(EventActor a) {
        return a == null ? "" : a.span().start() + "-" + a.span().end() + ":" + a.code() + ":" + a.entity();
    }

    private static String id(String article, Span trigger, String code, EventActor src, EventActor tgt) {
        long h = 0xcbf29ce484222325L;
        // both ends of each actor's span, its code and its entity: coordinated-modifier variants of one phrase
        // start alike, and may even span alike while naming different entities
        String key = article + '|' + trigger.start() + '|' + code + '|' + actorKey(src) + '|' + actorKey(tgt);
        for (int i = 0; i < key.length(); i++) h = (h ^ key.charAt(i)) * 0x100000001b3L;
        return HexFormat.of().toHexDigits(h);
    }

}
