package org.newsgraph.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT) and {@code kill} (SIGTERM) during a storing run into a stop the run sees: the JVM runs its
 * shutdown hooks on either signal, and this one asks the run to stop, then holds the exit until the run has committed
 * what it stored and said so, or until {@link #GRACE_SECONDS} have passed (a commit is kill-safe, so halting then
 * loses only what was not committed). The JVM then exits as the signal asks: 130 for SIGINT, 143 for SIGTERM.
 */
final class StopOnSignal implements AutoCloseable {

    /** Longer than a commit of a large base takes (a few seconds), shorter than a user waits before kill -9. */
    static final int GRACE_SECONDS = 30;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "newsgraph-stop");
    private volatile boolean requested;

    private StopOnSignal() {
    }

    /** Watches for the signals until {@link #close()}. */
    static StopOnSignal install() {
        StopOnSignal stop = new StopOnSignal();
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Whether a signal asked the run to stop. */
    boolean requested() {
        return requested;
    }

    private void stopAndWait() {
        requested = true;
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The run has stored and reported what it kept: a waiting exit may go on. */
    @Override
    public void close() {
        finished.countDown();
        if (requested) return; // the JVM is exiting: its hooks can no longer be removed
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // a signal came between the look above and here; the hook has already seen the run finished
        }
    }
}
