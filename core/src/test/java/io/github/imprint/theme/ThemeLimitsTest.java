package io.github.imprint.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Theme values of the right form that no page could be set with: each one an error at its key. */
class ThemeLimitsTest {

    @TempDir
    Path dir;

    private List<String> errors(String yaml) throws IOException {
        Path theme = Files.writeString(dir.resolve("theme.yaml"), yaml);
        PublishException e = assertThrows(
                PublishException.class, () -> ThemeLoader.load(Optional.of(theme), "theme.yaml", new Diagnostics()));
        return e.diagnostics().stream()
                .map(d -> d.headline() + "\n  hint: " + d.hint())
                .toList();
    }

    @Test
    void aSizeOfNothingIsAnErrorAtItsKeyWithTheRange() throws IOException {
        assertEquals(
                List.of("theme.yaml:1:14: body.size is 0pt; a font size must be at least 1pt\n"
                        + "  hint: give a size from 1pt to 481.89pt, such as 10pt"),
                errors("body: {size: 0pt}\n"));
        assertEquals(1, errors("body: {size: 0.0001pt}\n").size(), "reported once, not for every element");
    }

    @Test
    void aNegativeHeadingSizeAndAHugeBodySizeAreErrors() throws IOException {
        assertTrue(errors("h1: {size: -5pt}\n").get(0).startsWith("theme.yaml:1:12: h1.size is -5pt"));
        String huge = errors("body: {size: 5000pt, leading: 5000pt}\n").get(0);
        assertTrue(
                huge.startsWith("theme.yaml:1:14: body.size is 5000pt; a font size must be at least 1pt and"
                        + " no taller than the text block"),
                huge);
    }

    @Test
    void marginsThatLeaveNoTextBlockNameThePagesRealSize() throws IOException {
        assertEquals(
                List.of("theme.yaml:1:20: top and bottom margins are 322 mm; the page is 210 mm tall\n"
                        + "  hint: leave a text block of at least 10 lines of body text (49 mm) down:"
                        + " make the margins smaller or page.size larger"),
                errors("page: {margin-top: 300mm}\n"));
    }

    @Test
    void anIndentThatLeavesLessThanHalfTheMeasureIsAnError() throws IOException {
        String indent = errors("body: {indent: 500mm}\n").get(0);
        assertTrue(
                indent.startsWith("theme.yaml:1:16: body.indent is 500 mm; it leaves less than half of the measure"),
                indent);
        assertTrue(errors("blockquote: {space-before: -2pt}\n").get(0).contains("cannot be negative"));
    }

    @Test
    void aLeadingBelowTheSizeIsAWarning() throws IOException {
        Path theme = Files.writeString(dir.resolve("theme.yaml"), "h2: {size: 14pt, leading: 10pt}\n");
        Diagnostics diagnostics = new Diagnostics();
        ThemeLoader.load(Optional.of(theme), "theme.yaml", diagnostics);
        assertEquals(
                List.of("theme.yaml:1:27: h2.leading (10pt) is less than h2.size (14pt): its lines would overlap"),
                diagnostics.all().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void theBundledThemesKeepTheirLimits() {
        for (String name : ThemeLoader.BUNDLED_THEMES) {
            Diagnostics diagnostics = new Diagnostics();
            ThemeLoader.load(Optional.of(Path.of(name)), name, diagnostics);
            assertEquals(List.of(), diagnostics.all(), name);
        }
        Diagnostics diagnostics = new Diagnostics();
        ThemeLoader.load(Optional.empty(), "default", diagnostics);
        assertEquals(List.of(), diagnostics.all());
    }
}
