package io.github.imprint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.markdown.MetadataDraft;
import io.github.imprint.markdown.Sources;
import io.github.imprint.model.Publication;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.Publisher;
import io.github.imprint.theme.Theme;
import io.github.imprint.theme.ThemeLoader;
import io.github.imprint.typeset.Typesetter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Jazzer fuzz tests. In every {@code mvn verify} they replay the inputs stored under
 * {@code src/test/resources/io/github/imprint/fuzz/PublishFuzzTestInputs/} (seeds and any crash found
 * before), as regression tests; {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=PublishFuzzTest} fuzzes
 * for real. The contract: whatever the bytes, the sources either become a publication or fail with a
 * {@link PublishException} carrying positioned messages; never another exception, a hang or a crash.
 */
class PublishFuzzTest {

    static final Theme THEME = ThemeLoader.load(Optional.empty(), "", new Diagnostics());

    /** Markdown with front matter, read into the model. */
    @FuzzTest(maxDuration = "30s")
    void markdownFrontEnd(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        withProject(bytes, (project, source) -> {
            try {
                Sources.load(source, options(project), new Diagnostics());
            } catch (PublishException expected) {
                // bad input, reported with positions: the contract holds
            }
        });
    }

    /** The same, typeset into pages, so the engine meets what the front end lets through. */
    @FuzzTest(maxDuration = "30s")
    void throughTheTypesetter(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        withProject(bytes, (project, source) -> {
            try {
                Publication publication = Sources.load(source, options(project), new Diagnostics());
                PagedDocument pages = Typesetter.typeset(publication, THEME, new Diagnostics());
                if (pages.pages().isEmpty()) {
                    throw new AssertionError("a publication with no pages");
                }
            } catch (PublishException expected) {
                // reported
            }
        });
    }

    /** The whole publish path: both editions written, or positioned errors and nothing left behind. */
    @FuzzTest(maxDuration = "30s")
    void wholePublishPath(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        withProject(bytes, (project, source) -> {
            try {
                Publisher.publish(PublishRequest.of(source, project, project.resolve("out"), "a")
                        .identitySeed("fuzz")
                        .timestamp(Instant.EPOCH)
                        .workDirectory(project.resolve("work"))
                        .build());
            } catch (PublishException expected) {
                // reported
            }
        });
    }

    /** A theme from the fuzzer, read and then used to set a short article with a note, code and a table. */
    @FuzzTest(maxDuration = "30s")
    void themes(FuzzedDataProvider data) {
        byte[] yaml = data.consumeRemainingAsBytes();
        withProject(ARTICLE, (project, source) -> {
            try {
                Path file = Files.write(project.resolve("theme.yaml"), yaml);
                Theme theme = ThemeLoader.load(Optional.of(file), "theme.yaml", new Diagnostics());
                Publication publication = Sources.load(source, options(project), new Diagnostics());
                if (Typesetter.typeset(publication, theme, new Diagnostics())
                        .pages()
                        .isEmpty()) {
                    throw new AssertionError("a publication with no pages");
                }
            } catch (PublishException expected) {
                // a theme that cannot work, reported at its key
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final byte[] ARTICLE = utf8("# A heading\n\nText with `code`, *emphasis* and a note.[^1]\n\n"
            + "> A quotation.\n\n```java\nint x = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: The note.\n");

    static Sources.Options options(Path project) {
        return new Sources.Options(
                project,
                MetadataDraft.defaults("Fuzz", null, List.of(), null, null, null, "en"),
                "fuzz",
                Optional.empty());
    }

    interface Body {
        void run(Path project, Path source);
    }

    static void withProject(byte[] markdown, Body body) {
        Path project = null;
        try {
            project = Files.createTempDirectory("imprint-fuzz");
            Path source = Files.createDirectories(project.resolve("src"));
            Files.write(source.resolve("a.md"), markdown);
            body.run(project, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (project != null) {
                try (Stream<Path> files = Files.walk(project)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a temporary folder left behind is no failure
                }
            }
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
