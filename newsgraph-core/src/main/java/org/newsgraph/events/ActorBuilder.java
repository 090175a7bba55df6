package org.newsgraph.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.PeopleNouns;

/**
 * Turns the head of a noun phrase into {@link EventActor}s: the phrase's own words (titles, nationalities, agent
 * nouns) through the {@link ActorResolver}, completed by the resolved entity the phrase mentions (so "Kim" or "he"
 * linked to "Kim Jong-un" is PRK GOV). Coordinated modifiers give one actor each: "Hungarian and Romanian
 * officials" are HUN GOV and ROU GOV.
 */
final class ActorBuilder {

    /** Inside a noun phrase, these dependents start other phrases or clauses. */
    private static final List<String> OUTSIDE_PHRASE = List.of("acl", "conj", "cc", "punct", "appos", "dep",
            "parataxis", "advcl", "ccomp");

    private static final Set<String> CALENDAR = Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
            "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER");
    /** Nouns that measure time: a phrase they head is a span of time ("nine years in prison"), never an actor. */
    private static final Set<String> TIME_UNITS = Set.of("SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "YEAR",
            "DECADE", "CENTURY");

    /** What an act or relation is with or toward: "reconciliation with Japan", "hostility toward Iran". */
    private static final Set<String> RELATION_CASES = Set.of("with", "between", "for", "toward", "towards",
            "against", "on");
    /** What a thing is by or from, besides its possessor: its author. */
    private static final Set<String> AUTHOR_CASES = Set.of("by", "of", "from");
    /** An apposition with these describes a role the person no longer has: "the former minister", "the late". */
    private static final Set<String> PAST = Set.of("former", "late", "ex", "erstwhile", "onetime", "one-time");
    /** The prepositions that put a thing in a place. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside");

    private final ActorResolver resolver;

    ActorBuilder(ActorResolver resolver) {
        this.resolver = resolver;
    }

    /** The actors the phrase headed by {@code head} names; empty when it names none (pronoun, "the talks"). */
    List<EventActor> actors(SentenceGraph g, int head, List<Entity> entities, LocalDate day, int[] scratch) {
        // "sentenced him to nine years in prison": a term served is no one the act is done to (a name is: "Day")
        if (g.isNoun(head) && !g.pos(head).startsWith("NNP") && TIME_UNITS.contains(g.upperLemmas[head])) {
            return List.of();
        }
        if (Stances.held(g, head)) return List.of();
        int n = g.subtree(head, OUTSIDE_PHRASE, scratch);
        int[] phrase = withoutTime(g, head, java.util.Arrays.copyOf(scratch, n));
        List<int[]> variants = splitCoordinatedModifiers(g, head, phrase);
        Entity whole = entityOf(g, phrase, entities);
        ActorCode described = apposition(g, head, whole, day, scratch);
        boolean thingInPlace = whole != null && whole.type() == EntityType.LOCATION
                && locatedIn(g, phrase, whole) && !actorHead(g, head, entities, day)
                && code(g, outside(g, phrase, whole), null, day).isEmpty();
        List<EventActor> out = new ArrayList<>(variants.size());
        for (int[] tokens : variants) {
            EventActor a = actor(g, head, tokens, tokens == phrase ? whole : entityOf(g, tokens, entities), day,
                    described);
            if (a != null) out.add(thingInPlace ? placeFolk(a) : a);
        }
        return out;
    }

    /**
     * The phrase less the time the parser hung on its head ("The High Court on Thursday sentenced ...", "Prosecutors
     * last week charged ...", "The appeals court in March overturned ..."): when the act happened is no part of who
     * did it, nor of the actor's name in exports.
     */
    private static int[] withoutTime(SentenceGraph g, int head, int[] phrase) {
        return java.util.Arrays.stream(phrase).filter(t -> !inTimeOf(g, head, t)).toArray();
    }

    /** Whether token {@code t} lies in a time modifier of {@code head}: a day or month named, or a bare noun of time. */
    private static boolean inTimeOf(SentenceGraph g, int head, int t) {
        for (int x = t, steps = 0; x >= 0 && x != head && steps < g.size; x = g.head(x), steps++) {
            if (g.head(x) != head) continue;
            return g.rel(x).endsWith(":tmod") || g.baseRel(x).equals("nmod") && CALENDAR.contains(g.upperLemmas[x]);
        }
        return false;
    }

    /** Whether the place is where the phrase's thing stands ("in Kabul"), not whose it is ("the offer from Kabul"). */
    private static boolean locatedIn(SentenceGraph g, int[] phrase, Entity place) {
        for (int t : phrase) {
            String kase = within(g, t, place) ? Arguments.caseOf(g, t) : null;
            if (kase != null) return LOCATIVE.contains(kase.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /** The phrase's tokens outside the place's mentions: what codes the actor when the place does not. */
    private static int[] outside(SentenceGraph g, int[] phrase, Entity place) {
        return java.util.Arrays.stream(phrase).filter(t -> !within(g, t, place)).toArray();
    }

    private static boolean within(SentenceGraph g, int token, Entity entity) {
        return mentionCovering(entity, g.token(token).start()) != null;
    }

    /**
     * "a mosque in Kabul", "a market in Baghdad": a thing that is no actor, coded by the place it stands in. A capital
     * codes its country's government when it acts or is acted on itself ("Kabul rejected the offer"); as where a
     * thing is, it stands for the people there (the GSR's convention: capitals are GOV as subject or object, else
     * CVL), so a bombed mosque is no attack on a government.
     */
    private static EventActor placeFolk(EventActor a) {
        if (!"GOV".equals(a.sector())) return a;
        ActorCode civilians = new ActorCode(a.country(), "CVL", a.organization());
        return new EventActor(a.text(), a.span(), a.entity(), a.country(), "CVL", a.organization(),
                civilians.cameo());
    }

    /**
     * "Kofi Annan, UN secretary-general", "Kenzo Oshima, the United Nations Emergency Relief Coordinator": what an
     * apposition to the person the phrase is says the person is, when it names a country or an international
     * organisation; else null. Only the apposition's own noun and its modifiers speak ("a critic of the Ugandan
     * government" is no government official); a past role is no role ("the former British prime minister"); and an
     * apposition to a name that only qualifies the phrase's head describes that name, not the actor ("the killers of
     * Anna Politkovskaya, a Russian journalist"), unless the name is the head's author ("calls by Kofi Annan, UN
     * secretary-general" are the secretary-general's).
     */
    private ActorCode apposition(SentenceGraph g, int head, Entity entity, LocalDate day, int[] scratch) {
        if (entity == null || entity.type() != EntityType.PERSON) return null;
        Span own = mentionCovering(entity, g.token(head).start());
        // "calls by Kofi Annan, UN secretary-general": what a noun is "by" is its author, whose act the phrase names
        int author = own == null ? byAuthor(g, head) : -1;
        if (author >= 0) own = mentionCovering(entity, g.token(author).start());
        if (own == null) return null;
        int appos = -1;
        for (int t = 0; t < g.size && appos < 0; t++) {
            if (own.start() <= g.token(t).start() && g.token(t).end() <= own.end()) appos = g.child(t, "appos");
        }
        if (appos < 0) return null;
        int[] described = describedBy(g, appos);
        // "arrived in Bosnia, Defense Secretary William Perry said": a reporting clause the parser took for an
        // apposition runs into its verb; a real one is closed by punctuation
        int next = scratch[g.subtree(appos, OUTSIDE_PHRASE, scratch) - 1] + 1;
        if (next < g.size && !g.pos(next).equals(",") && !g.pos(next).equals(".") && !g.pos(next).equals("-RRB-")
                && !g.pos(next).equals(":")) {
            return null;
        }
        for (int t : described) {
            if (PAST.contains(g.lemmas[t].toLowerCase()) || g.forms[t].startsWith("ex-")) return null;
        }
        ActorCode code = code(g, described, null, day);
        return code.country() == null ? null : code;
    }

    /** The "by" modifier of a common noun ("an offer by X"), or -1. */
    private static int byAuthor(SentenceGraph g, int head) {
        if (!g.pos(head).startsWith("NN") || g.pos(head).startsWith("NNP")) return -1;
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            if (g.baseRel(c).equals("nmod") && "by".equals(Arguments.caseOf(g, c))) return c;
        }
        return -1;
    }

    /** The apposition's noun with its adjectives, compounds and possessors, in text order; not its nmods. */
    private static int[] describedBy(SentenceGraph g, int appos) {
        List<Integer> out = new ArrayList<>();
        out.add(appos);
        for (int i = 0; i < out.size(); i++) {
            int t = out.get(i);
            for (int k = 0; k < g.childCount(t); k++) {
                int c = g.child(t, k);
                String r = g.baseRel(c);
                if (r.equals("amod") || r.equals("compound") || g.rel(c).equals("nmod:poss")) out.add(c);
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static Span mentionCovering(Entity entity, int offset) {
        for (Span m : entity.mentions()) if (m.start() <= offset && offset < m.end()) return m;
        return null;
    }

    /** The phrase's own words, completed by the entity it mentions (null: none). */
    private ActorCode code(SentenceGraph g, int[] tokens, Entity entity, LocalDate day) {
        String[] forms = new String[tokens.length];
        String[] lemmas = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            forms[i] = g.forms[tokens[i]];
            lemmas[i] = g.lemmas[tokens[i]];
        }
        ActorCode code = resolver.resolve(forms, lemmas, 0, tokens.length, day).code();
        // "Troops attacked the convoy": a common noun capitalised only because it starts the sentence is read as a
        // name, which the agent dictionary's singulars never match ("Troops" keeps its plural lemma); read it as
        // written in mid-sentence when the capitalised reading finds nothing
        // ("Troops Out Movement", followed by a proper noun, is a name)
        if (code.isEmpty() && tokens[0] == firstWord(g) && g.isNoun(tokens[0]) && !g.pos(tokens[0]).startsWith("NNP")
                && Character.isUpperCase(forms[0].charAt(0))
                && (tokens.length == 1 || !Character.isUpperCase(forms[1].charAt(0)))) {
            forms[0] = forms[0].toLowerCase(Locale.ROOT);
            lemmas[0] = lemmas[0].toLowerCase(Locale.ROOT);
            code = resolver.resolve(forms, lemmas, 0, tokens.length, day).code();
        }
        return entity == null ? code : code.orElse(resolver.resolve(entity.name(), day));
    }

    /** The sentence's first token that is no punctuation (an opening quote or dash may come before it), or -1. */
    private static int firstWord(SentenceGraph g) {
        for (int t = 0; t < g.size; t++) if (Character.isLetterOrDigit(g.forms[t].charAt(0))) return t;
        return -1;
    }

    /**
     * {@code described}: what an apposition says the person is. It wins the country and organisation over the
     * name's dictionary code, as a title in the text does ("Kenzo Oshima", a Japanese official in the 2014
     * dictionaries, speaking as the UN coordinator): the text says the role at the time.
     */
    private EventActor actor(SentenceGraph g, int head, int[] tokens, Entity entity, LocalDate day,
                             ActorCode described) {
        ActorCode code = code(g, tokens, entity, day);
        if (described != null) {
            code = new ActorCode(described.country(), described.sector() != null ? described.sector()
                    : code.sector(), described.organization(), described.home());
        }
        // "The Homeland Union", "the NPFL": a name the 2014 dictionaries and the entity linker do not know is still
        // an actor, uncoded (GDELT exports such actors by name with empty codes)
        if (code.isEmpty() && entity == null && !properHead(g, tokens)) return null;
        // "claimed the bombing of a church": the preposition that hangs the phrase on its verb or noun is no part of
        // the actor's words ("a church", not "of a church"), as GDELT's actor names have none
        int first = 0;
        while (first < tokens.length - 1 && g.rel(tokens[first]).equals("case") && g.head(tokens[first]) == head) {
            first++;
        }
        int start = g.token(tokens[first]).start();
        int end = g.token(tokens[tokens.length - 1]).end();
        String text = g.text.substring(start, end);
        return new EventActor(text, new Span(start, end), entity == null ? null : entity.id(), code.country(),
                code.sector(), code.organization(), code.cameo());
    }

    /**
     * Whether the phrase headed by {@code head} is a thing, quality, feeling or act of an actor named only by its
     * possessor or by what it is with, between, for, toward, against or on ("Trump's narcissism", "Germany's
     * economy", "reconciliation with Japan"): a common noun so qualified, which neither the dictionaries (no agent
     * noun: "Israel's army" is an actor) nor an entity name. What a noun is "of", "in" or "from" says whom it is
     * ("thousands of Kurds", "protesters in Baku").
     */
    boolean thingOfActor(SentenceGraph g, int head, List<Entity> entities, LocalDate day) {
        if (!g.pos(head).startsWith("NN") || g.pos(head).startsWith("NNP") || !qualifiedByOther(g, head)) return false;
        int[] tokens = ownWords(g, head, true);
        return entityOf(g, tokens, entities) == null && code(g, tokens, null, day).isEmpty();
    }

    /**
     * Whether the phrase headed by {@code head} is an actor by its own head: a name or a noun a name qualifies ("the
     * APEC forum"), a pronoun or number, a mention of a resolved entity, a noun for people (CoreNLP's animate
     * nouns: "residents", "counterparts"), a noun the dictionaries code with its own common-noun compounds
     * ("police", "security forces", "officials"), or a part or amount of a group of such ("thousands of Kurds",
     * "the first deployment of NATO troops"). The other phrases the dictionaries code owe it to what qualifies
     * their head, its possessor or a nested phrase ("Kim's penchant for drama", "the shares of the company",
     * "developments from the community", "in response to ... statements"): things, qualities and acts, which
     * neither do nor undergo an act.
     */
    boolean actorHead(SentenceGraph g, int head, List<Entity> entities, LocalDate day) {
        if (Stances.held(g, head)) return false;
        int at = head;
        for (int depth = 0; depth < 3; depth++) {
            if (!g.pos(at).startsWith("NN") || name(g, at) || namedBy(g, at)) return true;
            if (PeopleNouns.contains(g.forms[at], g.lemmas[at]) || entityOf(g, new int[] {at}, entities) != null
                    || !code(g, ownWords(g, at, false), null, day).isEmpty()) {
                return true;
            }
            at = partitiveOf(g, at);
            if (at < 0) return false;
        }
        return false;
    }

    /** The "of" phrase naming a plural ("thousands of Kurds", "a unit of troops"), or -1. */
    private static int partitiveOf(SentenceGraph g, int head) {
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            if (g.baseRel(c).equals("nmod") && "of".equals(Arguments.caseOf(g, c)) && g.pos(c).endsWith("S")) return c;
        }
        return -1;
    }

    /**
     * The actor a thing ({@link #actorHead} false) is of: its possessor or author ("Amnesty's report", "a
     * statement by the ministry", "demands from the rebels", "the findings of the commission", "the Turkish
     * statement"), or -1: verbal acts are reported of such words. What a thing is only near to speaks for nobody
     * ("a bit of wisdom from a senator": the bit is of wisdom).
     */
    int authorOf(SentenceGraph g, int head, List<Entity> entities, LocalDate day) {
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            String kase = g.baseRel(c).equals("nmod") ? Arguments.caseOf(g, c) : null;
            boolean author = g.rel(c).equals("nmod:poss") || kase != null && AUTHOR_CASES.contains(kase);
            if (author && actorHead(g, c, entities, day)) return c;
            // "the Turkish statement", "a UN report": a nationality or a name qualifying the thing is its author
            boolean qualifier = g.rel(c).equals("amod") || g.rel(c).equals("compound");
            if (qualifier && (name(g, c) || !code(g, new int[] {c}, null, day).isEmpty())) return c;
        }
        return -1;
    }

    /**
     * The head with its compounds, in text order: with {@code qualifiers}, also its adjectives and proper-noun
     * compounds ("Israel's army", "Chinese officials"); without, only the common nouns that say what kind of thing
     * it is ("security forces"), which a nationality ("North Korean statements") or a name ("UN sanctions") does
     * not change.
     */
    private static int[] ownWords(SentenceGraph g, int head, boolean qualifiers) {
        List<Integer> own = new ArrayList<>();
        own.add(head);
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            boolean kind = g.rel(c).equals("compound") && g.isNoun(c) && !g.pos(c).startsWith("NNP");
            if (kind || qualifiers && (g.rel(c).equals("amod") || g.rel(c).equals("compound"))) own.add(c);
        }
        return own.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static boolean qualifiedByOther(SentenceGraph g, int head) {
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            if (g.rel(c).equals("nmod:poss")) return true;
            String kase = g.baseRel(c).equals("nmod") ? Arguments.caseOf(g, c) : null;
            if (kase != null && RELATION_CASES.contains(kase)) return true;
        }
        return false;
    }

    /** Whether some actor carries a country, an organisation or an entity: more than a sector word. */
    static boolean named(List<EventActor> actors) {
        for (EventActor a : actors) {
            if (a.country() != null || a.organization() != null || a.entity() != null) return true;
        }
        return false;
    }

    /**
     * Whether the phrase is a name: its head a proper noun naming no time ("on Tuesday" is no actor), or a common
     * noun a proper name qualifies ("the Umma party", "the APEC forum": an organisation named by its name).
     */
    private static boolean properHead(SentenceGraph g, int[] tokens) {
        for (int t : tokens) {
            if (g.head(t) < 0 || !contains(tokens, g.head(t))) return name(g, t) || g.isNoun(t) && namedBy(g, t);
        }
        return false;
    }

    private static boolean name(SentenceGraph g, int t) {
        return g.pos(t).startsWith("NNP") && !CALENDAR.contains(g.upperLemmas[t]);
    }

    private static boolean namedBy(SentenceGraph g, int head) {
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            if (g.rel(c).equals("compound") && name(g, c)) return true;
        }
        return false;
    }

    private static boolean contains(int[] tokens, int t) {
        for (int x : tokens) if (x == t) return true;
        return false;
    }

    /** The entity with a mention covering the phrase's last proper-noun token (the name's head), else any token. */
    /**
     * Whether the phrase head names one person: a singular common noun for people ("the minister") or a name the
     * entity resolution calls a person ("Trump"); not coordinated, not a body ("the government"), nor a name
     * ending in a word for people ("Thames Valley Police said they had arrested": the force's officers).
     */
    boolean onePerson(SentenceGraph g, int head, List<Entity> entities) {
        if (g.child(head, "conj") >= 0) return false;
        if (g.pos(head).equals("NN")) return PeopleNouns.contains(g.forms[head], g.lemmas[head]);
        Entity e = g.pos(head).equals("NNP") ? entityOf(g, new int[] {head}, entities) : null;
        return e != null && e.type() == EntityType.PERSON;
    }

    private static Entity entityOf(SentenceGraph g, int[] tokens, List<Entity> entities) {
        Entity any = null;
        for (int i = tokens.length - 1; i >= 0; i--) {
            int s = g.token(tokens[i]).start();
            for (Entity e : entities) {
                for (Span m : e.mentions()) {
                    if (m.start() <= s && s < m.end()) {
                        if (g.pos(tokens[i]).startsWith("NNP") || g.pos(tokens[i]).startsWith("PRP")) return e;
                        if (any == null) any = e;
                    }
                }
            }
        }
        return any;
    }

    /**
     * "Hungarian and Romanian officials": a modifier with conjuncts yields one phrase per conjunct, each keeping
     * the rest of the phrase. Without such a modifier, the phrase itself.
     */
    private static List<int[]> splitCoordinatedModifiers(SentenceGraph g, int head, int[] phrase) {
        for (int k = 0; k < g.childCount(head); k++) {
            int m = g.child(head, k);
            String r = g.baseRel(m);
            if (!r.equals("amod") && !r.equals("compound") && !r.equals("nmod")) continue;
            List<Integer> conj = new ArrayList<>();
            for (int j = 0; j < g.childCount(m); j++) {
                if (g.rel(g.child(m, j)).equals("conj")) conj.add(g.child(m, j));
            }
            if (conj.isEmpty()) continue;
            List<int[]> out = new ArrayList<>();
            List<Integer> members = new ArrayList<>();
            members.add(m);
            members.addAll(conj);
            for (int keep : members) {
                List<Integer> tokens = new ArrayList<>();
                for (int t : phrase) {
                    int owner = memberOwning(g, t, members, head);
                    if (owner < 0 || owner == keep) tokens.add(t);
                }
                // the conjunct itself lies outside the phrase (conjuncts are cut off), so add it and its modifiers
                if (!tokens.contains(keep)) {
                    tokens.add(keep);
                    for (int j = 0; j < g.childCount(keep); j++) {
                        int c = g.child(keep, j);
                        if (!g.rel(c).equals("cc") && !g.rel(c).equals("punct") && !tokens.contains(c)) tokens.add(c);
                    }
                }
                tokens.sort(null);
                out.add(tokens.stream().mapToInt(Integer::intValue).toArray());
            }
            return out;
        }
        return List.of(phrase);
    }

    /** Which of the coordinated modifiers token {@code t} belongs to (its nearest such ancestor), or -1. */
    private static int memberOwning(SentenceGraph g, int t, List<Integer> members, int head) {
        for (int x = t, steps = 0; x >= 0 && x != head && steps < g.size; x = g.head(x), steps++) {
            if (members.contains(x)) return x;
        }
        return -1;
    }
}
