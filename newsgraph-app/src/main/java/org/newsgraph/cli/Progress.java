package org.newsgraph.cli;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.newsgraph.source.PageSource;

/**
 * Progress drawn on stderr when it is a terminal; nothing at all otherwise. When the inputs are files and folders
 * their total size is known, so the bar counts bytes read of it and shows the time left (the library's estimate from
 * the rate so far), with pages done beside; from stdin or the raw store only pages and their rate can be shown.
 */
interface Progress extends AutoCloseable {

    Progress NONE = new Progress() {
        @Override
        public void step() {
        }

        @Override
        public void close() {
        }
    };

    /** One page done. */
    void step();

    @Override
    void close();

    static Progress onTerminal(String task, PrintStream err, List<PageSource> sources) {
        long total = MeasuredSource.total(sources);
        return total > 0 ? bytes(task, err, total, () -> MeasuredSource.read(sources)) : pages(task, err);
    }

    /** A bar over {@code total} bytes with an ETA; {@code read} says how far reading has got. */
    static Progress bytes(String task, PrintStream err, long total, LongSupplier read) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                // analysis reads a few kilobytes a second, so small inputs would show "0/0 MB" at 0.0 MB/s
                .setUnit(total < 100_000_000 ? " kB" : " MB", total < 100_000_000 ? 1_000 : 1_000_000)
                .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .clearDisplayOnFinish()
                .build();
        long start = System.nanoTime();
        return new Progress() {
            private long pages;

            @Override
            public void step() {
                pages++;
                bar.stepTo(Math.min(total, read.getAsLong()));
                double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
                bar.setExtraMessage(String.format(Locale.ROOT, " %d pages, %.1f/s", pages,
                        seconds > 0 ? pages / seconds : 0));
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /** Pages done and their rate: the total is unknown, since the inputs are streamed. */
    static Progress pages(String task, PrintStream err) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(-1)
                .setUnit(" pages", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .clearDisplayOnFinish()
                .build();
        return new Progress() {
            @Override
            public void step() {
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
