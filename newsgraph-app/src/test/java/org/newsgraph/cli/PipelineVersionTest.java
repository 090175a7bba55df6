package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineVersionTest {

    @TempDir
    Path dir;

    private final Map<String, String> files = new TreeMap<>(Map.of(
            "org/newsgraph/extract/Extractor.class", "extractor bytes",
            "org/newsgraph/events/verbs.txt", "ATTACK [190]",
            "org/newsgraph/web/app.js", "the web page",
            "org/newsgraph/cli/Main.class", "the command line"));

    @Test
    void a_jar_and_a_class_folder_of_the_same_entries_have_one_version() throws IOException {
        assertThat(PipelineVersion.of(List.of(jar("a.jar")))).isEqualTo(PipelineVersion.of(List.of(folder("a"))))
                .startsWith(PipelineVersion.RELEASE + "-").hasSize(PipelineVersion.RELEASE.length() + 9);
    }

    @Test
    void a_changed_dictionary_or_class_of_the_stages_changes_the_version_and_other_packages_do_not() throws IOException {
        String before = PipelineVersion.of(List.of(jar("before.jar")));
        files.put("org/newsgraph/web/app.js", "the web page, restyled");
        files.put("org/newsgraph/cli/Main.class", "another command line");
        assertThat(PipelineVersion.of(List.of(jar("ui.jar")))).isEqualTo(before);
        files.put("org/newsgraph/events/verbs.txt", "ATTACK [190]\nASSAULT [180]");
        assertThat(PipelineVersion.of(List.of(jar("dictionary.jar")))).isNotEqualTo(before);
    }

    @Test
    void this_build_has_a_fingerprinted_version_that_a_second_look_repeats() {
        String version = PipelineVersion.current();
        assertThat(version).matches(PipelineVersion.RELEASE + "-[0-9a-f]{8}");
        assertThat(PipelineVersion.current()).isEqualTo(version);
    }

    private Path jar(String name) throws IOException {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (var f : files.entrySet()) {
                out.putNextEntry(new JarEntry(f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private Path folder(String name) throws IOException {
        Path root = dir.resolve(name);
        for (var f : files.entrySet()) {
            Path file = root.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return root;
    }
}
