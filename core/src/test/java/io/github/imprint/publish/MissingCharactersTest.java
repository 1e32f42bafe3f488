package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.imprint.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters no font has: one line for all of them, however many, each at its first use to the line
 * and column, on whichever line of a paragraph, list or code block it stands.
 */
class MissingCharactersTest {

    @TempDir
    Path project;

    private List<String> warnings(String body) throws IOException {
        Path source = Fixtures.write(project, "src/a.md", "---\ntitle: T\nlanguage: en\n---\n\n" + body);
        PublishResult result = Publisher.publish(Fixtures.request(project, source, project.resolve("out"))
                .with()
                .formats(Set.of(Format.PDF))
                .build());
        return result.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void oneCharacterOnceAtItsColumn() throws IOException {
        assertEquals(
                List.of("src/a.md:6:9: character U+E000 '\uE000' is in none of the fonts; it is left out of the PDF"),
                warnings("A face: \uE000 and again \uE000.\n"));
    }

    @Test
    void manyCharactersOnOneLineEachAtItsFirstUse() throws IOException {
        assertEquals(
                List.of("src/a.md:6:9: 4 characters are in none of the fonts and are left out of the PDF: U+E000"
                        + " '\uE000', U+E001 '\uE001' at src/a.md:7:6, U+E002 '\uE002' at src/a.md:11:7,"
                        + " U+E003 '\uE003' at src/a.md:15:5"),
                warnings(
                        "Private \uE000 and\nthen \uE001.\n\n- one\n- two\n  and \uE002 here\n\n```\nfn x()\n    \uE003\n```\n"));
    }
}
