package org.newsgraph.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --threads N}: the worker threads of every command that runs pages through a {@link PageRun}. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", converter = ThreadCount.class,
            description = "Worker threads (default: the number of cores).")
    private Integer threads;

    int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** Rejects counts no run can use while parsing, so picocli reports them as the usage error they are. */
    static final class ThreadCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            if (n < 1 || n > 512) throw new TypeConversionException("must be between 1 and 512, got " + n);
            return n;
        }
    }
}
