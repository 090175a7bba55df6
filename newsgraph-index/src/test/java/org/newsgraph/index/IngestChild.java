package org.newsgraph.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.SourceRef;

/**
 * A separate JVM that ingests {@code n} generated articles, skipping what an earlier run committed, and prints a line
 * after each commit; {@link KillResumeTest} kills it with SIGKILL mid-run.
 */
public final class IngestChild {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        long pauseNanos = Long.parseLong(args[3]) * 1000;
        try (KnowledgeBase kb = KnowledgeBase.open(dir); IngestService ingest = kb.ingest("kill-test", batch)) {
            long commits = 0, skipped = 0;
            for (int i = 0; i < n; i++) {
                byte[] raw = rawOf(i);
                if (ingest.isDone(RawStore.sha256(raw))) continue;
                if (!ingest.ingest(articleOf(i), raw, new SourceRef("generated", (long) i, null, null, null))) skipped++;
                if (ingest.counts().commits() > commits) {
                    commits = ingest.counts().commits();
                    System.out.println("committed " + ingest.counts().inputs());
                    System.out.flush();
                }
                long until = System.nanoTime() + pauseNanos;
                while (System.nanoTime() < until) Thread.onSpinWait();
            }
            ingest.commit();
            System.out.println("done " + ingest.counts().inputs() + " skipped " + skipped);
        }
    }

    static byte[] rawOf(int i) {
        return ("<html><body><h1>Report " + i + "</h1><p>" + textOf(i) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static AnalyzedArticle articleOf(int i) {
        return Fixtures.article("k" + i, "Report " + i, textOf(i))
                .published("2022-03-" + String.format("%02d", 1 + i % 28))
                .entity(EntityType.PERSON, "Ada Person" + (i % 13))
                .entity(EntityType.ORGANIZATION, "Agency" + (i % 3))
                .quote("all is well", "Ada Person" + (i % 13), "Ada Person" + (i % 13))
                .build();
    }

    private static String textOf(int i) {
        return "Ada Person" + (i % 13) + " of Agency" + (i % 3) + " said all is well on day " + i + ".";
    }
}
