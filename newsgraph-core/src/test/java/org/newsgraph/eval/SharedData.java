package org.newsgraph.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared evaluation data sets; tests that need one are skipped when it is absent. */
final class SharedData {

    private SharedData() {
    }

    static Path require(String name) {
        String root = System.getProperty("newsgraph.shared.data");
        assumeTrue(root != null, "newsgraph.shared.data not set");
        Path dir = Path.of(root, name);
        assumeTrue(Files.isDirectory(dir.resolve("html")), dir + " absent");
        return dir;
    }
}
