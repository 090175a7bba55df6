package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops words SUTime reads as times where they are not: "second" as an ordinal ("a second aircraft"), "fall" as a
 * noun ("the fall in prices"), "may" and "march" in lower case (the verbs: "this may help"), "once" in "once more"
 * and "once again" (a repetition, not a past time) and as a conjunction ("will return the boats once the owners
 * pay": a condition), a unit word with no amount or pointer at all ("an exciting day", "New Year"), which TIMEX3
 * would not mark as a duration, an ordinal count of units ("for the third year running", "the fourth day in a
 * row"), which counts from whatever began the run, not from the reference date, and a bare four-digit number among
 * numbers with no word near it (a column of figures, a list of codes), which SUTime reads as a year for want of any
 * context, or right after a noun that numbers things ("Flight 1725", "Resolution 2094", "Room 2010", "Form 1040"):
 * there the number is the thing's designator, the way "No." makes it one.
 */
final class FalseAlarms {
    private static final Pattern SECOND = Pattern.compile("(?i)(a |the )?second");
    private static final Pattern FALL = Pattern.compile("(?i)(the )?fall");
    /** Words after which "fall" is the season: "in the fall", "by fall", "until fall". */
    private static final Set<String> SEASON_BEFORE = Set.of("in", "during", "by", "until", "till", "through",
            "since", "before", "after", "this", "last", "next", "early", "late", "mid", "each", "every");
    /**
     * Month names that are also verbs, written in lower case, as months never are in edited text, and ending the
     * expression ("this may", "may"; "by may 5" in a lower-case text keeps its day and stays).
     */
    private static final Pattern VERB_MONTH = Pattern.compile("(?:\\S+\\s+)?(may|march)");
    private static final Pattern ONCE = Pattern.compile("(?i)once");
    private static final Pattern ORDINAL_COUNT = Pattern.compile("(?i)" + OrdinalRuns.COUNT);
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{4}");
    /** Tokens looked at on each side of a bare number for a word that could make it a year ("in", "since", "May"). */
    private static final int LIST_REACH = 6;
    /** The years a run of years in a list or a column may hold, and the largest step between neighbours. */
    private static final int[] YEARS = {1800, 2100};
    private static final int YEAR_STEP = 10;
    /**
     * Nouns whose number names one of them rather than a year. Acts and budgets stay out: "the Companies Act 2006" and
     * "Budget 2020" do name their year.
     */
    private static final Set<String> DESIGNATED = Set.of("flight", "flights", "route", "highway", "interstate", "room",
            "suite", "gate", "platform", "terminal", "bus", "train", "channel", "unit", "apartment", "box", "pier",
            "exit", "form", "model", "resolution", "resolutions", "no.", "number", "#", "page", "chapter",
            "section", "article", "code", "ward", "district", "precinct", "squadron", "battalion", "regiment", "item");
    private static final Pattern BARE_UNIT = Pattern.compile("(?i)(day|week|month|year|hour|minute|decade)");

    /** Words a subject may start with. */
    private static final Set<String> SUBJECT_START = Set.of("DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "CD",
            "JJ");
    /** Verbs that can be the finite verb of a clause; the tagger gives "they sign" a bare VB. */
    private static final Set<String> FINITE = Set.of("MD", "VBZ", "VBP", "VBD", "VB");
    /** How far after its first word a subject's verb is looked for: "once the two governments sign". */
    private static final int SUBJECT_WORDS = 6;

    private FalseAlarms() {
    }

    /**
     * Whether a subject and its verb start at {@code first}, before any punctuation or conjunction: then the "once"
     * before it is the conjunction ("once the owners pay", "once they sign"), while the adverb of the past stands
     * before a verb or a noun phrase alone ("once ran the port", "was once the largest port").
     */
    private static boolean opensClause(NlpDocument doc, Token first) {
        if (first.pos() == null || !SUBJECT_START.contains(first.pos())) return false;
        Token k = Neighbours.after(doc, first.end());
        for (int n = 0; n < SUBJECT_WORDS && k != null && k.pos() != null; n++) {
            if (FINITE.contains(k.pos())) return true;
            // a relative pronoun starts another clause: "was once the man who ran the port"
            if (!Character.isLetterOrDigit(k.word().charAt(0)) || k.pos().equals("CC") || k.pos().startsWith("W")) {
                return false;
            }
            k = Neighbours.after(doc, k.end());
        }
        return false;
    }

    /**
     * Whether the tokens within {@link #LIST_REACH} of the expression hold a number and no word: the number is an
     * entry of a list of numbers. Sentence ends are crossed, as a list of one number a line is split at each.
     */
    private static boolean amongNumbers(NlpDocument doc, TimeExpression t) {
        boolean number = false;
        Token k = Neighbours.before(doc, t.start());
        for (int n = 0; n < LIST_REACH && k != null; n++, k = Neighbours.before(doc, k.start())) {
            if (hasLetter(k.word())) return false;
            number |= Character.isDigit(k.word().charAt(0));
        }
        k = Neighbours.after(doc, t.end());
        for (int n = 0; n < LIST_REACH && k != null; n++, k = Neighbours.after(doc, k.end())) {
            if (hasLetter(k.word())) return false;
            number |= Character.isDigit(k.word().charAt(0));
        }
        return number;
    }

    /**
     * Whether the number is a year in a run of years: it lies in {@link #YEARS} and the nearest numbers of that range
     * on each side within {@link #LIST_REACH} tokens step to it and on from it in one direction by at most
     * {@link #YEAR_STEP} ("1998, 2003, 2007, 2011, 2015", a table's column "2017 ... 2018 ... 2019"). Figures of a
     * column beside it that fall outside the range are passed over; a list of codes or counts does not step so.
     */
    private static boolean yearRun(NlpDocument doc, TimeExpression t) {
        int year = Integer.parseInt(t.text());
        if (year < YEARS[0] || year > YEARS[1]) return false;
        Integer before = nearestYear(doc, t, true), after = nearestYear(doc, t, false);
        if (before == null && after == null) return false;
        int down = before == null ? 0 : year - before, up = after == null ? 0 : after - year;
        boolean rising = (before == null || step(down)) && (after == null || step(up));
        boolean falling = (before == null || step(-down)) && (after == null || step(-up));
        return rising || falling;
    }

    private static boolean step(int d) {
        return d >= 1 && d <= YEAR_STEP;
    }

    private static Integer nearestYear(NlpDocument doc, TimeExpression t, boolean back) {
        Token k = back ? Neighbours.before(doc, t.start()) : Neighbours.after(doc, t.end());
        for (int n = 0; n < LIST_REACH && k != null; n++) {
            if (BARE_NUMBER.matcher(k.word()).matches()) {
                int v = Integer.parseInt(k.word());
                if (v >= YEARS[0] && v <= YEARS[1]) return v;
            }
            k = back ? Neighbours.before(doc, k.start()) : Neighbours.after(doc, k.end());
        }
        return null;
    }

    private static boolean hasLetter(String word) {
        return word.codePoints().anyMatch(Character::isLetter);
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            if (!falseAlarm(doc, t)) out.add(t);
        }
        return out;
    }

    private static boolean falseAlarm(NlpDocument doc, TimeExpression t) {
        if ("DURATION".equals(t.type()) && SECOND.matcher(t.text()).matches()) {
            Token next = Neighbours.after(doc, t.end());
            return next != null && next.pos() != null && (next.pos().startsWith("NN") || next.pos().startsWith("JJ")
                    || next.pos().equals("CD"));
        }
        if (FALL.matcher(t.text()).matches()) {
            Token before = Neighbours.before(doc, t.start());
            return before == null || !SEASON_BEFORE.contains(before.word().toLowerCase(Locale.ROOT));
        }
        if (VERB_MONTH.matcher(t.text()).matches()) return true;
        if (ONCE.matcher(t.text()).matches()) {
            Token next = Neighbours.after(doc, t.end());
            return next != null && (next.word().equalsIgnoreCase("more") || next.word().equalsIgnoreCase("again")
                    || opensClause(doc, next));
        }
        if (ORDINAL_COUNT.matcher(t.text()).matches()) return true;
        if (BARE_NUMBER.matcher(t.text()).matches()) {
            if (amongNumbers(doc, t) && !yearRun(doc, t)) return true;
            Token before = Neighbours.before(doc, t.start());
            if (before != null && DESIGNATED.contains(before.word().toLowerCase(Locale.ROOT))) return true;
        }
        return "DURATION".equals(t.type()) && BARE_UNIT.matcher(t.text()).matches();
    }
}
