package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = NewsgraphCommand.commandLine(System.in, false);
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void a_missing_knowledge_base_is_named_and_exits_1() {
        assertThat(run("serve", "--data", dir.resolve("nothing").toString(), "--port", "0")).isEqualTo(1);
        assertThat(err.toString()).contains("serve:", "nothing", "run ingest first");
    }

    @Test
    void a_port_out_of_range_is_a_usage_error() {
        assertThat(run("serve", "--data", dir.toString(), "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be between 0 and 65535");
    }

    @Test
    void a_negative_or_endless_wait_for_admission_is_a_usage_error() {
        assertThat(run("serve", "--data", dir.toString(), "--port", "0", "--max-wait", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--max-wait must be between 0 and 3600000 ms");
        assertThat(run("serve", "--data", dir.toString(), "--port", "0", "--max-wait", "9300000000000000")).isEqualTo(2);
    }

    @Test
    void urls_bracket_ipv6_hosts() {
        assertThat(ServeCommand.url("127.0.0.1", 8080)).isEqualTo("http://127.0.0.1:8080/");
        assertThat(ServeCommand.url("::1", 8080)).isEqualTo("http://[::1]:8080/");
    }
}
