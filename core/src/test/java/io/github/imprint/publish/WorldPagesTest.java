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
 * Devanagari, Arabic, Hebrew), each published as an article: no character left out, every word of the
 * source read back from the PDF in order (pdftotext; at least 99 %, as the issue asks; for the
 * right-to-left pages what poppler can give, below), and an EPUB that passes EPUBCheck. The
 * right-to-left pages also say so in both editions. The CJK pages wait for the CJK fonts.
 */
class WorldPagesTest {

    /*
     * The right-to-left pages are read back as every other page is: 0.996 of the Arabic page's words,
     * 0.999 of the Persian and all of the Hebrew. A mark on its letter and Noto Naskh's lam-alef are each
     * drawn as one composite glyph, which poppler takes whole; what is still lost is a haraka on a word's
     * last letter, which poppler's reading in content order puts before the word. (Drawn from the right
     * end, in reading order, the pages gave back 0.53, 0.37 and 0.28; left to right without the
     * composites, 0.944, 0.995 and 1.00.)
     */

    /** Both editions say the book reads right to left: documents, spine, viewer and page sides. */
    private static void readsRightToLeft(PublishResult result) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(
                result.editions().get(Format.EPUB).file().toFile())) {
            String opf = new String(
                    zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(opf.contains("page-progression-direction=\"rtl\""), opf);
            String chapter = zip.stream()
                    .filter(e -> e.getName().matches("EPUB/(?!nav|cover|titlepage)[^/]*\\.xhtml"))
                    .findFirst()
                    .map(e -> {
                        try {
                            return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                        } catch (java.io.IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    })
                    .orElseThrow();
            assertTrue(chapter.contains(" dir=\"rtl\""), "the chapter's root is dir=rtl");
            assertTrue(!chapter.contains("<pre>"), "code reads left to right in a right-to-left chapter");
        }
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                result.editions().get(Format.PDF).file().toFile())) {
            assertEquals("R2L", pdf.getDocumentCatalog().getViewerPreferences().getReadingDirection());
        }
    }

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
                "vi-python",
                "ar-python",
                "fa-javascript",
                "he-html",
                "ja-python",
                "zh-cn-python",
                "ko-javascript"
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
        Path pdfFile = result.editions().get(Format.PDF).file();
        if (page.matches("(ar|fa|he)-.*")) {
            readsRightToLeft(result);
        }
        double pdf = ReadBack.inOrder(words, ReadBack.words(ReadBack.pdfText(pdfFile)));
        assertTrue(pdf >= 0.99, page + ": the PDF gives back " + pdf + " of " + words.size() + " words");
    }
}
