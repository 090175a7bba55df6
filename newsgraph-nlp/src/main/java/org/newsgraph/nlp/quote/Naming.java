package org.newsgraph.nlp.quote;

import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A quote that completes a verb of naming or calling. A name given ("a limousine nicknamed “the Beast”", "a group
 * called “...”", "known as “...”", "a report titled “...”") is nobody's speech at any length. A verb of calling
 * with a speaker as its subject quotes the subject's own words for its object ("Roe called it a “terrible event”",
 * "the senator called the bill “...”", "which the Times called “...”", "what critics called “...”"): a partial quote
 * of the subject. Calling someone "to" do something is a telephone call: neither.
 */
final class Naming {
    /** Verbs (and nouns) that give a name or title whoever uses them: nobody says a nickname by giving it. */
    private static final Set<String> NAME_GIVING = Set.of("nickname", "dub", "christen", "name", "rename", "title",
            "entitle", "headline");
    /** Verbs whose complement in marks is the subject's own words when a speaker is their subject. */
    private static final Set<String> CALLING = Set.of("call", "label", "brand", "term");
    /**
     * Verbs of judging whose "as" complement in marks is the subject's own words for the object ("Trump hailed the
     * agreements as the “dawn of a new Middle East”", "critics dismissed the budget as “…”"), as a calling verb's
     * is. "Describe" is a cue of its own; "see"/"regard" are as often the writer's view of others' views.
     */
    private static final Set<String> JUDGING_AS = Set.of("hail", "laud", "praise", "tout", "welcome", "celebrate",
            "denounce", "condemn", "decry", "deride", "dismiss", "reject", "slam", "blast", "criticise", "criticize",
            "attack", "characterise", "characterize", "portray", "defend");
    /** What "known as" / "referred to as" is made of: a participle before "as". */
    private static final Set<String> KNOWN_AS = Set.of("know", "refer");
    private static final Set<String> PAST = Set.of("VBD", "VBN");
    /** Words of the object between a calling verb and its quote: "called [the closure of the yard] a “…”". */
    private static final int OBJECT_WORDS = 8;

    private final Attribution attribution;
    private final List<Token> tokens;

    Naming(Attribution attribution) {
        this.attribution = attribution;
        this.tokens = attribution.doc().tokens();
    }

    /**
     * The verb a quote completes, how many words of its object stand between them, and whether the verb can only
     * give a name.
     */
    private record Complement(int verb, int objectWords, boolean namesOnly) {
    }

    /** Whether the quote opening at content offset {@code start} is a name given to something, not speech. */
    boolean isName(int start) {
        Complement c = complement(start);
        // "calls “…”" has its subject somewhere before it; "a group called “…”" may be a participle naming the group,
        // "what police called “…”" is no participle: a relative word opens the clause of its subject
        return c != null && (c.namesOnly() || c.objectWords() == 0 && PAST.contains(tokens.get(c.verb()).pos())
                && adjacentCaller(c.verb()) == null && relativeSubjectStart(c.verb()) < 0);
    }

    /**
     * The speaker whose words for something the quote from content offset {@code start} to {@code end} are ("X
     * called it a “…”"), or null. A body ("the ministry called the seizure “an act of piracy”") calls something only
     * by a phrase: one word in marks after it is as often the writer's scare quote.
     */
    Speaker caller(int start, int end) {
        Complement c = complement(start);
        if (c == null || c.namesOnly()) return null;
        boolean phrase = attribution.doc().text().substring(start, end).strip().split("\\s+").length >= 2;
        Speaker s = c.objectWords() == 0 ? adjacentCaller(c.verb()) : subject(c.verb(), phrase);
        return s == null ? null : Speaker.cuedBy(s.entityId(), s.name(), s.span(), tokens.get(c.verb()));
    }

    /**
     * Where the subject stands that a relative word opens before verb {@code verb} ("what [police] called", "which
     * [the critics] had called", "the plan that [unions] called"), or -1.
     */
    private int relativeSubjectStart(int verb) {
        int floor = floor(verb);
        int start = attribution.phraseStart(floor, subjectEnd(verb, floor));
        if (start <= floor) return -1;
        Token before = tokens.get(start - 1);
        return "WP".equals(before.pos()) || "WDT".equals(before.pos()) || before.word().equalsIgnoreCase("that")
                ? start : -1;
    }

    /** The last word of the subject of verb {@code verb}: the word before it past adverbs, modals and "have". */
    private int subjectEnd(int verb, int floor) {
        int t = verb - 1;
        while (t >= floor && ("RB".equals(tokens.get(t).pos()) || "MD".equals(tokens.get(t).pos())
                || "have".equals(lemma(t)))) t--;
        return t;
    }

    private int floor(int t) {
        Sentence sentence = attribution.sentence(t);
        return sentence == null ? 0 : sentence.firstToken();
    }

