package io.github.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.markdown.MetadataDraft;
import io.github.imprint.markdown.Sources;
import io.github.imprint.model.Publication;
import io.github.imprint.publish.Fixtures;
import io.github.imprint.theme.ThemeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Les Misérables (570,000 words, 372 chapters) from {@code ../shared/corpus}: its EPUB passes EPUBCheck
 * and pandoc reads every word back in order. Skipped, with a message, where the shared folder is absent.
 */
class NovelLengthBookTest {

    @TempDir
    Path work;

    @Test
    void lesMiserablesPublishesCleanAndReadsBack() throws IOException, InterruptedException {
        Path book = Fixtures.lesMiserables(work);

        Diagnostics diagnostics = new Diagnostics();
        Publication publication = Sources.load(
                book,
                new Sources.Options(work.resolve("project"), new MetadataDraft(), "test", Optional.empty()),
                diagnostics);
        assertEquals(372, publication.chapters().size());
        assertEquals(
                List.of("image has no alt text", "footnote [^n112] is never called"),
                diagnostics.all().stream().map(Diagnostic::message).toList(),
                "the corpus's own two flaws, and nothing else");

        Path epub = EpubWriter.write(
                        publication,
                        ThemeLoader.load(Optional.empty(), "", new Diagnostics()),
                        Instant.parse("2026-01-01T00:00:00Z"),
                        work.resolve("les-miserables.epub"))
                .file();
        EpubCheckResult check = EpubCheckResult.check(epub);
        assertTrue(check.clean(), check.messages());
        String opf;
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            opf = new String(
                    zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(
                !opf.contains("dcterms:conformsTo"), "no conformance claim while an image lacks its text alternative");

        if (Pandoc.available()) {
            EpubEditionTest.assertWordsInOrder(publication, Pandoc.plainText(epub));
        }
    }
}
