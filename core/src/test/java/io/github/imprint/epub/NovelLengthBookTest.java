package io.github.imprint.epub;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.markdown.MetadataDraft;
import io.github.imprint.markdown.Sources;
import io.github.imprint.model.Publication;
import io.github.imprint.publish.Fixtures;
import io.github.imprint.theme.ThemeLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Les Misérables (570,000 words, 372 chapters) from {@code ../shared/corpus}: its EPUB passes EPUBCheck
 * and pandoc reads every word back in order. Skipped, with a message, where the shared folder is absent.
 */
class NovelLengthBookTest {

    @TempDir
    Path work;

    @Test
    void lesMiserablesPublishesCleanAndReadsBack() throws IOException, InterruptedException {
        Optional<Path> shared = Fixtures.shared();
        Assumptions.assumeTrue(shared.isPresent() && Files.isDirectory(shared.get().resolve("corpus/les-miserables")),
                "../shared/corpus/les-miserables is not beside this clone; skipping the novel-length test");
        Path book = copy(shared.get().resolve("corpus/les-miserables"), work.resolve("project/book"));
        // The converted book names an image it does not ship; give it one, as its author would.
        Files.createDirectories(work.resolve("project/images"));
        Files.writeString(work.resolve("project/images/banknote.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\"><rect width=\"400\" height=\"200\" fill=\"#eee\"/></svg>\n");

        Diagnostics diagnostics = new Diagnostics();
        Publication publication = Sources.load(book, new Sources.Options(work.resolve("project"), new MetadataDraft(),
                "test", Optional.empty()), diagnostics);
        assertEquals(372, publication.chapters().size());
        assertEquals(List.of("image has no alt text", "footnote [^n112] is never called"),
                diagnostics.all().stream().map(Diagnostic::message).toList(), "the corpus's own two flaws, and nothing else");

        Path epub = EpubWriter.write(publication, ThemeLoader.load(Optional.empty(), "", new Diagnostics()),
                Instant.parse("2026-01-01T00:00:00Z"), work.resolve("les-miserables.epub")).file();
        EpubCheckResult check = EpubCheckResult.check(epub);
        assertTrue(check.clean(), check.messages());
        String opf;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            opf = new String(zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(!opf.contains("dcterms:conformsTo"), "no conformance claim while an image lacks its text alternative");

        if (Pandoc.available()) {
            EpubEditionTest.assertWordsInOrder(publication, Pandoc.plainText(epub));
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
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
}