    private Complement complement(int start) {
        int mark = attribution.tokenAt(start - 1);
        if (mark >= tokens.size() || mark == 0 || tokens.get(mark).start() >= start) return null;
        // "called the minister “to discuss …”" telephoned: a name or a judgement is a noun phrase, never an infinitive
        if (mark + 2 < tokens.size() && "TO".equals(tokens.get(mark + 1).pos())
                && "VB".equals(tokens.get(mark + 2).pos())) return null;
        int floor = floor(mark);
        int t = mark - 1;
        if (t - 1 >= floor && tokens.get(t).word().equalsIgnoreCase("as") && KNOWN_AS.contains(lemma(t - 1))) {
            return new Complement(t - 1, 0, true);
        }
        if (t - 2 >= floor && tokens.get(t).word().equalsIgnoreCase("as") && tokens.get(t - 1).word().equals("to")
                && KNOWN_AS.contains(lemma(t - 2))) {
            return new Complement(t - 2, 0, true);
        }
        int objectWords = 0;
        while (t >= floor && objectWords < OBJECT_WORDS && !NAME_GIVING.contains(lemma(t)) && !isCalling(t)
                && isObjectWord(tokens.get(t))) {
            t--;
            objectWords++;
        }
        if (t < floor) return null;
        if (tokens.get(t).word().equalsIgnoreCase("as")) return judgedAs(t, objectWords, floor);
        if (NAME_GIVING.contains(lemma(t))) return new Complement(t, objectWords, true);
        // "these modifications are called “mods”": what a passive verb of calling names is named, not quoted
        return isCalling(t) ? new Complement(t, objectWords, passive(t, floor)) : null;
    }

    /**
     * The verb of judging whose "as" at token {@code as} the quote completes ("hailed [the agreements] as [the]
     * “…”"), or null. Its passive ("was hailed as “…” by critics", "a deal hailed as “…”") says nothing of who
     * judged here, and is no name either: the quote is left to the attribution of the sentence.
     */
    private Complement judgedAs(int as, int wordsAfter, int floor) {
        int t = as - 1, objectWords = wordsAfter;
        while (t >= floor && objectWords < OBJECT_WORDS && isObjectWord(tokens.get(t))) {
            t--;
            objectWords++;
        }
        if (t < floor || tokens.get(t).pos() == null || !tokens.get(t).pos().startsWith("VB")
                || !JUDGING_AS.contains(lemma(t))
                || passive(t, floor)) return null;
        if (t == as - 1 && adjacentCaller(t) == null) return null;
        return new Complement(t, objectWords, false);
    }

    private boolean isCalling(int t) {
        String pos = tokens.get(t).pos();
        return pos != null && pos.startsWith("VB") && CALLING.contains(lemma(t));
    }

    /**
     * "what Trump called “…”", "what critics called “…”": the named speaker right before the verb, or people a
     * relative word opens the clause of; or null ("a group called “…”"). A name after a preposition is no subject:
     * "an essay for the Times called “…”" names the essay.
     */
    private Speaker adjacentCaller(int verb) {
        int floor = floor(verb);
        int t = subjectEnd(verb, floor);
        if (t < floor) return null;
        Speaker s = attribution.speakerAt(t, verb);
        if (s == null || s.entityId() == null || s.span().end() != tokens.get(t).end()) {
            return relativeSubjectStart(verb) < 0 ? null : attribution.people(t, floor, verb);
        }
        int before = attribution.tokenAt(s.span().start()) - 1;
        if (before >= 0 && "DT".equals(tokens.get(before).pos())) before--;
        return before >= 0 && Attribution.isPreposition(tokens.get(before)) ? null : s;
    }

    /**
     * The subject of calling verb {@code verb}: a named or pronominal speaker, or a common-noun phrase for people
     * right before the verb ("The senator called the bill “…”"), or for a body when {@code bodyMayCall}, not after a
     * preposition; "The report called it “…”" has no caller.
     */
    private Speaker subject(int verb, boolean bodyMayCall) {
        int floor = floor(verb);
        Speaker s = attribution.subject(verb, floor);
        if (s != null && s.entityId() != null) return s;
        int head = subjectEnd(verb, floor);
        Speaker people = head < floor ? null : attribution.people(head, floor, verb);
        if (people == null && bodyMayCall && head >= floor) people = attribution.body(head, floor, verb);
        int before = people == null ? -1 : attribution.tokenAt(people.span().start()) - 1;
        return before >= floor && Attribution.isPreposition(tokens.get(before)) ? null : people;
    }

    /** "is called", "was branded": a verb of calling after a form of "be" or "get" is passive. */
    private boolean passive(int verb, int floor) {
        int t = verb - 1;
        while (t >= floor && "RB".equals(tokens.get(t).pos())) t--;
        return t >= floor && ("be".equals(lemma(t)) || "get".equals(lemma(t)));
    }

    private static boolean isObjectWord(Token tok) {
        String pos = tok.pos();
        return pos != null && (pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("PRP")
                || pos.equals("DT") || pos.equals("POS") || pos.equals("CD") || pos.equals("RB"))
                || tok.word().equals("of");
    }

    private String lemma(int t) {
        String l = tokens.get(t).lemma();
        return l == null ? tokens.get(t).word().toLowerCase(Locale.ROOT) : l.toLowerCase(Locale.ROOT);
    }
}
