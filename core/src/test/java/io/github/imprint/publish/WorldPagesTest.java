package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.epub.EpubCheckResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages of {@code ../shared/corpus/world} whose scripts Imprint sets (Latin, Cyrillic, Greek,
 * Devanagari), each published as an article: no character left out, every word of the source read
 * back from the PDF in order (pdftotext; at least 99 %, as the issue asks), and an EPUB that passes
 * EPUBCheck. The Arabic, Persian, Hebrew and CJK pages wait for bidirectional text and the CJK fonts.
 */
class WorldPagesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cs-python",
                "de-python",
                "el-python",
                "en-python",
                "fr-python",
                "hi-json",
                "ru-python",
                "vi-python"
            })
    void aPageInItsScriptReadsBackWhole(String page) throws Exception {
        Optional<Path> world =
                Fixtures.shared().map(s -> s.resolve("corpus/world")).filter(Files::isDirectory);
        Assumptions.assumeTrue(world.isPresent(), "../shared/corpus/world is not beside the clone; skipped");
        Path folder = world.get().resolve(page);
        Path out = Files.createTempDirectory("world-" + page);
        PublishResult result = Publisher.publish(PublishRequest.of(folder.resolve("article.md"), folder, out, page)
                .identitySeed("world")
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(out.resolve("work"))
                .build());
        List<String> missing = result.diagnostics().stream()
                .map(Diagnostic::toString)
                .filter(d -> d.contains("none of the fonts"))
                .toList();
        assertEquals(List.of(), missing);
        EpubCheckResult check =
                EpubCheckResult.check(result.editions().get(Format.EPUB).file());
        assertEquals(0, check.fatal() + check.errors() + check.warnings(), check.messages());

        Assumptions.assumeTrue(
                ReadBack.available("pandoc") && ReadBack.available("pdftotext"),
                "pandoc and pdftotext read the editions back; .ci/run installs them");
        String source = Files.readString(folder.resolve("article.md"), StandardCharsets.UTF_8);
        Path body = Files.writeString(out.resolve("body.md"), source.substring(source.indexOf("\n---", 3) + 4));
        List<String> words = ReadBack.words(ReadBack.markdownText(body));
        double pdf = ReadBack.inOrder(
                words,
                ReadBack.words(
                        ReadBack.pdfText(result.editions().get(Format.PDF).file())));
        assertTrue(pdf >= 0.99, page + ": the PDF gives back " + pdf + " of " + words.size() + " words");
    }
}
