package io.github.imprint.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Where the test fixtures are, and requests for them. */
public final class Fixtures {

    private Fixtures() {}

    /** The repository's root, found from the core module's folder. */
    public static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("samples")) ? here : here.getParent();
    }

    public static Path sampleArticle() {
        return repository().resolve("samples/article");
    }

    /** The shared folder beside the clone, if it is there. */
    public static Optional<Path> shared() {
        String property = System.getProperty("imprint.shared");
        Path path = property != null ? Path.of(property) : repository().resolveSibling("shared");
        return Files.isDirectory(path) ? Optional.of(path.normalize()) : Optional.empty();
    }

    /** Whether a tool is installed: {@code command} (such as "pandoc --version") runs and succeeds. */
    public static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public static PublishRequest request(Path project, Path source, Path output) {
        return PublishRequest.of(source, project, output, "book")
                .identitySeed("test:" + project.getFileName())
                .formats(Set.of(Format.EPUB))
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(output.resolve("work"))
                .build();
    }

    /**
     * A writable copy of Les Misérables from {@code ../shared/corpus} at {@code work/project/book}, with
     * the one image the converted book names but does not ship (a placeholder, as its author would
     * supply); the test is skipped, with the reason, where the shared folder is absent.
     */
    public static Path lesMiserables(Path work) throws IOException {
        Optional<Path> shared = shared();
        Assumptions.assumeTrue(
                shared.isPresent() && Files.isDirectory(shared.get().resolve("corpus/les-miserables")),
                "../shared/corpus/les-miserables is not beside this clone; skipping the novel-length test");
        Path book = copy(shared.get().resolve("corpus/les-miserables"), work.resolve("project/book"));
        write(
                work.resolve("project"),
                "images/banknote.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\"><rect width=\"400\" height=\"200\" fill=\"#eee\"/></svg>\n");
        return book;
    }

    /** A writable copy of the folder {@code from} at {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /** Writes {@code text} to {@code project/relative}, making folders. */
    public static Path write(Path project, String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
