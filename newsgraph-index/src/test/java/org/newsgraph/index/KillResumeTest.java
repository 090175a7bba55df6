package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real ingesting JVM with SIGKILL, twice, at different moments, then lets a rerun finish. */
class KillResumeTest {
    private static final int N = 1200;
    private static final int BATCH = 40;

    @TempDir
    Path dir;

    @Test
    void a_killed_ingest_leaves_a_readable_index_and_a_rerun_completes_without_duplicates() throws Exception {
        int[] commitsBeforeKill = {2, 9};
        for (int round = 0; round < commitsBeforeKill.length; round++) {
            Process child = start();
            long lastCommitted = -1;
            int seen = 0;
            try (BufferedReader out = reader(child)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("committed ")) {
                        lastCommitted = Long.parseLong(line.substring(10));
                        if (++seen == commitsBeforeKill[round]) break;
                    }
                }
                child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no writer close
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(child.exitValue()).as("killed, not finished").isEqualTo(137);
            assertThat(lastCommitted).isPositive();
            try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir)) {
                int count = kb.searcher().articleCount();
                assertThat(count).as("nothing committed is lost").isGreaterThanOrEqualTo((int) lastCommitted);
                assertThat(count).isLessThan(N);
                assertConsistent(kb, count);
            }
        }
        Process rerun = start();
        String last = null;
        try (BufferedReader out = reader(rerun)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) last = line;
        }
        assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).isZero();
        assertThat(last).startsWith("done ");
        long skipped = Long.parseLong(last.substring(last.lastIndexOf(' ') + 1));
        assertThat(skipped).as("the rerun skipped what was committed").isZero(); // skipping happens before ingest()
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir)) {
            assertThat(kb.searcher().articleCount()).isEqualTo(N);
            assertConsistent(kb, N);
            List<String> storied = kb.connections().stories().stream().flatMap(s -> s.articleIds().stream()).toList();
            assertThat(storied).as("every article in exactly one story, none twice").hasSize(N).doesNotHaveDuplicates();
        }
    }

    private void assertConsistent(KnowledgeBase kb, int articles) throws Exception {
        StringWriter ids = new StringWriter();
        kb.exporter().export(ExportKind.ARTICLES, ExportFormat.CSV, ids);
        List<String> rows = new ArrayList<>(ids.toString().lines().skip(1).map(l -> l.split(",", 2)[0]).toList());
        assertThat(rows).hasSize(articles).doesNotHaveDuplicates();
        assertThat(kb.searcher().quotes(null, null, 1, 0).total()).as("one quote per article").isEqualTo(articles);
        long agencyArticles = kb.searcher().entities("ORGANIZATION", 10, 0).items().stream()
                .mapToLong(KbEntity::articles).sum();
        assertThat(agencyArticles).as("every article's mentions were committed with it").isEqualTo(articles);
        List<RawInput> raws = new ArrayList<>();
        kb.exporter().rawInputs(raws::add);
        assertThat(raws).hasSize(articles);
        for (RawInput r : raws) assertThat(kb.raw().contains(r.sha256())).isTrue();
    }

    private Process start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
                dir.toString(), String.valueOf(N), String.valueOf(BATCH), "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
