package org.newsgraph.story;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The day a stream has reached, read from its latest dated arrivals: where an undated article is placed. The latest
 * publication day seen is that day unless it lies far ahead of all the other recent ones, which a scraping error does
 * (a page dated years ahead); then the next latest is. Far is more than {@code horizonDays} (the days after which a
 * story goes cold, so such a day would leave every live story out of an undated article's reach) and more than the
 * recent days span among themselves, so a sparse stream whose articles lie months apart still moves its front with
 * each of them. It takes three other recent days to judge: with fewer, their span says nothing of the stream's pace, and
 * the latest day is taken. A real jump of the stream (a new batch a year on) moves the front as soon as a second
 * article of the new period confirms it. Only the arrivals decide, never the wall clock, so a replay places every
 * article alike.
 */
final class StreamFront implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Dated arrivals remembered: enough that the span of the others says how sparse the stream is. */
    static final int RECENT = 16;
    /** Other recent days needed before the latest can be judged far ahead of them: two gaps give a pace. */
    static final int JUDGED_AGAINST = 3;

    private final int horizonDays;
    private final int[] recent = new int[RECENT];
    private int count;
    private int next;

    StreamFront(int horizonDays) {
        this.horizonDays = horizonDays;
    }

    void arrived(int day) {
        recent[next] = day;
        next = (next + 1) % RECENT;
        if (count < RECENT) count++;
    }

    /** The day the stream has reached, or null before any dated arrival. */
    Integer day() {
        if (count == 0) return null;
        int[] days = Arrays.copyOf(recent, count);
        Arrays.sort(days);
        int latest = days[count - 1];
        if (count <= JUDGED_AGAINST) return latest;
        int second = days[count - 2];
        // long: a horizon of Integer.MAX_VALUE days means nothing is too far ahead, not an overflow
        long othersSpan = (long) second - days[0];
        boolean farAhead = (long) latest - second > Math.max(horizonDays, othersSpan);
        return farAhead ? second : latest;
    }
}
