package io.github.imprint.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {

    @TempDir
    Path project;

    private BuildState state(String configuration) {
        return BuildState.of(
                project.resolve("target/imprint/book.state"),
                configuration,
                project.resolve("src"),
                project.resolve("theme.yaml"));
    }

    private List<Path> built() throws IOException {
        Files.createDirectories(project.resolve("target"));
        return List.of(
                Files.writeString(project.resolve("target/book.pdf"), "pdf"),
                Files.writeString(project.resolve("target/book.epub"), "epub"));
    }

    @Test
    void unchangedInputsAndEditionsAreUpToDate() throws IOException {
        Files.createDirectories(project.resolve("src/images"));
        Files.writeString(project.resolve("src/a.md"), "# A\n");
        Files.write(project.resolve("src/images/i.png"), new byte[] {1, 2, 3});
        Files.writeString(project.resolve("theme.yaml"), "body:\n  size: 11pt\n");
        List<Path> editions = built();
        assertFalse(state("v1").upToDate(editions), "never built");
        state("v1").save(editions);
        assertTrue(state("v1").upToDate(editions));

        assertFalse(state("v2").upToDate(editions), "another plugin version or configuration");
        Files.write(project.resolve("src/images/i.png"), new byte[] {1, 2, 4});
        assertFalse(state("v1").upToDate(editions), "an image changed");
        state("v1").save(editions);
        Files.writeString(project.resolve("theme.yaml"), "body:\n  size: 12pt\n");
        assertFalse(state("v1").upToDate(editions), "the theme changed");
        state("v1").save(editions);
        Files.createDirectories(project.resolve("fonts"));
        Files.write(project.resolve("fonts/Face-Regular.otf"), new byte[] {'O', 'T', 'T', 'O'});
        assertFalse(state("v1").upToDate(editions), "a theme's OpenType font appeared");
        state("v1").save(editions);
        Files.write(project.resolve("fonts/Face-Regular.otf"), new byte[] {'O', 'T', 'T', 'O', 0});
        assertFalse(state("v1").upToDate(editions), "it changed");
        state("v1").save(editions);
        Files.writeString(project.resolve("target/book.pdf"), "edited");
        assertFalse(state("v1").upToDate(editions), "an edition was changed since");
        state("v1").save(editions);
        Files.delete(project.resolve("target/book.epub"));
        assertFalse(state("v1").upToDate(editions), "an edition is missing");
    }
}
