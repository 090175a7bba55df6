package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.index.ExportFormat;
import org.newsgraph.index.ExportKind;
import org.newsgraph.index.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph export}: the whole knowledge base as JSON Lines or CSV on stdout, streamed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every article, entity or quote of the knowledge base to stdout, one record at a time.",
        exitCodeOnInvalidInput = 2)
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--what", required = true, paramLabel = "WHAT", converter = KindConverter.class,
            description = "articles, entities or quotes.")
    ExportKind what;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", converter = FormatConverter.class,
            description = "jsonl (default) or csv.")
    ExportFormat format;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(knowledgeBase.data)) {
            long n = kb.exporter().export(what, format, out);
            spec.commandLine().getErr().println("exported " + n + " " + what.name().toLowerCase(Locale.ROOT));
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("export: " + e.getMessage());
            return 1;
        }
    }

    /** Enum names in any case, with an error that lists the choices. */
    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) return e;
        }
        throw new TypeConversionException("expected one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + value + "'");
    }

    static final class KindConverter implements ITypeConverter<ExportKind> {
        @Override
        public ExportKind convert(String value) {
            return choice(ExportKind.class, value);
        }
    }

    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return choice(ExportFormat.class, value);
        }
    }
}
