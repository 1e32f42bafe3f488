package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;
import io.github.imprint.epub.EpubCheckResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme may name the project's own TrueType files for a role; both editions then use them. */
class ProjectFontTest {

    @TempDir
    Path project;

    private PublishRequest request(Path theme) {
        PublishRequest r = Fixtures.request(project, project.resolve("src"), project.resolve("target"));
        return r.with().theme(theme).formats(Set.of(Format.PDF, Format.EPUB)).build();
    }

    @Test
    void bothEditionsUseTheProjectsFont() throws IOException {
        Files.createDirectories(project.resolve("theme/fonts"));
        try (InputStream in = getClass().getResourceAsStream("/io/github/imprint/font/noto/NotoSans-Regular.ttf")) {
            Files.write(project.resolve("theme/fonts/House-Regular.ttf"), in.readAllBytes());
        }
        Path theme = Fixtures.write(project, "theme/theme.yaml", "fonts:\n  serif: fonts/House\n");
        Fixtures.write(
                project,
                "src/a.md",
                "---\ntitle: House style\nlanguage: en\n---\n\nText in the house face, *even in italic*.\n");
        PublishResult result = Publisher.publish(request(theme));
        assertEquals(List.of(), result.diagnostics());
        Path epub = result.editions().get(Format.EPUB).file();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            assertTrue(zip.getEntry("EPUB/fonts/house-regular.ttf") != null, "the project's font is embedded");
            String css = new String(
                    zip.getInputStream(zip.getEntry("EPUB/css/imprint.css")).readAllBytes());
            assertTrue(css.contains("font-family: \"House\", serif;"), css);
        }
        assertTrue(EpubCheckResult.check(epub).clean());
        assertTrue(result.editions().get(Format.PDF).pages() > 0);
    }

    @Test
    void aFontFileThatIsNotAFontIsAnErrorNamingTheFile() throws IOException {
        Fixtures.write(project, "theme/fonts/Broken-Regular.ttf", "not a font");
        Fixtures.write(project, "theme/fonts/Cff-Regular.ttf", "OTTO and then CFF outlines");
        Path theme = Fixtures.write(project, "theme/theme.yaml", "fonts:\n  sans: fonts/Broken\n  serif: fonts/Cff\n");
        Fixtures.write(project, "src/a.md", "---\ntitle: T\nlanguage: en\n---\n\nText.\n");
        PublishException e = assertThrows(PublishException.class, () -> Publisher.publish(request(theme)));
        assertEquals(
                List.of(
                        "theme/theme.yaml:3:10: fonts/Cff-Regular.ttf is an OpenType font with CFF outlines, which"
                                + " Imprint cannot embed yet; use its TrueType (glyf) build",
                        "theme/theme.yaml:2:9: fonts/Broken-Regular.ttf is not a TrueType font (bad table directory)"),
                e.diagnostics().stream()
                        .map(Diagnostic::headline)
                        .sorted(Comparator.reverseOrder())
                        .toList());
    }

    @Test
    void aFontPathThatFindsNoFileKeepsTheNamingHint() throws IOException {
        Path theme = Fixtures.write(project, "theme/theme.yaml", "fonts:\n  sans: fonts/Nowhere\n");
        Fixtures.write(project, "src/a.md", "---\ntitle: T\nlanguage: en\n---\n\nText.\n");
        PublishException e = assertThrows(PublishException.class, () -> Publisher.publish(request(theme)));
        assertEquals(
                List.of("theme/theme.yaml:2:9: 'fonts/Nowhere' is not a valid value for fonts.sans\n  hint: expected a"
                        + " bundled family (Noto Serif, Noto Sans, Noto Sans Mono) or the path of TrueType files"
                        + " without their style, relative to the theme: fonts/Lora for fonts/Lora-Regular.ttf"),
                e.diagnostics().stream()
                        .map(d -> d.toString().replace(System.lineSeparator(), "\n"))
                        .toList());
    }
}
