package org.newsgraph.nlp.quote;

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
            "reveal", "thank", "yell", "scream", "plead", "interrupt", "rant");

    private Cues() {
    }
}
