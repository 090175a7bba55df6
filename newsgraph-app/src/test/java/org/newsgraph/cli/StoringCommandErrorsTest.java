package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.KnowledgeBase;
import picocli.CommandLine;

/** What the commands that store say, and exit with, when the knowledge base cannot be used as asked. */
class StoringCommandErrorsTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int newsgraph(String... args) {
        CommandLine cli = NewsgraphCommand.commandLine(InputStream.nullInputStream(), false);
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void compact_and_reindex_of_a_missing_base_exit_1_as_the_readers_do() {
        Path missing = dir.resolve("no-base");
        assertThat(newsgraph("compact", "--data", missing.toString())).isEqualTo(1);
        assertThat(newsgraph("reindex", "--data", missing.toString())).isEqualTo(1);
        assertThat(newsgraph("stories", "--data", missing.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "compact: no knowledge base in " + missing + " (run ingest first)",
                "reindex: no knowledge base in " + missing + " (run ingest first)",
                "stories: no knowledge base in " + missing + " (run ingest first)");
        assertThat(missing).doesNotExist();
    }

    @Test
    void an_ingest_whose_inputs_do_not_exist_creates_no_knowledge_base() {
        Path data = dir.resolve("kbX");
        Path missing = dir.resolve("missing.html");
        assertThat(newsgraph("ingest", "--data", data.toString(), missing.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("newsgraph: " + missing + ": no such file or directory",
                "ingest: none of the inputs exists; nothing stored, " + data + " neither created nor changed");
        assertThat(data).doesNotExist();
    }

    @Test
    void an_ingest_where_no_directory_can_be_made_says_why() throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), "<p>A page.</p>");
        // /proc refuses new entries with ENOENT, which Java reports with the path alone
        assertThat(newsgraph("ingest", "--data", "/proc/newsgraph-test", page.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("ingest: cannot create a knowledge base in /proc/newsgraph-test: no such"
                + " file or directory" + System.lineSeparator());
    }

    @Test
    void a_second_writer_is_told_another_run_holds_the_base() throws Exception {
        Path data = dir.resolve("kb");
        Path page = Files.writeString(dir.resolve("page.html"), "<p>A page.</p>");
        try (KnowledgeBase running = KnowledgeBase.open(data)) {
            assertThat(newsgraph("ingest", "--data", data.toString(), page.toString())).isEqualTo(1);
            assertThat(newsgraph("compact", "--data", data.toString())).isEqualTo(1);
        }
        String busy = "another ingest, reindex or compact is writing to " + data + " (it holds "
                + data.resolve("index").resolve("write.lock") + "); run this when it has finished";
        assertThat(err.toString().lines()).containsExactly("ingest: " + busy, "compact: " + busy);
    }
}
