package org.newsgraph.nlp.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.newsgraph.model.PublishedEstimate;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SUTime over the stretches of text that can hold a time expression, with values resolved against a reference date.
 * SUTime's TokensRegex rules cost more than the whole tagger and their cost grows with the length of what they
 * scan, while most tokens are far from any time word: so a cheap word filter finds the candidate words and SUTime
 * sees only windows of {@link #CONTEXT} tokens around them, cut at sentence ends (docs/nlp.md gives the saving).
 */
public final class TimeTagger {

    /**
     * Any word SUTime's rules start from: digits, calendar names and their abbreviations, deictic and unit words.
     * Calendar names are spelled out in full so "market", "decision" or "friend" open no window; number words need a
     * unit word ("two years"), whose window holds them, so they open none themselves. Words SUTime never marks on
     * their own open none either: "since" and "until" only qualify the time after them, whose own window holds
     * them, and SUTime has no rule for "former" or "soon".
     */
    private static final Pattern CANDIDATE = Pattern.compile("(?i).*\\d.*|(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov"
            + "|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?|january|february|march|april|may|june|july"
            + "|august|september|october|november|december|(mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight"
            + "|yesterday|tomorrow|now|ago|current(ly)?|recent(ly)?|past|future|earlier|later|once"
            + "|(mid)?(day|week|weekend|fortnight|month|year|decade|century|centuries|millennium|hour|minute|second"
            + "|quarter|season|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|noon|midnight)s?"
            + "|daily|weekly|monthly|yearly|annual(ly)?|hourly|nightly|christmas|easter|thanksgiving|halloween"
            + "|o'clock");
    /**
     * Month names that are also verbs, in lower case: in edited text the verbs ("this may help"), which
     * {@link FalseAlarms} drops when they stand alone; a lower-case month with a day or year ("may 5") is in the
     * window of its number.
     */
    private static final Set<String> VERB_MONTHS = Set.of("may", "march");
    /** A number that is an amount of money or a share, not a year, day or clock time: "$ 40", "12 %", "3 billion". */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("[$€£¥]|US\\$|[A-Z]{2,3}\\$");
    private static final Pattern AMOUNT_AFTER = Pattern.compile("(?i)%|percent|per|million|billion|trillion|bn|m");
    /**
     * A number written as an amount, with a thousands separator or decimals ("1,200", "3.5"); a unit word after it
     * ("1.5 years") opens its own window. "10.30" may be a clock time and stays a candidate.
     */
    private static final Pattern AMOUNT_SHAPE = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+\\.\\d+");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}\\.\\d{2}");
    /**
     * A number below 1000 with a plural noun after it counts things ("40 people", "179 tankers"); when the noun is a
     * time unit ("40 years", "10 mins") that noun's window holds the number.
     */
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}");
    private static final Pattern UNIT_ABBREVIATION = Pattern.compile("(?i)(hr|min|sec|yr|mo|wk)s?\\.?");

    /**
     * Tokens kept on each side of a candidate word: the longest expressions SUTime builds ("the same period of the
     * last year", "November 11, three days later") reach about six tokens from their time word.
     */
    static final int CONTEXT = 6;

    private final edu.stanford.nlp.time.TimeAnnotator sutime;
    private final boolean filter;

    /** @param filter false runs SUTime on every whole sentence (to measure what the windows cost in recall) */
    public TimeTagger(edu.stanford.nlp.time.TimeAnnotator sutime, boolean filter) {
        this.sutime = sutime;
        this.filter = filter;
    }

    /** The tagger on the shared SUTime instance, with the sentence filter. */
    public static TimeTagger shared() {
        return new TimeTagger(org.newsgraph.nlp.CoreNlpModels.sutime(), true);
    }

    /**
     * @param referenceDate ISO date relative expressions are resolved against, or null to leave them unresolved
     */
    public List<TimeExpression> tag(NlpDocument doc, String referenceDate) {
        List<Sentence> candidates = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (filter) addWindows(doc, s, candidates);
            else candidates.add(s);
        }
        if (candidates.isEmpty()) return List.of();
        Annotation a = org.newsgraph.nlp.CoreLabels.document(doc, candidates);
        if (referenceDate != null) a.set(CoreAnnotations.DocDateAnnotation.class, referenceDate);
        sutime.annotate(a);
        List<TimeExpression> out = new ArrayList<>();
        List<CoreMap> timexes = a.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) return out;
        String text = doc.text();
        for (CoreMap cm : timexes) {
            Timex t = cm.get(TimeAnnotations.TimexAnnotation.class);
            int b = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new TimeExpression(text.substring(b, e), b, e, t.timexType(), value(cm, t)));
        }
        // Order matters: spans are cut and completed before values are read from them (OrdinalRuns parts a count of
        // days from the day it reached before FalseAlarms drops such counts); Durations gives "years" its
        // amount before FalseAlarms drops bare units, and writes the value of what VerbLast made a duration; LastUnits
        // compares with decades already in TIMEX3 notation; ClockDays reads the days the anchoring placed;
        // MovedDates splits a range before Durations makes it a period; MonthsInFocus reads final month values.
        out = DayRanges.extend(text, MergedExpressions.apply(doc, out, referenceDate));
        out = LeadingVerbs.apply(doc, VerbLast.apply(doc, OrdinalRuns.apply(out)));
        out = MovedDates.apply(doc, NamedOrdinals.apply(doc, out));
        out = AgoDurations.apply(FalseAlarms.apply(doc, Durations.apply(text, out)));
        out = PartsOfYears.apply(doc, out, referenceDate);
        out = TimexValues.apply(Seasons.apply(doc, TenseAnchoring.apply(doc, OffsetGranularity.apply(out,
                referenceDate), referenceDate), referenceDate));
        out = ZonedHours.apply(text, LastUnits.apply(out, referenceDate), referenceDate);
        out = MonthsInFocus.apply(doc, Weekends.apply(doc, out, referenceDate), referenceDate);
        return ClockDays.apply(doc, out, referenceDate);
    }

    /**
     * Times of a text with no publication date: resolved against the latest date it reports in the past tense (or,
     * when it gives only future dates, the earliest of those), with that estimate; unresolved when it has neither.
     */
    public Undated tagUndated(NlpDocument doc) {
        List<TimeExpression> unresolved = tag(doc, null);
        PublishedEstimate estimate = PublishedEstimator.estimate(doc, unresolved);
        String anchor = estimate == null ? null : estimate.earliest() != null ? estimate.earliest()
                : estimate.latest();
        return new Undated(anchor == null ? unresolved : tag(doc, anchor), estimate);
    }

    /** @param estimate null when the text gives no absolute date to estimate its publication from */
    public record Undated(List<TimeExpression> times, PublishedEstimate estimate) {
    }

    /**
     * The windows around the sentence's candidate words, overlapping ones merged, and cut before an outlet's "Today"
     * so SUTime cannot read it with a date beside it ("Poltava Today, 30 October 2026" is one expression with no
     * value to SUTime).
     */
    private static void addWindows(NlpDocument doc, Sentence s, List<Sentence> into) {
        List<Token> tokens = doc.tokens();
        int from = -1, to = -1, floor = s.firstToken();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (endsOutletName(tokens, s, i)) {
                if (from >= 0) into.add(window(tokens, from, Math.min(to, i)));
                from = -1;
                floor = i + 1;
                continue;
            }
            if (!candidate(tokens, s, i)) continue;
            int a = Math.max(floor, i - CONTEXT), b = Math.min(s.endToken(), i + CONTEXT + 1);
            if (from >= 0 && a <= to) {
                to = b;
                continue;
            }
            if (from >= 0) into.add(window(tokens, from, to));
            from = a;
            to = b;
        }
        if (from >= 0) into.add(window(tokens, from, to));
    }

    /**
     * "Today" capitalised after a capitalised noun that is no calendar word: the end of an outlet's name ("USA
     * Today", "Psychology Today"), never the day, which edited text writes in lower case inside a sentence.
     */
    private static boolean endsOutletName(List<Token> tokens, Sentence s, int i) {
        if (i == s.firstToken() || !tokens.get(i).word().equals("Today")) return false;
        Token before = tokens.get(i - 1);
        return before.pos() != null && before.pos().startsWith("NN") && Character.isUpperCase(before.word().charAt(0))
                && !CANDIDATE.matcher(before.word()).matches();
    }

    /** Whether the word is one SUTime's rules start from: a calendar name, a unit, a deictic word or a number. */
    static boolean isTimeWord(String word) {
        return CANDIDATE.matcher(word).matches();
    }

    static boolean candidate(List<Token> tokens, Sentence s, int i) {
        String word = tokens.get(i).word();
        if (!CANDIDATE.matcher(word).matches() || VERB_MONTHS.contains(word)) return false;
        // The tokenizer splits a range "2008-2009" into three tokens, so a number glued to a hyphen is the tail of a
        // name ("COVID-19" gives "-19"), never the start of a date.
        if (word.charAt(0) == '-') return false;
        if (!Character.isDigit(word.charAt(0))) return true;
        if (AMOUNT_SHAPE.matcher(word).matches() && !CLOCK.matcher(word).matches()) return false;
        if (i + 1 < s.endToken() && COUNT.matcher(word).matches() && countedThing(tokens.get(i + 1))) return false;
        return !(i > s.firstToken() && AMOUNT_BEFORE.matcher(tokens.get(i - 1).word()).matches())
                && !(i + 1 < s.endToken() && AMOUNT_AFTER.matcher(tokens.get(i + 1).word()).matches());
    }

    private static boolean countedThing(Token next) {
        return "NNS".equals(next.pos()) && !CANDIDATE.matcher(next.word()).matches()
                && !UNIT_ABBREVIATION.matcher(next.word()).matches();
    }

    private static Sentence window(List<Token> tokens, int from, int to) {
        return new Sentence(new org.newsgraph.model.Span(tokens.get(from).start(), tokens.get(to - 1).end()), from,
                to);
    }

    /** SUTime's value; for a range of two resolved points, "begin/end" as TIMEX3 intervals are written. */
    private static String value(CoreMap cm, Timex t) {
        if (t.value() != null && !(cm.get(edu.stanford.nlp.time.TimeExpression.Annotation.class)
                .getTemporal() instanceof SUTime.Range)) {
            return t.value();
        }
        SUTime.Temporal temporal = cm.get(edu.stanford.nlp.time.TimeExpression.Annotation.class).getTemporal();
        if (temporal instanceof SUTime.Range r && r.begin() != null && r.end() != null) {
            String b = trimUnknown(r.begin().getTimexValue()), e = trimUnknown(r.end().getTimexValue());
            if (b != null && e != null && !b.contains("X") && !e.contains("X")) return b + "/" + e;
        }
        return t.value();
    }

    /** "2001-XX-XX" is the year 2001: trailing unknown fields carry no information. */
    private static String trimUnknown(String v) {
        if (v == null) return null;
        while (v.endsWith("-XX")) v = v.substring(0, v.length() - 3);
        return v;
    }
}
