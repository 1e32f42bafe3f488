package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.epub.EpubCheckResult;
import io.github.imprint.markdown.MetadataDraft;
import io.github.imprint.markdown.Sources;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Publication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cargo Book from {@code ../shared/corpus/cargo-book}, exactly as its authors keep it (an mdBook:
 * {@code SUMMARY.md}, {@code book.toml} one level up, chapters in nested folders): every chapter it
 * lists, in its order and nesting, in both editions, and an EPUB that passes EPUBCheck. Skipped, with
 * a message, where the shared folder is absent.
 */
class CargoBookTest {

    @TempDir
    Path out;

    private static Path book() {
        Optional<Path> book =
                Fixtures.shared().map(s -> s.resolve("corpus/cargo-book")).filter(Files::isDirectory);
        Assumptions.assumeTrue(book.isPresent(), "../shared/corpus/cargo-book is not beside the clone; skipped");
        return book.get();
    }

    /** The chapter files SUMMARY.md links to, in order, read here with a pattern of our own. */
    private static List<String> listed(Path book) throws IOException {
        String summary = Files.readString(book.resolve("src/SUMMARY.md"), StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("\\]\\(([^)]+\\.md)\\)").matcher(summary);
        List<String> files = new ArrayList<>();
        while (link.find()) {
            files.add(link.group(1));
        }
        return files;
    }

    @Test
    void everyChapterInTheOutlinesOrderAndNesting() throws IOException {
        Path book = book();
        Publication publication = Sources.load(
                book.resolve("src"),
                new Sources.Options(
                        book,
                        MetadataDraft.defaults(null, null, List.of(), null, null, null, null),
                        "t",
                        Optional.empty()),
                new Diagnostics());
        List<String> expected = listed(book).stream()
                .map(f -> f.replaceFirst("\\.md$", "").replace('/', '-'))
                .toList();
        assertEquals(expected, publication.chapters().stream().map(Chapter::id).toList());
        assertEquals("The Cargo Book", publication.metadata().title(), "from book.toml");
        Chapter targets = publication.chapters().stream()
                .filter(c -> c.id().equals("reference-cargo-targets"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, targets.depth(), "Cargo Targets is a section of The Manifest Format, in the Reference");
    }

    @Test
    void bothEditionsArePublishedAndTheEpubPassesEpubCheck() throws IOException {
        Path book = book();
        PublishResult result = Publisher.publish(PublishRequest.of(book.resolve("src"), book, out, "cargo")
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(out.resolve("work"))
                .build());
        PublishResult.Edition pdf = result.editions().get(Format.PDF);
        assertEquals(listed(book).size(), pdf.chapters());
        assertTrue(pdf.pages() > 500, "the whole book: " + pdf.pages() + " pages");
        long lines = result.diagnostics().stream()
                .mapToLong(d -> 1 + d.hint().lines().count())
                .sum();
        assertTrue(lines < 20, "fewer than 20 warning lines, as Maven prints them: " + result.diagnostics());
        EpubCheckResult check =
                EpubCheckResult.check(result.editions().get(Format.EPUB).file());
        assertEquals(0, check.fatal() + check.errors(), check.messages());
        readsBackWhole(book, result);
    }

    /**
     * Every word of the sources, HTML text included, in both editions and in order, as pandoc reads the
     * sources and the EPUB and pdftotext the PDF. What may be missing are mdBook's hidden lines in Rust
     * code (left out on purpose) and words a reader's tool splits differently.
     */
    private static void readsBackWhole(Path book, PublishResult result) throws IOException {
        Assumptions.assumeTrue(
                ReadBack.available("pandoc") && ReadBack.available("pdftotext"),
                "pandoc and pdftotext read the editions back; .ci/run installs them");
        try {
            List<String> source = new ArrayList<>();
            for (String file : listed(book)) {
                source.addAll(
                        ReadBack.words(ReadBack.markdownText(book.resolve("src").resolve(file))));
            }
            double pdf = ReadBack.inOrder(
                    source,
                    ReadBack.words(
                            ReadBack.pdfText(result.editions().get(Format.PDF).file())));
            double epub = ReadBack.inOrder(
                    source,
                    ReadBack.words(
                            ReadBack.epubText(result.editions().get(Format.EPUB).file())));
            String figures = String.format("PDF %.4f, EPUB %.4f of %d words", pdf, epub, source.size());
            System.out.println("Cargo Book read back: " + figures);
            assertTrue(pdf >= 0.995 && epub >= 0.995, figures);
            List<Path> files = listed(book).stream()
                    .map(f -> book.resolve("src").resolve(f))
                    .toList();
            List<String> bad = CodeWraps.badWraps(
                    ReadBack.pdfText(result.editions().get(Format.PDF).file()), CodeWraps.sourceLines(files));
            String wraps = bad.remove(bad.size() - 1);
            System.out.println("Cargo Book code lines wrapped: " + wraps + ", inside a token: " + (bad.size()));
            assertTrue(Integer.parseInt(wraps) > 20, "the book's long code lines wrap: " + wraps);
            assertEquals(List.of(), bad, "code lines wrapped inside a name, a number or a string");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
