package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.PeopleNouns;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a sentence says a name is a team: a result with a score ("Arsenal beat Aston Villa 2-1", "the Crystals won
 * 3-2"), or a player's club ("played as a defender for Stockport County", "on loan from Chelsea"). Clubs are named
 * after their towns or with words a surname can be, and the news-trained tagger reads them as places or people, or
 * leaves a short name untagged. A result types only names the tagger left untagged: a tagged place or person that
 * wins by a score keeps its type ("Denver won 4-1" may be the city's side or the city's voters, "Novak Djokovic beat
 * Casper Ruud 6-3"). A player's club also retypes the tagger's place or one-word person, at that mention only. Never
 * a country or a home nation, which CoNLL's convention keeps a place where its national side plays ("Japan beat Syria
 * 2-1", "played for Wales"), a person's name of two words or more ("played guitar for Bob Dylan"), a name led by a
 * title ("played for Queen Maud"), or a one-word person the article names in full elsewhere. The score decides:
 * "Smith beat the record" and "Paris won the bid" carry none, and a vote is no game ("voted 51-49", "was defeated
 * 52-48": no name before the verb). The first number of a score is no part of the name before it.
 */
final class TeamCues {

    /** A result's verbs: the name before them won, lost or drew. */
    private static final Set<String> RESULTS = Set.of("beat", "beats", "defeated", "defeats", "edged", "thrashed",
            "routed", "won", "wins", "lost", "loses", "drew", "draws", "tied", "overcame", "downed");
    /** Verbs whose object is the other side ("beat Aston Villa 2-1"); "lost to", "drew with" take a preposition. */
    private static final Set<String> BEATEN = Set.of("beat", "beats", "beating", "defeated", "defeating", "edged",
            "thrashed", "routed", "overcame", "downed");
    private static final Set<String> AFTER_RESULT = Set.of("to", "with", "against");
    private static final Set<String> PLAY = Set.of("play", "plays", "played", "playing");
    /** A score: two numbers of one to three digits; years and ranges ("1939-45", "# 1-2") are no result. */
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-–]\\d{1,3}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    /** How far after a result's verb its score may stand ("won the final 3-2", "beat the Bills 27-24"). */
    private static final int SCORE_REACH = 6;
    /** Words between "played" and "for" ("played as a defender for", "played 26 games for"). */
    private static final int PLAY_REACH = 4;
    /** A stretch of time spent on loan ("spent a season on loan"): when, not what, is on loan. */
    private static final Set<String> SPELLS = Set.of("season", "seasons", "spell", "spells", "year", "years",
            "month", "months", "week", "weeks", "campaign", "half");
    /** Pronouns only a person is ("he", "who"); "it" and "which" are things, and "they" may be. */
    private static final Set<String> PERSONAL = Set.of("i", "we", "he", "she", "him", "her", "his", "who", "whom");
    /** Nations with sides of their own that the country lists file under the United Kingdom or not at all. */
    private static final Set<String> HOME_NATIONS = Set.of("England", "Scotland", "Wales", "Northern Ireland");

    private TeamCues() {
    }

    /** A team named in a result or as a player's club; {@code tagged} when it is a tagger's mention. */
    record Team(int first, int end, boolean tagged) {
    }

    /** The team names the sentences give, each a tagger mention or an untagged run of proper nouns. */
    static List<Team> find(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Mention[] startingAt = new Mention[tokens.size() + 1];
        Mention[] endingAt = new Mention[tokens.size() + 1];
        boolean[] tagged = MentionSpans.covered(tokens.size(), mentions);
        boolean[] person = new boolean[tokens.size()];
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) for (int t = m.firstToken(); t < m.endToken(); t++) person[t] = true;
            startingAt[m.firstToken()] = m;
            endingAt[m.endToken()] = m;
        }
        List<Team> out = new ArrayList<>();
        for (var s : doc.sentences()) {
            int from = s.firstToken(), to = s.endToken();
            for (int t = from; t < to; t++) {
                String w = tokens.get(t).word();
                String lw = w.toLowerCase(Locale.ROOT);
                if (RESULTS.contains(lw) && scoreWithin(tokens, t + 1, Math.min(to, t + 1 + SCORE_REACH))) {
                    add(out, nameBefore(doc, endingAt, tagged, from, t), false);
                }
                if (BEATEN.contains(lw) || AFTER_RESULT.contains(lw) && t > from
                        && isResult(tokens.get(t - 1).word())) {
                    Team other = nameAfter(doc, startingAt, tagged, t + 1, to);
                    if (other != null && scoreWithin(tokens, other.end(), Math.min(to, other.end() + 2))) {
                        add(out, other, false);
                    }
                }
                if (lw.equals("for") && playedBefore(tokens, from, t)
                        || (lw.equals("from") || lw.equals("to") || lw.equals("at")) && t - 2 >= from
                        && tokens.get(t - 1).word().equals("loan") && tokens.get(t - 2).word().equals("on")
                        && personOnLoan(doc, person, tagged, from, t - 2)
                        || lw.equals("for") && t > from && Set.of("signed", "debut").contains(
                                tokens.get(t - 1).word().toLowerCase(Locale.ROOT))) {
                    add(out, nameAfter(doc, startingAt, tagged, t + 1, to), true);
                }
            }
        }
        return out;
    }

    /**
     * The tagger's mentions without a score's number it ran into them ("the Buffalo Bills 27-24" read with "27"):
     * no name ends in the first number of a score. Only after a result's verb in the same sentence: numbers glued by
     * a hyphen also write a model and its variant ("20 Boeing 737-800 jets"), which stay whole.
     */
    static List<Mention> withoutScores(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int end = m.endToken();
            if (end - m.firstToken() > 1 && end + 1 < tokens.size() && NUMBER.matcher(tokens.get(end - 1).word()).matches()
                    && isDash(tokens.get(end)) && NUMBER.matcher(tokens.get(end + 1).word()).matches()
                    && tokens.get(end).start() == tokens.get(end - 1).end()
                    && tokens.get(end + 1).start() == tokens.get(end).end() && afterResult(doc, m.firstToken())) {
                int newEnd = end - 1;
                String text = doc.text().substring(tokens.get(m.firstToken()).start(), tokens.get(newEnd - 1).end());
                out.add(new Mention(new org.newsgraph.model.Span(tokens.get(m.firstToken()).start(),
                        tokens.get(newEnd - 1).end()), text, m.type(), m.firstToken(), newEnd));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether a result's verb stands before token {@code t} in its sentence ("beat the Buffalo Bills 27-24"). */
    private static boolean afterResult(NlpDocument doc, int t) {
        int start = doc.sentences().get(doc.sentenceOf(t)).firstToken();
        for (int b = t - 1; b >= start; b--) {
            String w = doc.tokens().get(b).word().toLowerCase(Locale.ROOT);
            if (RESULTS.contains(w) || BEATEN.contains(w) || isResult(w)) return true;
        }
        return false;
    }

    private static boolean isResult(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("lost") || w.equals("losing") || w.equals("drew") || w.equals("drawing") || w.equals("tied");
    }

    private static boolean isDash(Token t) {
        return t.word().equals("-") || t.word().equals("–");
    }

    /** A score in {@code [from, to)}: one token "2-1", or "2", "-", "1" written together. */
    private static boolean scoreWithin(List<Token> tokens, int from, int to) {
        for (int t = from; t < to && t < tokens.size(); t++) {
            String w = tokens.get(t).word();
            if (SCORE.matcher(w).matches() && !hash(tokens, t)) return true;
            if (NUMBER.matcher(w).matches() && t + 2 < tokens.size() && isDash(tokens.get(t + 1))
                    && NUMBER.matcher(tokens.get(t + 2).word()).matches()
                    && tokens.get(t + 1).start() == tokens.get(t).end()
                    && tokens.get(t + 2).start() == tokens.get(t + 1).end() && !hash(tokens, t)) return true;
        }
        return false;
    }

    /** "# 1-2": numbers, not a score. */
    private static boolean hash(List<Token> tokens, int t) {
        return t > 0 && tokens.get(t - 1).word().equals("#");
    }

    /**
     * Whether what the sentence puts on loan before token {@code on} is a person: museums lend paintings and statues
     * from cities too ("The painting, on loan from Florence"), and only a player's loan names a club. Walking back to
     * the nearest noun or pronoun, past a stretch of time ("spent a season on loan") and the name of another body or
     * place ("joined Fulham on loan from Chelsea"): a tagger's person, a personal pronoun or a noun for people ("the
     * striker").
     */
    private static boolean personOnLoan(NlpDocument doc, boolean[] person, boolean[] tagged, int sentenceStart,
                                        int on) {
        for (int b = on - 1; b >= sentenceStart; b--) {
            if (person[b]) return true;
            Token tok = doc.tokens().get(b);
            String pos = tok.pos() == null ? "" : tok.pos();
            String lw = tok.word().toLowerCase(Locale.ROOT);
            if (pos.startsWith("PRP") || pos.startsWith("WP")) return PERSONAL.contains(lw);
            if (tagged[b] || pos.startsWith("NNP")) continue;
            if (pos.startsWith("NN") && !SPELLS.contains(lw)) return PeopleNouns.contains(tok);
        }
        return false;
    }

    /** "played for", "played as a defender for", "play 26 games for": a form of "play" shortly before. */
    private static boolean playedBefore(List<Token> tokens, int sentenceStart, int forAt) {
        for (int b = forAt - 1; b >= sentenceStart && b >= forAt - 1 - PLAY_REACH; b--) {
            String w = tokens.get(b).word();
            if (PLAY.contains(w.toLowerCase(Locale.ROOT))) return true;
            if (w.equals(",") || w.equals(";") || tokens.get(b).pos() != null && tokens.get(b).pos().startsWith("VB")) {
                return false;
            }
        }
        return false;
    }

    private static Team nameBefore(NlpDocument doc, Mention[] endingAt, boolean[] tagged, int sentenceStart,
                                   int end) {
        Mention m = endingAt[end];
        if (m != null) return new Team(m.firstToken(), m.endToken(), true);
        int first = end;
        while (first > sentenceStart && !tagged[first - 1] && properNoun(doc, first - 1)) first--;
        return untagged(doc, first, end);
    }

    private static Team nameAfter(NlpDocument doc, Mention[] startingAt, boolean[] tagged, int from,
                                  int sentenceEnd) {
        int first = from;
        if (first < sentenceEnd && doc.tokens().get(first).word().equals("the")) first++;
        if (first >= sentenceEnd) return null;
        Mention m = startingAt[first];
        if (m != null) return new Team(m.firstToken(), m.endToken(), true);
        int end = first;
        while (end < sentenceEnd && !tagged[end] && properNoun(doc, end)) end++;
        return untagged(doc, first, end);
    }

    /** An untagged run as a team; not one led by a title, which names a person ("played for Queen Elizabeth"). */
    private static Team untagged(NlpDocument doc, int first, int end) {
        if (first >= end || NameForm.isTitle(doc.tokens().get(first).word())
                || PersonRoles.isOffice(doc.tokens().get(first).word())) return null;
        String name = doc.text().substring(doc.tokens().get(first).start(), doc.tokens().get(end - 1).end());
        if (!mayRetype(name, EntityType.ORGANIZATION, end - first)) return null;
        return new Team(first, end, false);
    }

    /**
     * A name's word ({@link ClassNouns#isName}: the POS tagger reads a plural nickname as a common noun, "the
     * Crystals/NNS won"), and no month or weekday ("won 2-1 on Sunday" names no team).
     */
    private static boolean properNoun(NlpDocument doc, int t) {
        return ClassNouns.isName(doc, t) && !EntityResolver.isNotName(doc.tokens().get(t).word());
    }

    /** A result types only names the tagger left untagged; a player's club retypes the tagger's reading too. */
    private static void add(List<Team> out, Team team, boolean club) {
        if (team != null && (club || !team.tagged())) out.add(team);
    }

    /** Whether the name may take the team's type: no country, and no person's name of two words or more. */
    static boolean mayRetype(String name, EntityType type, int words) {
        if (CountryNames.isCountry(name) || HOME_NATIONS.contains(name)) return false;
        return type != EntityType.PERSON || words == 1;
    }
}
