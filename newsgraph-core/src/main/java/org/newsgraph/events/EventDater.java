package org.newsgraph.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.Event.DateBasis;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;

/**
 * Dates an event by when it happened, not when it was reported: a calendar time expression inside the trigger's
 * own clause (a day with a time of day dates the day), else the one nearest the trigger in its sentence
 * ("officials said Thursday" dates what they report when nothing closer does), else the publication date, flagged
 * as such. "Two years ago" counts back from the
 * publication date ({@link AgoDates}). A time after "since" or "until" in another clause bounds a state of that
 * clause ("the ferry that has linked the towns since 1921"), so it dates nothing else, and one in a clause about the
 * trigger's subject or object, or in an "after" or "before" clause of the trigger's, dates that clause's act, not the
 * trigger's.
 */
final class EventDater {

    /** A dated value: the date, where it came from, and the time expression it was read from (or null). */
    record Dated(String date, DateBasis basis, Span span) {
    }

    private static final Pattern CALENDAR = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?(/.*)?$");
    private static final Pattern DAY_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T.+$");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?i).*\\b(?:since|until|till)\\s*$");
    private static final List<String> OTHER_CLAUSES = List.of("conj", "parataxis", "ccomp", "advcl", "acl", "csubj",
            "punct", "appos", "list", "dep");

    /**
     * The trigger's participants, whose reduced or relative clauses recall acts of their own: "investigating
     * contracts signed in 2023", "the trawler, seized in March, was released".
     */
    private static final Set<String> PARTICIPANTS = Set.of("obj", "nsubj", "iobj");
    /** Subordinators of a clause whose act comes before or after the main clause's. */
    private static final Set<String> SEQUENCE = Set.of("after", "before");

    private EventDater() {
    }

    /**
     * {@code done}: the clause reports the act as done (asserted, in the past). Such an act is not dated after the
     * publication that reports it: a later date is the date it had been planned for, which the time tagger places
     * at the nearest such day, the coming one after mid-week ("the summit planned for Monday was held in Sochi" in
     * Friday's paper is no meeting next Monday).
     */
    static Dated date(SentenceGraph g, int v, Span sentence, List<TimeExpression> times, String published,
                      boolean done, int[] scratch) {
        int n = g.subtree(v, OTHER_CLAUSES, scratch);
        // "launched at 1922 UTC yesterday": a clock time gets its day from the tagger's anchor, the publication
        // day, so a phrase naming the day comes first; a day with its time of day ("Saturday morning") dates when
        // no date, month or year does, in the trigger's clause before any other
        for (boolean nearby : new boolean[] {false, true}) {
            for (boolean timesOfDay : new boolean[] {false, true}) {
                Dated found = find(g, v, sentence, times, published, done, scratch, n, timesOfDay, nearby);
                if (found != null) return found;
            }
        }
        if (published != null && !published.isBlank()) {
            String day = published.length() >= 10 ? published.substring(0, 10) : published;
            return new Dated(day, DateBasis.PUBLISHED, null);
        }
        return new Dated(null, DateBasis.UNKNOWN, null);
    }

    /**
     * The time expression in the trigger's clause, else with {@code nearby} the one nearest it, or null;
     * {@code timesOfDay}: read the day of a time of day ("yesterday morning", 2019-02-12TMO; "9:45 a.m.",
     * 2019-02-12T09:45) instead of dates, months and years.
     */
    private static Dated find(SentenceGraph g, int v, Span sentence, List<TimeExpression> times, String published,
                              boolean done, int[] scratch, int n, boolean timesOfDay, boolean nearby) {
        String nearest = null;
        Span nearestSpan = null;
        int nearestDistance = Integer.MAX_VALUE;
        int triggerStart = g.token(v).start();
        for (TimeExpression t : times) {
            if (t.start() < sentence.start() || t.end() > sentence.end()) continue;
            String value = timesOfDay ? dayOfTime(t) : calendarValue(t, g.text, published);
            if (value == null || done && after(value, published)) continue;
            Span span = new Span(t.start(), t.end());
            if (inClause(g, scratch, n, t.start())) return new Dated(value, DateBasis.TEXT, span);
            // "was investigating contracts signed in 2023": a clause about the trigger's object dates its own act
            if (boundsAState(t, g.text) || inClauseOfObject(g, v, t.start())) continue;
            int d = Math.abs(t.start() - triggerStart);
            if (d < nearestDistance) {
                nearest = value;
                nearestSpan = span;
                nearestDistance = d;
            }
        }
        return nearest == null || !nearby ? null : new Dated(nearest, DateBasis.TEXT, nearestSpan);
    }

    private static String dayOfTime(TimeExpression t) {
        return t.value() != null && DAY_TIME.matcher(t.value()).matches() ? t.value().substring(0, 10) : null;
    }

    /**
     * A date, month or year the expression names, or that an "N units ago" duration counts back to. A season ("in the
     * spring", 2026-SP) dates nothing: as months it dated as many demo events wrong as right ("last summer" of another
     * clause's act, "Google Summer of Code").
     */
    private static String calendarValue(TimeExpression t, String text, String published) {
        if (t.value() != null && CALENDAR.matcher(t.value()).matches()) return t.value();
        return AgoDates.value(t, text, published);
    }

    /** Whether a date, month or year lies wholly after the publication day. */
    private static boolean after(String value, String published) {
        if (published == null || published.length() < 10) return false;
        String date = value.split("/", 2)[0];
        return date.compareTo(published.substring(0, Math.min(date.length(), 10))) > 0;
    }

    private static boolean boundsAState(TimeExpression t, String text) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (lower.startsWith("since ") || lower.startsWith("until ") || lower.startsWith("till ")) return true;
        return BOUND_BEFORE.matcher(text.substring(Math.max(0, t.start() - 12), t.start())).matches();
    }

    /**
     * Whether the token at {@code offset} is in a clause that modifies the object of trigger {@code v} ("investigating
     * contracts signed in 2023", "violates an agreement reached in 1991", "proposed a bill that would fund the
     * government through September"): that clause tells when its own act happened. A clause modifying another
     * phrase of the trigger's ("were killed in a bombing that happened on June 27") may date the trigger's act.
     */
    private static boolean inClauseOfObject(SentenceGraph g, int v, int offset) {
        int i = 0;
        while (i < g.size && g.token(i).end() <= offset) i++;
        if (i >= g.size || g.token(i).start() > offset) return false;
        boolean modifier = false;
        for (int k = i, steps = 0; k >= 0 && steps < g.size; k = g.head(k), steps++) {
            if (g.head(k) == v) {
                return modifier && PARTICIPANTS.contains(g.baseRel(k)) || recalled(g, k);
            }
            modifier |= "acl".equals(g.baseRel(k));
        }
        return false;
    }

    /**
     * "freed the boat after it was seized in January": a clause of the trigger's that says what came before or
     * after it dates that other act; so does a past participle the parser left as a bare {@code dep} of the trigger,
     * a reduced relative on its object ("released the trawler, seized in May").
     */
    private static boolean recalled(SentenceGraph g, int clause) {
        // "released the trawler, seized in May, on Friday": the parser hangs the participle on the verb as a bare dep
        if ("dep".equals(g.rel(clause)) && g.pos(clause).equals("VBN")) return true;
        if (!"advcl".equals(g.baseRel(clause))) return false;
        for (int k = 0; k < g.childCount(clause); k++) {
            int c = g.child(clause, k);
            if (g.rel(c).equals("mark") && SEQUENCE.contains(g.lemmas[c].toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean inClause(SentenceGraph g, int[] clause, int n, int offset) {
        for (int i = 0; i < n; i++) {
            var t = g.token(clause[i]);
            if (t.start() <= offset && offset < t.end()) return true;
        }
        return false;
    }
}
