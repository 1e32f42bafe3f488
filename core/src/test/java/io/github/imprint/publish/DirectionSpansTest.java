package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.epub.EpubCheckResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A span in another language says its direction in the EPUB where that changes: Arabic in an
 * English text is {@code dir="rtl"}, English in a Hebrew one {@code dir="ltr"}; French in English
 * needs nothing. EPUBCheck stays clean.
 */
class DirectionSpansTest {

    @TempDir
    Path project;

    private String chapter(String language, String text) throws IOException {
        Fixtures.write(
                project,
                "src/a.md",
                "---\ntitle: Spans\nlanguage: " + language + "\nauthor: A. Writer\n---\n\n" + text + "\n");
        PublishResult result = Publisher.publish(
                PublishRequest.of(project.resolve("src/a.md"), project, project.resolve("out-" + language), "spans")
                        .formats(Set.of(Format.EPUB))
                        .workDirectory(project.resolve("out-" + language + "/work"))
                        .build());
        Path epub = result.editions().get(Format.EPUB).file();
        EpubCheckResult check = EpubCheckResult.check(epub);
        assertTrue(check.fatal() + check.errors() + check.warnings() == 0, check.messages());
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return zip.stream()
                    .filter(e -> e.getName().equals("EPUB/a.xhtml"))
                    .map(e -> {
                        try {
                            return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                        } catch (IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    })
                    .reduce("", String::concat);
        }
    }

    @Test
    void aSpanSaysItsDirectionWhereItChanges() throws IOException {
        String english = chapter(
                "en", "The word <span lang=\"ar\">سلام</span> means peace, and <span lang=\"fr\">paix</span> too.");
        assertTrue(english.contains("<span lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">"), english);
        assertTrue(english.contains("<span lang=\"fr\" xml:lang=\"fr\">"), english);
        String hebrew = chapter("he", "המילה <span lang=\"en\">Python</span> היא שם של שפה.");
        assertTrue(hebrew.contains("<span lang=\"en\" xml:lang=\"en\" dir=\"ltr\">"), hebrew);
        assertFalse(hebrew.contains("dir=\"rtl\"><span"), hebrew);
    }
}
