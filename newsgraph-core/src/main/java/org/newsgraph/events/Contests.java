package org.newsgraph.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.EventActor;

/**
 * The dictionary files the verbs of winning (DEFEAT, BEAT, BEST, OVERCOME ...) in its DESTROY block, as force
 * (190), and vetoes their other sense only by the words PETRARCH met ("- * GOVERNMENT [---] # DEFEAT", "CANDIDATE",
 * "CONTESTANTS", "(IN ELECTION)"): beating a government, a candidate or a contestant is no violence. Over ordinary
 * news the beaten are mostly named athletes, clubs, companies, candidates and national teams ("Federer defeated
 * Nadal", "EADS defeated Boeing for the contract", "Pakistan defeated India"), which no word of those vetoes names.
 * So a win is force only when a party is armed (the agent codes of soldiers, rebels, insurgents, police, spies, or
 * a militant group) or someone is beaten who is named by a common noun ("a mob beat a man", "beat protesters"); a
 * win over a name, or over nothing ("beat predictions"), by no armed party is a contest. The price: a war between
 * states named by their names alone ("Germany defeated France in 1870") is no longer violence.
 */
final class Contests {
    /** The DESTROY block's verbs whose object is an opponent beaten, not a thing destroyed. */
    private static final Set<String> WINNING = Set.of("defeat", "beat", "best", "overcome", "overpower",
            "overwhelm");
    private static final Set<String> ARMED = Set.of("MIL", "REB", "INS", "UAF", "COP", "SPY");
    /** Games and competitions: what a side is beaten "in" or "at". */
    private static final Set<String> GAMES = Set.of("match", "game", "final", "semifinal", "semi-final",
            "quarterfinal", "quarter-final", "cup", "tournament", "championship", "qualifier", "derby", "playoff",
            "play-off", "olympics");
    /**
     * Nouns that make a compound a game ("the rugby match", "the Premier League final"); not heads of their own
     * ("in league with Iran" is no game) and not adjectives ("in the final days of the war").
     */
    private static final Set<String> SPORTS = Set.of("league", "cup", "rugby", "football", "soccer", "cricket",
            "tennis", "hockey", "basketball", "baseball", "match", "game");
    /** A score: "3-1", "21-17". */
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}-\\d{1,3}");

    private Contests() {
    }

    /**
     * Whether a violent code on a verb of winning reports a contest rather than force. A verb with a particle is
     * another verb ("beat back an offensive" repels it).
     */
    static boolean won(SentenceGraph g, int v, String code, List<EventActor> sources, List<EventActor> targets) {
        if (code == null || code.compareTo("18") < 0 || g.child(v, "compound:prt") >= 0) return false;
        boolean winning = WINNING.contains(g.lemmas[v].toLowerCase(Locale.ROOT));
        boolean played = played(g, v);
        if (!winning && !played) return false;
        for (EventActor a : sources) if (armed(a)) return false;
        for (EventActor t : targets) if (armed(t) || !played && t.entity() == null) return false;
        return true;
    }

    /**
     * Whether the clause says a game was played: a score ("beat Argentina 3-1") or the match, final or tournament
     * it was done "in" or "at" ("crushed Arsenal in the cup final", "attacked England in the rugby match"). Then
     * beating, crushing, routing or attacking a side is play, whoever the sides are (a national team is its country
     * to the actor dictionaries, "the Irish team" a common noun). Not a game during which something else happened
     * ("gunmen attacked fans during the match"): only "in" and "at" say the act was the play.
     */
    static boolean played(SentenceGraph g, int v) {
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            String r = g.baseRel(c);
            if (score(g, c) || r.equals("obj") && hasScore(g, c)) return true;
            if (!r.equals("obl")) continue;
            String kase = Arguments.caseOf(g, c);
            if (!"in".equals(kase) && !"at".equals(kase)) continue;
            if (game(g, c)) return true;
        }
        return false;
    }

    private static boolean score(SentenceGraph g, int t) {
        return SCORE.matcher(g.forms[t]).matches();
    }

    /** "beat Argentina 3-1": the parser may hang the score on the beaten side. */
    private static boolean hasScore(SentenceGraph g, int head) {
        for (int k = 0; k < g.childCount(head); k++) if (score(g, g.child(head, k))) return true;
        return false;
    }

    /** A noun of a game or competition, or one a sport's compound names ("the World Cup qualifier"). */
    private static boolean game(SentenceGraph g, int head) {
        if (GAMES.contains(g.lemmas[head].toLowerCase(Locale.ROOT))) return true;
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            if (g.rel(c).equals("compound") && SPORTS.contains(g.lemmas[c].toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    static boolean armed(EventActor a) {
        return a.sector() != null && ARMED.contains(a.sector()) || a.code() != null && a.code().startsWith("IMG");
    }
}
