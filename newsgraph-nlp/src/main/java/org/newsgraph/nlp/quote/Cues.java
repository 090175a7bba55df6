package org.newsgraph.nlp.quote;

import java.util.Locale;
import java.util.Set;

/** Verbs of saying (and of written or claimed statement) that attribute a quote, by lemma. */
final class Cues {
    static final Set<String> VERBS = Set.of("say", "tell", "add", "write", "argue", "contend", "claim", "state",
            "explain", "insist", "note", "ask", "reply", "respond", "warn", "announce", "declare", "acknowledge",
            "admit", "suggest", "recall", "continue", "conclude", "emphasize", "emphasise", "stress", "observe",
            "remark", "comment", "tweet", "post", "predict", "complain", "joke", "quip", "concede", "testify",
            "confirm", "deny", "maintain", "assert", "allege", "vow", "promise", "urge", "recount", "exclaim",
            "shout", "whisper", "mutter", "answer", "caution", "boast", "lament", "point", "estimate", "report",
            "reiterate", "counter", "retort", "agree", "describe", "believe", "think", "read", "chant",
            "reveal", "thank", "yell", "scream", "plead", "interrupt", "rant",
            "wonder");

    /** Cues that introduce reported content directly after the verb ("said the plan failed"). */
    static final Set<String> CLAUSE = Set.of("say", "claim", "argue", "contend", "insist", "warn",
            "note", "add", "write", "state", "believe", "think", "announce", "suggest", "predict", "acknowledge",
            "admit", "explain", "allege", "maintain", "assert", "tell", "report", "confirm");
    /**
     * What a study, poll or inquiry found ("the survey found that ...", "records show the firm paid ..."): reported
     * content only in a clause right after the verb, never its object ("divers found the trawler"), never one's own
     * work ("we found that": the speaker's own words), and no cue of a quote in marks.
     */
    static final Set<String> FINDINGS = Set.of("find", "show");
    /**
     * Cues of belief, not of saying: inside another's report ("One of the victims said the men thought ...") they
     * report nothing said, and the one reporting them speaks.
     */
    static final Set<String> BELIEFS = Set.of("think", "believe");
    /**
     * Beliefs held more than stated, whose verb as often takes an object or an infinitive ("expects growth of 2%",
     * "fear the worst", "expected me to stay", "felt a bit like", "is expected to"): a report only of a clause right
     * after the active verb, or after its "that", and never the cue of a quote in marks or of the clause before it.
     */
    static final Set<String> EXPECTATIONS = Set.of("suspect", "fear", "expect", "hope", "doubt", "feel");
    /**
     * Cues whose object is the one addressed, and whose passive before an infinitive keeps it so ("Roe was asked to
     * form a government", "was told to leave"), unlike "Roe is said to have left", whose subject did it.
     */
    static final Set<String> ADDRESSED = Set.of("ask", "tell", "urge", "warn", "invite", "encourage");
    /** Verbs whose infinitive cue reports nothing said: "declined to comment", "refused to say". */
    static final Set<String> REFUSALS = Set.of("decline", "refuse", "fail", "refrain");
    /**
     * What a speaker does to an audience beside saying ("and urged drivers to ...", "and thanked the fans"):
     * coordinated after a report without a subject of its own, such an act is the reporter's, not one more act of
     * whom the report is about. Not acts that reported people do as often ("asked for", "called for", "vowed to").
     */
    static final Set<String> ADDRESS = Set.of("urge", "thank", "apologise", "apologize", "appeal", "praise",
            "encourage", "congratulate", "express", "welcome", "invite", "reiterate");
    /**
     * Cues that go on with a report already made, as a participle after it ("…, adding that …", "…, noting …"): the
     * reporter's, where others ("…, shouting that …") may be the reported person's.
     */
    static final Set<String> CONTINUING = Set.of("add", "note", "say", "state", "stress", "emphasize", "emphasise",
            "explain", "argue", "insist", "claim");
    /** What one declines to do when one declines to say more: "declined to give details", "refused to discuss it". */
    static final Set<String> DISCLOSURES = Set.of("elaborate", "give", "provide", "discuss", "disclose", "release",
            "identify", "name", "specify", "detail");
    /** Words that negate a cue before it: "did not say", "has never claimed", "don't think" report nothing said. */
    static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never");

    /**
     * Bodies that speak as one ("according to the ministry"): the animate-noun list behind {@code PeopleNouns} files
     * them with things, but after "according to" they are a report's source.
     */
    static final Set<String> BODIES = Set.of("company", "firm", "government", "ministry", "department", "agency",
            "court", "council", "committee", "commission", "authority", "board", "office", "embassy", "union",
            "organisation", "organization", "party", "administration", "bank", "institute", "university", "hospital",
            "army", "military", "navy", "regulator", "watchdog", "newspaper", "broadcaster", "network", "station",
            "group", "charity", "airline", "operator", "prosecution", "parliament", "senate", "congress", "cabinet");
    /** Records that state what a source found ("according to the study", "according to court documents"). */
    static final Set<String> RECORDS = Set.of("report", "study", "survey", "poll", "data", "datum", "figure",
            "statistic", "record", "document", "statement", "estimate", "census", "filing", "indictment", "complaint", "lawsuit",
            "analysis", "research", "tally", "count", "website", "letter", "memo", "transcript", "release", "media",
            "assessment", "audit", "review", "investigation", "inquiry", "affidavit", "ruling", "account", "testimony",
            "projection", "forecast", "model", "map", "list", "registry", "register");

    /**
     * Whether the noun {@code word} (lemma {@code lemma}) names a body or a record that can be the source "according
     * to" names; the lemmatiser leaves some plurals as written ("filings"), so a plural's singular counts too.
     */
    static boolean isSource(String word, String lemma) {
        String w = word.toLowerCase(Locale.ROOT), l = lemma == null ? w : lemma.toLowerCase(Locale.ROOT);
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return isSourceWord(l) || isSourceWord(w) || isSourceWord(singular);
    }

    private static boolean isSourceWord(String w) {
        return BODIES.contains(w) || RECORDS.contains(w);
    }

    private Cues() {
    }
}
