package org.newsgraph.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventModality;

/**
 * Writes events in the GDELT 2.0 tab-separated layouts: the Events table (61 columns, one row per
 * {@link EventCluster}) and the Mentions table (16 columns, one row per report). Columns we have no data for
 * (ethnicity, religion, geography, tone) stay empty, as GDELT leaves fields it cannot fill. Only asserted, dated
 * events are written: GDELT has no modality column, so a negated or hypothetical event there would read as a fact,
 * and every GDELT row has its day (an event neither its text nor its article dates stays in the JSON Lines and CSV
 * exports).
 * docs/events.md lists the mapping column by column.
 */
public final class GdeltWriter {

    static final int EVENT_COLUMNS = 61;
    static final int MENTION_COLUMNS = 16;

    private final Writer events;
    private final Writer mentions;

    /** Either writer may be null to skip that table. */
    public GdeltWriter(Writer events, Writer mentions) {
        this.events = events;
        this.mentions = mentions;
    }

    /**
     * Writes the cluster's event row and its mention rows; returns false (writing nothing) if it is not asserted or
     * has no date.
     */
    public boolean write(EventCluster c) {
        Event e = c.event();
        if (e.modality() != EventModality.ASSERTED || EventDates.day(e.date()) == null) return false;
        try {
            if (events != null) line(events, eventRow(c));
            if (mentions != null) for (EventMention m : c.mentions()) line(mentions, mentionRow(c, m));
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write GDELT rows for event " + c.id(), x);
        }
        return true;
    }

    static String[] eventRow(EventCluster c) {
        Event e = c.event();
        String[] r = new String[EVENT_COLUMNS];
        Arrays.fill(r, "");
        LocalDate day = EventDates.day(e.date());
        r[0] = Long.toString(c.id());
        if (day != null) {
            r[1] = String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            r[2] = r[1].substring(0, 6);
            r[3] = r[1].substring(0, 4);
            r[4] = fractionDate(day);
        }
        actor(r, 5, e.source());
        actor(r, 15, e.target());
        EventMention first = c.mentions().get(0);
        r[25] = first.sentenceNumber() == 1 ? "1" : "0";
        r[26] = e.cameo();
        r[27] = e.cameo().length() >= 3 ? e.cameo().substring(0, 3) : e.cameo();
        r[28] = e.cameo().substring(0, 2);
        r[29] = Integer.toString(e.quadClass());
        r[30] = String.format(Locale.ROOT, "%.1f", e.goldstein());
        r[31] = Integer.toString(c.numMentions());
        r[32] = Integer.toString(c.numSources());
        r[33] = Integer.toString(c.numArticles());
        r[59] = dateAdded(c);
        r[60] = cell(first.url());
        return r;
    }

    static String[] mentionRow(EventCluster c, EventMention m) {
        String[] r = new String[MENTION_COLUMNS];
        Arrays.fill(r, "");
        Event e = m.event();
        r[0] = Long.toString(c.id());
        // GDELT joins a mention to its event on this column = the event row's DATEADDED
        r[1] = dateAdded(c);
        r[2] = UtcTimestamp.of(m.published());
        // WEB when the identifier is a URL; a page without one is cited by its id in the knowledge base
        r[3] = m.url() != null ? "1" : "2";
        r[4] = cell(m.publisher());
        r[5] = cell(m.url() != null ? m.url() : m.articleId());
        r[6] = m.sentenceNumber() > 0 ? Integer.toString(m.sentenceNumber()) : "";
        r[7] = e.source() == null ? "-1" : Integer.toString(e.source().span().start());
        r[8] = e.target() == null ? "-1" : Integer.toString(e.target().span().start());
        r[9] = Integer.toString(e.trigger().start());
        r[10] = "1"; // coded from the article's own words, not from a translation or fuzzy match
        r[12] = Integer.toString(m.docLength());
        r[15] = m.independent() ? "" : "<SYNDICATED_COPY>1</SYNDICATED_COPY>";
        return r;
    }

    /** Actor columns at {@code at}: Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1-3. */
    private static void actor(String[] r, int at, EventActor a) {
        if (a == null) return;
        boolean international = a.country() != null && ActorCode.INTERNATIONAL.contains(a.country());
        r[at] = cell(a.code());
        r[at + 1] = cell(name(a.text()));
        r[at + 2] = cell(international ? ActorCode.homeState(a.code()) : a.country());
        r[at + 3] = cell(a.organization());
        if (international) {
            r[at + 7] = cell(a.country());
            r[at + 8] = cell(a.sector());
        } else {
            r[at + 7] = cell(a.sector());
        }
    }

    /**
     * GDELT's day of the year as a fraction: ((month - 1) * 30 + day) / 365, so January 1 is .0027 and December 31
     * stays in its year (.9890).
     */
    static String fractionDate(LocalDate day) {
        return String.format(Locale.ROOT, "%.4f",
                day.getYear() + ((day.getMonthValue() - 1) * 30 + day.getDayOfMonth()) / 365.0);
    }

    /** When the event entered our data: its first report's publication time, in UTC. */
    private static String dateAdded(EventCluster c) {
        return UtcTimestamp.of(c.mentions().get(0).published());
    }

    /**
     * GDELT's Actor1Name reads as the actor's own words ("PENTAGON"), not as the phrase the parse cut with the
     * preposition and article that tie it into the sentence ("by the Pentagon").
     */
    static String name(String words) {
        String[] w = words.strip().split("\\s+");
        int from = 0;
        while (from < w.length - 1 && LEADING.contains(w[from].toLowerCase(Locale.ROOT))) from++;
        return String.join(" ", Arrays.asList(w).subList(from, w.length)).toUpperCase(Locale.ROOT);
    }

    private static final Set<String> LEADING = Set.of("a", "an", "the", "about", "across", "after",
            "against", "amid", "among", "as", "at", "before", "between", "by", "during", "for", "from", "in", "into",
            "of", "on", "over", "through", "to", "toward", "towards", "under", "upon", "with", "within", "without");

    /** A tab or line break inside a cell would split the row or shift its columns. */
    private static String cell(String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll(" ");
    }

    private static final Pattern CONTROL = Pattern.compile("[\\t\\n\\r\\x0B\\f\\u0085\\u2028\\u2029]");


    private static void line(Writer w, String[] cells) throws IOException {
        w.write(String.join("\t", cells));
        w.write('\n');
    }
}
