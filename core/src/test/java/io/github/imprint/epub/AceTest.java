package io.github.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.publish.Fixtures;
import io.github.imprint.publish.Format;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.PublishResult;
import io.github.imprint.publish.Publisher;
import io.github.imprint.theme.ThemeLoader;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DAISY Ace, the accessibility checker, through {@code ../shared/tools/check-epub --ace} (which needs
 * node, npm and Debian's chromium; .ci/run installs chromium). Skipped, with the reason, where any of
 * them is missing; a report with violations fails.
 */
class AceTest {

    @TempDir
    Path out;

    @Test
    void sampleArticleHasNoAccessibilityViolations() throws Exception {
        Path project = Fixtures.sampleArticle();
        PublishResult result = Publisher.publish(Fixtures.request(project, project.resolve("src/main/markdown"), out));
        assertAcePasses(result.editions().values().iterator().next().file());
    }

    @Test
    void featureBookHasNoAccessibilityViolations() throws Exception {
        Path epub = EpubWriter.write(
                        EpubEditionTest.load(EpubEditionTest.featureBook()),
                        ThemeLoader.load(Optional.empty(), "", new Diagnostics()),
                        Instant.EPOCH,
                        out.resolve("features.epub"))
                .file();
        assertAcePasses(epub);
    }

    /** Imprint's guide, published with its PDF, so the EPUB also carries the print page list and markers. */
    @Test
    void sampleBookWithItsPageListHasNoAccessibilityViolations() throws Exception {
        Path project = Fixtures.repository().resolve("samples/book");
        PublishResult result =
                Publisher.publish(PublishRequest.of(project.resolve("src/main/markdown"), project, out, "guide")
                        .identitySeed("t")
                        .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                        .workDirectory(out.resolve("work"))
                        .build());
        assertAcePasses(result.editions().get(Format.EPUB).file());
    }

    /** The Cargo Book as its authors keep it (mdBook, raw HTML, headings that skip levels), where shared. */
    @Test
    void cargoBookAsKeptHasNoAccessibilityViolations() throws Exception {
        Optional<Path> book =
                Fixtures.shared().map(s -> s.resolve("corpus/cargo-book")).filter(Files::isDirectory);
        Assumptions.assumeTrue(book.isPresent(), "../shared/corpus/cargo-book is not beside the clone; skipped");
        PublishResult result =
                Publisher.publish(Fixtures.request(book.get(), book.get().resolve("src"), out));
        assertAcePasses(result.editions().get(Format.EPUB).file());
    }

    /** The world's pages in right-to-left and CJK scripts: direction, languages and embedded faces. */
    @ParameterizedTest
    @ValueSource(strings = {"ar-python", "he-html", "ja-python", "zh-cn-python", "ko-javascript"})
    void worldPagesHaveNoAccessibilityViolations(String page) throws Exception {
        Optional<Path> folder =
                Fixtures.shared().map(s -> s.resolve("corpus/world/" + page)).filter(Files::isDirectory);
        Assumptions.assumeTrue(folder.isPresent(), "../shared/corpus/world is not beside the clone; skipped");
        PublishResult result =
                Publisher.publish(PublishRequest.of(folder.get().resolve("article.md"), folder.get(), out, page)
                        .identitySeed("world")
                        .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                        .workDirectory(out.resolve("work"))
                        .build());
        assertAcePasses(result.editions().get(Format.EPUB).file());
    }

    private static void assertAcePasses(Path epub) throws IOException, InterruptedException, URISyntaxException {
        Optional<Path> tool =
                Fixtures.shared().map(s -> s.resolve("tools/check-epub")).filter(Files::isExecutable);
        Assumptions.assumeTrue(tool.isPresent(), "../shared/tools/check-epub is not beside this clone");
        Assumptions.assumeTrue(
                onPath("chromium") && onPath("npm"), "DAISY Ace needs chromium and npm; .ci/run installs them");
        Process process = new ProcessBuilder(tool.get().toString(), "--ace", epub.toString())
                .redirectErrorStream(true)
                .start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "Ace finished");
        String verdict = report.lines().reduce((a, b) -> b).orElse("");
        Assumptions.assumeFalse(verdict.contains("ace=n/a"), "Ace could not run here: " + verdict);
        assertTrue(verdict.contains("ace=pass"), report);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
