package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.nlp.quote.QuoteMarks;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places bare weekdays and month names ("on Friday", "in April", "last September"), and the day of "Sunday at 09:00"
 * or "Friday morning", by the tense of their sentence:
 * SUTime picks one direction for them regardless of tense, while news reports "Friday" in the past tense for the
 * Friday just gone and in the future tense for the one to come.
 */
final class TenseAnchoring {
    private static final Pattern BARE = Pattern.compile("(?i)(?:on |in |last |this )?(monday|tuesday|wednesday|thursday"
            + "|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october"
            + "|november|december)");

    /**
     * A weekday with a clock time or part of the day: "Sunday at 09:00 UTC", "Friday morning"; not one with its own
     * date ("Sunday, June 14 at 09:00"), which SUTime already placed.
     */
    private static final Pattern WEEKDAY_CLOCK = Pattern.compile("(?i)(?:on |last |this )?(monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday)(?!.*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)"
            + ",?\\s+(?:at\\s+|in\\s+the\\s+)?(?:\\d|morning|afternoon|evening|night|noon|midnight).*");
    private static final Pattern CLOCK_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.+)");
    /** Words that set a date for something, before "for", "to", "until": "planned for", "set for". */
    private static final Set<String> SETS_FOR = Set.of("plan", "schedule", "set", "slate", "earmark", "pencil",
            "timetable");
    /** Words that put something off to a later date: "postponed to Friday" is the coming Friday. */
    private static final Set<String> PUTS_OFF = Set.of("postpone", "delay", "reschedule", "push", "move", "defer",
            "adjourn", "extend", "suspend");
    /** Those that also set it with the expression's own "on" or "in": "due on Thursday", "scheduled in May". */
    private static final Set<String> SETS_ON = Set.of("due", "schedule", "slate", "expect");
    private static final Set<String> FOR = Set.of("for", "to", "until", "till");
    /** Verbs of deciding or foreseeing whose "would" clause is their future: "agreed that schools would close". */
    private static final Set<String> DECIDING = Set.of("agree", "decide", "predict", "expect", "promise", "pledge",
            "vow", "confirm", "rule", "vote");
    /**
     * Verbs of trying whose infinitive is no intent but what was tried or done: "had tried to contact witnesses since
     * his detention on Tuesday", "managed to leave on Friday" tell of the past when the trying does.
     */
    private static final Set<String> ATTEMPTS = Set.of("try", "attempt", "manage", "fail", "begin", "start",
            "continue", "struggle", "use");
    /**
     * Verbs of a timetable, whose present tense before a named day tells what is set to happen ("the fair closes on
     * Sunday", "parliament meets on Tuesday") even in a sentence that narrates the past ("organisers expected crowds
     * before it closes on Sunday"); after the day they take an object and tell nothing of it ("signed a deal on
     * Wednesday that ends the dispute").
     */
    private static final Set<String> TIMETABLE = Set.of("open", "close", "start", "end", "begin", "resume", "arrive",
            "leave", "meet");
    /** Verbs news puts in the historical present to report ("the minister says"): no tense of what is reported. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "write", "announce", "claim",
            "add", "note", "argue", "insist", "warn", "explain", "state");

    private TenseAnchoring() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times, String referenceDate) {
        LocalDate ref = referenceDate == null ? null : LocalDate.parse(referenceDate);
        List<QuoteMarks.Stretch> quotes = times.isEmpty() ? List.of() : QuoteMarks.find(doc.text());
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            String value = t.value();
            Matcher m = BARE.matcher(t.text());
            boolean last = t.text().toLowerCase(Locale.ROOT).startsWith("last ");
            Setting setting = last ? Setting.NONE : setting(doc, t.start(), t.text());
            if (ref != null && m.matches()) {
                String placed = placed(m.group(1).toLowerCase(Locale.ROOT), setting, last, doc, t, ref, quotes, times);
                if (placed != null) value = placed;
            }
            Matcher clock = value == null ? null : CLOCK_VALUE.matcher(value);
            Matcher day = WEEKDAY_CLOCK.matcher(t.text());
            if (ref != null && clock != null && clock.matches() && day.matches()) {
                String placed = placed(day.group(1).toLowerCase(Locale.ROOT), setting, last, doc, t, ref, quotes, times);
                if (placed != null) value = placed + clock.group(1);
            }
            out.add(value == null || value.equals(t.value()) ? t
                    : new TimeExpression(t.text(), t.start(), t.end(), t.type(), value));
        }
        return out;
    }

    /**
     * A bare day or month name placed by its setting, else by the tense of its sentence; one that something "would"
     * do or be done on after a past saying or decision is the one nearest the reference ("said it would meet on
     * Monday", "agreed two days earlier that a lockdown would start on Saturday"): that saying's future, which may
     * have come by the day of publication.
     */
    private static String placed(String name, Setting setting, boolean last, NlpDocument doc, TimeExpression t,
                                 LocalDate ref, List<QuoteMarks.Stretch> quotes, List<TimeExpression> times) {
        return switch (setting) {
            case NEAREST -> nearest(name, ref);
            case COMING -> place(name, 1, ref);
            case PUT_OFF_EARLIER -> weekday(name) != null ? place(name, 1, ref) : nearest(name, ref);
            case PERIOD_GONE -> place(name, -1, ref);
            case NONE -> last ? place(name, -1, ref) : byTense(name, doc, t, ref, quotes, times);
        };
    }

    private static String byTense(String name, NlpDocument doc, TimeExpression t, LocalDate ref,
                                  List<QuoteMarks.Stretch> quotes, List<TimeExpression> times) {
        // "“We meet on Monday,” she said on Friday": the quote's present is that of the saying's day, not known here
        QuoteMarks.Stretch quote = onlyTimeOfItsSentence(doc, times, t) ? quoteAround(quotes, t.start()) : null;
        int tense = tense(doc, t.start(), t.end(), true, quote);
        return tense == WOULD ? nearest(name, ref) : place(name, tense, ref);
    }

    /** Whether no other time expression lies in the sentence of {@code t}. */
    private static boolean onlyTimeOfItsSentence(NlpDocument doc, List<TimeExpression> times, TimeExpression t) {
        for (var s : doc.sentences()) {
            if (s.span().start() > t.start() || s.span().end() < t.start()) continue;
            for (TimeExpression u : times) {
                if (u != t && s.span().start() <= u.start() && u.start() < s.span().end()) return false;
            }
            return true;
        }
        return true;
    }

    /** The quote in marks that offset {@code at} lies in, or null. */
    private static QuoteMarks.Stretch quoteAround(List<QuoteMarks.Stretch> quotes, int at) {
        for (QuoteMarks.Stretch q : quotes) {
            if (q.start() <= at && at < q.end()) return q;
        }
        return null;
    }

    /**
     * How a date something was set for is placed: not by this rule, nearest the reference, the coming one, or as one
     * put off to in the past tense: after the putting off, which a report may tell months later ("the council delayed
     * the vote until June" in July is the June just gone), so a month is the nearest; a weekday put off to lies
     * within days of the report and is the coming one. A month a record covers ({@link RecordPeriods}), and a day or
     * month after "since", is the last one begun.
     */
    enum Setting { NONE, NEAREST, COMING, PUT_OFF_EARLIER, PERIOD_GONE }

    /**
     * Whether the expression is the date something was set for: "planned for August", "scheduled for Thursday
     * afternoon", "due in May". Such a date says nothing of the sentence's tense ("the drill planned for August was
     * suspended" is the coming August in June, the last one in October), so it is placed where the reference is
     * nearest; a date something was put off to ("postponed to Friday", "delayed until Sunday", "adjourned the hearing
     * until May") lies ahead. The verb may stand before its object ("scheduled the review for December").
     */
    static Setting setting(NlpDocument doc, int start, String text) {
        List<Token> tokens = doc.tokens();
        if (offBeforeItsDay(tokens, start + text.length())) return Setting.NEAREST;
        int k = 0;
        while (k < tokens.size() && tokens.get(k).end() <= start) k++;
        if (weekday(text) == null && BARE.matcher(text).matches() && k < tokens.size()
                && tokens.get(k).start() == start && RecordPeriods.namesRecordPeriod(tokens, k, k + 1)) {
            return Setting.PERIOD_GONE;
        }
        k--; // the token before the expression
        String preposition = text.length() > 3 && text.charAt(2) == ' ' ? text.substring(0, 2).toLowerCase(Locale.ROOT)
                : null;
        if (!"on".equals(preposition) && !"in".equals(preposition)) {
            if (k < 0) return Setting.NONE;
            preposition = tokens.get(k).word().toLowerCase(Locale.ROOT);
            k--;
        }
        // "Since October, officials have told residents ...": what runs since a day or month began on the last one
        if (preposition.equals("since")) return Setting.PERIOD_GONE;
        while (k >= 0 && tokens.get(k).pos() != null && tokens.get(k).pos().startsWith("RB")) k--; // "tentatively"
        if (k < 0) return Setting.NONE;
        String lemma = lemma(tokens.get(k));
        if (FOR.contains(preposition)) {
            int verb = settingVerb(lemma) ? k : verbBeforeObject(tokens, k);
            if (verb < 0) return Setting.NONE;
            String v = lemma(tokens.get(verb));
            if (PUTS_OFF.contains(v)) return pastForm(tokens, verb) ? Setting.PUT_OFF_EARLIER : Setting.COMING;
            return settingVerb(v) ? Setting.NEAREST : Setting.NONE;
        }
        return (preposition.equals("on") || preposition.equals("in")) && SETS_ON.contains(lemma)
                ? Setting.NEAREST : Setting.NONE;
    }

    /** Words that take an event off its day: "the match on Sunday was cancelled", "... has been called off". */
    private static final Set<String> CALLS_OFF = Set.of("cancel", "scrap", "abandon", "postpone", "delay",
            "reschedule", "defer", "suspend");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had",
            "been", "be", "being", "will", "'s");

    /**
     * Whether the day ending at offset {@code end} names an event that the verb right after it puts off or calls off
     * ("The match on Sunday has been postponed"): the day says when it was to be, not when the sentence's tense
     * places it, so the nearest one.
     */
    private static boolean offBeforeItsDay(List<Token> tokens, int end) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < end) k++;
        int aux = 0;
        while (k < tokens.size() && (PASSIVE_AUXILIARIES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                || tokens.get(k).pos() != null && tokens.get(k).pos().startsWith("RB"))) {
            k++;
            aux++;
        }
        if (aux == 0 || k >= tokens.size() || !"VBN".equals(tokens.get(k).pos())) return false;
        // "The derby on Saturday was called off", told on a Wednesday, is the Saturday gone: the simple past keeps
        // the sentence's tense; "has been postponed", "is cancelled" leave the day open
        for (int a = k - aux; a < k; a++) {
            if (PAST_AUXILIARIES.contains(tokens.get(a).word().toLowerCase(Locale.ROOT))) return false;
        }
        String lemma = lemma(tokens.get(k));
        return CALLS_OFF.contains(lemma) || lemma.equals("call") && k + 1 < tokens.size()
                && tokens.get(k + 1).word().equalsIgnoreCase("off");
    }

    private static boolean settingVerb(String lemma) {
        return PUTS_OFF.contains(lemma) || SETS_FOR.contains(lemma) || SETS_ON.contains(lemma);
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The verb before the object noun phrase that ends at token {@code k} ("postponed the captains' trial"), or -1. */
    private static int verbBeforeObject(List<Token> tokens, int k) {
        int i = k;
        while (i >= 0 && k - i < OBJECT_WORDS && objectWord(tokens.get(i))) i--;
        return i < k && i >= 0 && tokens.get(i).pos() != null && tokens.get(i).pos().startsWith("VB") ? i : -1;
    }

    /** Longest object noun phrase read back over: "the opening of the new bridge" is six words. */
    private static final int OBJECT_WORDS = 8;

    private static boolean objectWord(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PRP$")
                || pos.equals("POS") || pos.equals("CD") || t.word().equalsIgnoreCase("of");
    }

    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had");

    /** Whether the verb at token {@code i} is in the past tense: "delayed", "was delayed", "had delayed". */
    private static boolean pastForm(List<Token> tokens, int i) {
        if ("VBD".equals(tokens.get(i).pos())) return true;
        if (!"VBN".equals(tokens.get(i).pos())) return false;
        int k = i - 1;
        while (k >= 0 && tokens.get(k).pos() != null && tokens.get(k).pos().startsWith("RB")) k--;
        return k >= 0 && PAST_AUXILIARIES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT));
    }

    /** The weekday of that name, or null for a month. */
    private static DayOfWeek weekday(String name) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) return d;
        }
        return null;
    }

    /** The named day or month nearest the reference, the coming one on a tie. */
    static String nearest(String name, LocalDate ref) {
        String before = place(name, -1, ref);
        String after = place(name, 1, ref);
        return distance(before, ref) < distance(after, ref) ? before : after;
    }

    private static long distance(String value, LocalDate ref) {
        LocalDate d = value.length() == 7 ? LocalDate.parse(value + "-01") : LocalDate.parse(value);
        if (value.length() == 7) return Math.abs(ChronoUnit.MONTHS.between(ref.withDayOfMonth(1), d));
        return Math.abs(ChronoUnit.DAYS.between(ref, d));
    }

    /** Past (-1) places the name at or before the reference, future (+1) at or after it; 0 leaves SUTime's value. */
    static String place(String name, int tense, LocalDate ref) {
        if (tense == 0) return null;
        DayOfWeek d = weekday(name);
        if (d != null) {
            int diff = d.getValue() - ref.getDayOfWeek().getValue();
            if (tense < 0 && diff > 0) diff -= 7;
            if (tense > 0 && diff < 0) diff += 7;
            return ref.plusDays(diff).toString();
        }
        Month month = Month.valueOf(name.toUpperCase(Locale.ROOT));
        int year = ref.getYear();
        if (tense < 0 && month.getValue() > ref.getMonthValue()) year--;
        if (tense > 0 && month.getValue() < ref.getMonthValue()) year++;
        return String.format("%d-%02d", year, month.getValue());
    }

    /**
     * -1 past, +1 future, 0 when unknown: the tense of the verb nearest to the expression at {@code start}-{@code end}
     * in its sentence, a verb of its own clause (no comma or semicolon between) before any other, so in
     * "announced Friday that it will ship" the day is the past Friday, and in "will run on batteries from July, the
     * operator said" July is the coming one. A past-tense verb marks the past; a verb after "will", "shall", "would"
     * or "to" ("is set to begin on Wednesday"), or in the present tense, the future. "yesterday", "ago" and
     * "tomorrow" count as markers too. Equally near markers of both tenses leave it open. An infinitive after the
     * expression comes last, after every marker of its clause before it: in "approved the plan on Thursday to build a
     * bridge" it is the approving that Thursday dates, and the building is its purpose. A relative clause that does not
     * hold the expression tells of its head noun, and its verbs are no markers ({@link RelativeClauses}).
     */
    static int tense(NlpDocument doc, int start, int end) {
        return tense(doc, start, end, false, null);
    }

    /** The tense that places a named day, month or season: {@link #WOULD} for the future of a past saying. */
    static int namedTense(NlpDocument doc, int start, int end) {
        return tense(doc, start, end, true, null);
    }

    /**
     * {@link #tense(NlpDocument, int, int)} for bounding a publication date: {@link #MODAL} when a modal ("would",
     * "could", "might", "should", "may", "must") is the nearest marker: "said the school would be finished by
     * September 2026" tells what was foreseen, which may or may not have come by the time of writing, so the date
     * bounds publication neither from below nor from above.
     */
    static int tenseForBounds(NlpDocument doc, int start, int end) {
        return tense(doc, start, end, false, null, true);
    }

    /**
     * {@link #tense(NlpDocument, int, int)}, for a named day or month ({@code named}) also {@link #WOULD}; inside a
     * quote in marks ({@code quote} not null) a verb in the present tense of that quote marks the future too ("“We
     * meet them on Monday,” she said"): speech is anchored in its present, while the narration around it uses the
     * present for states and names ("the statues that dot the island", "Super Tuesday comes from").
     */
    private static int tense(NlpDocument doc, int start, int end, boolean named, QuoteMarks.Stretch quote) {
        return tense(doc, start, end, named, quote, false);
    }

    private static int tense(NlpDocument doc, int start, int end, boolean named, QuoteMarks.Stretch quote,
                             boolean bounds) {
        for (var s : doc.sentences()) {
            if (s.span().start() > start || s.span().end() < start) continue;
            long best = Long.MAX_VALUE;
            int tense = 0;
            boolean[] apart = RelativeClauses.apart(doc.tokens(), s.firstToken(), s.endToken(), start, end);
            boolean narratesThePast = quote == null
                    || narratesThePast(doc.tokens(), s.firstToken(), s.endToken(), apart);
            boolean pastSaying = named && pastSaying(doc.tokens(), s.firstToken(), s.endToken(), apart);
            // "commuters could still walk across it on Monday, before the bridge collapsed", "last year the team could
            // only win in April": a modal in a story of the past tells what could be done then
            boolean pastNarrative = named && pastNarrative(doc.tokens(), s.firstToken(), s.endToken(), apart);
            // "Organisers said the May festival would go ahead": a name modifying a noun is part of the reported
            // clause's subject or object, which the saying before it does not date
            boolean modifier = named && modifiesNoun(doc.tokens(), start, end);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (apart[i - s.firstToken()]) continue;
                if (modifier && doc.tokens().get(i).end() <= start && "VBD".equals(doc.tokens().get(i).pos())
                        && (REPORTING.contains(lemma(doc.tokens().get(i)))
                        || DECIDING.contains(lemma(doc.tokens().get(i))))) continue;
                int marker = marker(doc.tokens(), s.firstToken(), i);
                if (marker == PRESENT) {
                    Token verb = doc.tokens().get(i);
                    marker = named && verb.end() <= start && TIMETABLE.contains(lemma(verb)) ? 1
                            : narratesThePast || verb.start() < quote.start() || verb.end() > quote.end() ? 0 : 1;
                }
                // "shops would close on Sunday" under old rules, "would meet on Thursday" when he was mayor: a habit or
                // a condition, no day
                if (bounds && (marker == WOULD || marker == MODAL)) {
                    marker = MODAL;
                } else if (named && marker == MODAL && closeInItsClause(doc, i, start, end) && !pastNarrative) {
                    // "rain could fall by Sunday", "talks may resume on Monday": what may happen lies ahead, or is a
                    // past saying's future ("the Met Office said rain could fall by Sunday evening"); a day further
                    // off ("could fuel ... concern over Priebus' assertion Tuesday night") may belong to another verb
                    marker = pastSaying ? WOULD : 1;
                } else if (marker == 0 || marker == MODAL || marker == WOULD && !pastSaying) {
                    continue;
                }
                boolean infinitive = marker == INFINITIVE;
                if (infinitive) marker = 1;
                Token t = doc.tokens().get(i);
                int distance = t.end() <= start ? start - t.end() : t.start() >= end ? t.start() - end : -1;
                if (distance < 0) continue; // inside the expression itself
                long rank = (clauseBreakBetween(doc, i, start, end) ? 1L << 33 : 0)
                        + (infinitive && t.start() >= end ? 1L << 32 : 0) + distance;
                if (rank < best) {
                    best = rank;
                    tense = marker;
                } else if (rank == best && marker != tense) {
                    tense = 0;
                }
            }
            return tense;
        }
        return 0;
    }

    /**
     * Whether the expression at {@code start}-{@code end} is one word between a determiner or possessive and a noun:
     * "the May festival", "its April meeting".
     */
    private static boolean modifiesNoun(List<Token> tokens, int start, int end) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < start) k++;
        if (k == 0 || k + 1 >= tokens.size() || tokens.get(k).end() != end) return false;
        String before = tokens.get(k - 1).pos() == null ? "" : tokens.get(k - 1).pos();
        String after = tokens.get(k + 1).pos() == null ? "" : tokens.get(k + 1).pos();
        // "he said at a Sunday news conference": a phrase after a preposition tells where and when the saying was
        Token opener = k >= 2 ? tokens.get(k - 2) : null;
        boolean afterPreposition = opener != null && "IN".equals(opener.pos())
                && !opener.word().equalsIgnoreCase("that");
        return (before.equals("DT") || before.equals("PRP$") || before.equals("POS")) && after.startsWith("NN")
                && !afterPreposition;
    }

    /** Whether a comma or semicolon stands between token {@code i} and the expression at {@code start}-{@code end}. */
    /** Most words between a modal's verb and the day it dates: "could help sail him through the primaries in". */
    private static final int MODAL_REACH = 8;

    /** Whether the expression follows token {@code i} within {@link #MODAL_REACH} words and no comma or semicolon. */
    private static boolean closeInItsClause(NlpDocument doc, int i, int start, int end) {
        List<Token> tokens = doc.tokens();
        if (tokens.get(i).end() > start || clauseBreakBetween(doc, i, start, end)) return false;
        int k = i + 1;
        while (k < tokens.size() && tokens.get(k).end() <= start) k++;
        return k - i - 1 <= MODAL_REACH;
    }

    private static boolean clauseBreakBetween(NlpDocument doc, int i, int start, int end) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        int step = t.end() <= start ? 1 : -1;
        for (int k = i + step; k >= 0 && k < tokens.size(); k += step) {
            Token between = tokens.get(k);
            if (step > 0 ? between.start() >= start : between.end() <= end) return false;
            if (between.word().equals(",") || between.word().equals(";")) return true;
        }
        return false;
    }

    /**
     * A verb in the present tense dates a named day ahead ("the talks resume on Monday", "“We meet on Monday,” he
     * said", "I expect them at the table on Monday") where nothing in its sentence narrates the past (see {@link
     * #narratesThePast}); the present perfect ("has announced it will ...") and a verb of reporting in the historical
     * present ("the report, published on Monday, says") tell nothing.
     */
    private static int present(List<Token> tokens, int i) {
        if (perfect(tokens, i)) return 0;
        String lemma = tokens.get(i).lemma() == null ? "" : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
        return REPORTING.contains(lemma) ? 0 : PRESENT;
    }

    /**
     * Whether a verb of saying or deciding is in the past tense in tokens [first, end) ("said it would", "agreed that
     * ... would"): a "would" there is that saying's future.
     */
    private static boolean pastSaying(List<Token> tokens, int first, int end, boolean[] apart) {
        for (int i = first; i < end; i++) {
            if (apart[i - first]) continue;
            Token t = tokens.get(i);
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if ("VBD".equals(t.pos()) && (REPORTING.contains(lemma) || DECIDING.contains(lemma))) return true;
        }
        return false;
    }

    /** A year or a decade written in digits: "in 2019", "in the 1990s". */
    private static final Pattern YEAR_OR_DECADE = Pattern.compile("(?:1\\d|20)\\d{2}s?");
    /** Words that set a sentence in the past: "three years ago", "yesterday". */
    private static final Set<String> PAST_ANCHORS = Set.of("ago", "yesterday");
    /** "last year", "last spring", "last Monday": "last" before a unit or a name of the calendar. */
    private static final Pattern LAST_OF = Pattern.compile("(?i)week|weekend|month|year|season|spring|summer|autumn"
            + "|fall|winter|decade|century|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
            + "|march|april|may|june|july|august|september|october|november|december");

    /**
     * Whether tokens [first, end) tell of the past besides any saying or deciding: a verb in the past tense that
     * reports or decides nothing, a year or decade, "ago", "yesterday" or "last" before a unit of the calendar.
     */
    private static boolean pastNarrative(List<Token> tokens, int first, int end, boolean[] apart) {
        for (int i = first; i < end; i++) {
            if (apart[i - first]) continue;
            Token t = tokens.get(i);
            String lemma = lemma(t);
            if ("VBD".equals(t.pos()) && !REPORTING.contains(lemma) && !DECIDING.contains(lemma)) return true;
            String w = t.word().toLowerCase(Locale.ROOT);
            if (PAST_ANCHORS.contains(w)) return true;
            if (w.equals("last") && i + 1 < end && LAST_OF.matcher(tokens.get(i + 1).word()).matches()) return true;
            if (YEAR_OR_DECADE.matcher(t.word()).matches()) return true;
        }
        return false;
    }

    /**
     * Whether a verb other than one of reporting is in the past tense in tokens [first, end): then the sentence tells
     * of the past, and a present tense in it is a relative clause or a state ("the countries, which use the euro,
     * agreed on Sunday", "results show ..., the chief said of the third quarter"), no future.
     */
    private static boolean narratesThePast(List<Token> tokens, int first, int end, boolean[] apart) {
        for (int i = first; i < end; i++) {
            if (apart[i - first]) continue;
            Token t = tokens.get(i);
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if ("VBD".equals(t.pos()) && !REPORTING.contains(lemma)) return true;
        }
        return false;
    }

    /**
     * Whether token {@code i} is a participle right after a noun or pronoun, with no auxiliary: the past of a relative
     * clause, which the tagger often reads as a participle ("restore the staff the two countries expelled in March"),
     * or of a reduced one ("the boats seized in May").
     */
    private static boolean pastOfClause(List<Token> tokens, int first, int i) {
        if (!"VBN".equals(tokens.get(i).pos())) return false;
        int k = i - 1;
        while (k >= first && tokens.get(k).pos() != null && tokens.get(k).pos().startsWith("RB")) k--;
        String pos = k < first || tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
        return pos.startsWith("NN") || pos.equals("PRP");
    }

    /** Whether token {@code i}, before an infinitive's "to", is a verb of trying in the past or the perfect. */
    private static boolean pastAttempt(List<Token> tokens, int i) {
        if (i < 0) return false;
        Token t = tokens.get(i);
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
        return ("VBD".equals(t.pos()) || "VBN".equals(t.pos())) && ATTEMPTS.contains(lemma);
    }

    private static boolean negatedBetween(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never")) return true;
        }
        return false;
    }

    /** Whether the "have" at token {@code i} makes a perfect with a participle after it, past adverbs. */
    private static boolean perfect(List<Token> tokens, int i) {
        if (!"have".equalsIgnoreCase(tokens.get(i).lemma())) return false;
        int k = i + 1;
        while (k < tokens.size() && tokens.get(k).pos() != null && tokens.get(k).pos().startsWith("RB")) k++;
        return k < tokens.size() && "VBN".equals(tokens.get(k).pos());
    }

    /** The future of a verb after "to", told apart so that a purpose after the expression ranks last. */
    private static final int INFINITIVE = 2;
    /** A verb in the present tense: the future unless its sentence narrates the past. */
    private static final int PRESENT = 3;
    /** A verb after "would": the future of a past saying, placed nearest the reference. */
    static final int WOULD = 4;
    /** A verb after another modal ("could reopen", "might close"): what may happen, no tense. */
    static final int MODAL = 5;
    private static final Set<String> MODALS = Set.of("could", "might", "should", "may", "must");

    /**
     * -1 past, +1 future after will/shall, {@link #INFINITIVE} future after "to", {@link #WOULD} after "would",
     * {@link #MODAL} after another modal, {@link #PRESENT} the present tense, 0 no marker.
     */
    private static int marker(List<Token> tokens, int first, int i) {
        Token t = tokens.get(i);
        String w = t.word().toLowerCase(Locale.ROOT);
        if ("VBD".equals(t.pos()) || pastOfClause(tokens, first, i) || w.equals("yesterday") || w.equals("ago")) {
            return -1;
        }
        if (w.equals("tomorrow")) return 1;
        if ("VBZ".equals(t.pos()) || "VBP".equals(t.pos())) return present(tokens, i);
        if (!"VB".equals(t.pos())) return 0;
        for (int k = i - 1; k >= Math.max(first, i - 3); k--) {
            String before = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (before.equals("will") || before.equals("'ll") || before.equals("shall")) return 1;
            // "said it would hold talks on Monday": the future of a saying in the past; "would have met" is past
            if (before.equals("would")) return perfect(tokens, i) ? -1 : WOULD;
            // "could not be reached on Monday": a past inability, no tense of its own
            if (before.equals("could") && negatedBetween(tokens, k, i)) return 0;
            if (MODALS.contains(before)) return perfect(tokens, i) ? -1 : MODAL;
            // "are predicted to have dipped in March", "is expected to have finished by March": a perfect
            // infinitive looks back from a time of its own, past or ahead, so it marks no tense
            if (before.equals("to")) return pastAttempt(tokens, k - 1) ? -1 : perfect(tokens, i) ? 0 : INFINITIVE;
            String pos = tokens.get(k).pos();
            if (pos == null || !pos.startsWith("RB")) return 0;
        }
        return 0;
    }
}
