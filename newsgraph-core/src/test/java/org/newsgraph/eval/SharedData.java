package org.newsgraph.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates a file under the shared data folder, skipping the calling test when it is absent. */
final class SharedData {

    private SharedData() {
    }

    static Path require(String relative) {
        String root = System.getProperty("newsgraph.shared.data");
        assumeTrue(root != null, "newsgraph.shared.data is not set");
        Path file = Path.of(root, relative);
        assumeTrue(Files.exists(file), file + " is absent");
        return file;
    }
}
