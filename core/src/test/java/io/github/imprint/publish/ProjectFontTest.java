package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme may name the project's own TrueType or OpenType files for a role; both editions then use them. */
class ProjectFontTest {

    @TempDir
    Path project;

    private PublishRequest request(Path theme) {
        PublishRequest r = Fixtures.request(project, project.resolve("src"), project.resolve("target"));
        return r.with().theme(theme).formats(Set.of(Format.PDF, Format.EPUB)).build();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ProjectFontTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /** A font from the test resources as the theme's {@code fonts/FILE}. */
    private void install(String resource, String file) throws IOException {
        Files.createDirectories(project.resolve("theme/fonts"));
        Files.write(project.resolve("theme/fonts/" + file), resource(resource));
    }

    @Test
    void bothEditionsUseTheProjectsFont() throws IOException {
        install("/io/github/imprint/font/noto/NotoSans-Regular.ttf", "House-Regular.ttf");
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

    /**
     * An OpenType font with CFF outlines, as foundries ship them: the PDF embeds a CFF subset
     * (CIDFontType0C) whose text reads back, the EPUB an OpenType subset that EPUBCheck passes.
     */
    @Test
    void bothEditionsSubsetAnOpenTypeFontWithCffOutlines() throws IOException {
        install("/fonts/cff/EBGaramond-Regular.otf", "Garamond-Regular.otf");
        Path theme = Fixtures.write(project, "theme/theme.yaml", "fonts:\n  serif: fonts/Garamond\n");
        Fixtures.write(
                project,
                "src/a.md",
                "---\ntitle: Office\nlanguage: en\n---\n\nThe office’s fluffy œuvre, 1984: a quick brown fox.\n");
        PublishResult result = Publisher.publish(request(theme));
        assertEquals(List.of(), result.diagnostics());
        try (PDDocument pdf =
                Loader.loadPDF(result.editions().get(Format.PDF).file().toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("The office’s fluffy œuvre, 1984: a quick brown fox."), text);
            PDFont face = null;
            for (COSName name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                if (font.getName().endsWith("+EBGaramond12-Regular")) {
                    face = font;
                }
            }
            assertTrue(face instanceof PDType0Font, "the CFF face is a Type 0 font");
            PDCIDFont cid = ((PDType0Font) face).getDescendantFont();
            assertTrue(cid instanceof PDCIDFontType0, "over a CIDFontType0");
            assertTrue(cid.getFontDescriptor().getFontFile3() != null, "its CFF program is embedded");
            assertTrue(cid.getFontDescriptor().getFontFile3().toByteArray().length < 40_000, "and subset");
        }
        Path epub = result.editions().get(Format.EPUB).file();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            assertTrue(zip.getEntry("EPUB/fonts/garamond-regular.otf") != null, "the project's font is embedded");
            assertTrue(zip.getEntry("EPUB/fonts/garamond-regular.otf").getSize() < 80_000, "as a subset");
            String opf = new String(
                    zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes());
            assertTrue(opf.contains("href=\"fonts/garamond-regular.otf\" media-type=\"font/otf\""), opf);
        }
        assertTrue(EpubCheckResult.check(epub).clean());
    }

    @Test
    void aFontFileThatIsNotAFontIsAnErrorNamingTheFile() throws IOException {
        Fixtures.write(project, "theme/fonts/Broken-Regular.ttf", "not a font");
        Fixtures.write(project, "theme/fonts/Cff-Regular.otf", "OTTO and then no tables at all");
        byte[] damaged = resource("/fonts/cff/EBGaramond-Regular.otf");
        for (int entry = 12; entry < 12 + 16 * (damaged[5] & 0xFF); entry += 16) { // the CFF table's start, 0xFF
            if (new String(damaged, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("CFF ")) {
                int at = java.nio.ByteBuffer.wrap(damaged, entry + 8, 4).getInt();
                java.util.Arrays.fill(damaged, at + 4, at + 40, (byte) 0xFF);
            }
        }
        Files.write(project.resolve("theme/fonts/Damaged-Regular.otf"), damaged);
        Path theme = Fixtures.write(
                project,
                "theme/theme.yaml",
                "fonts:\n  sans: fonts/Broken\n  serif: fonts/Cff\n  mono: fonts/Damaged\n");
        Fixtures.write(project, "src/a.md", "---\ntitle: T\nlanguage: en\n---\n\nText.\n");
        PublishException e = assertThrows(PublishException.class, () -> Publisher.publish(request(theme)));
        assertEquals(
                List.of(
                        "theme/theme.yaml:4:9: fonts/Damaged-Regular.otf is not an OpenType font (Illegal (< 1 or"
                                + " > 4) offSize value 255 in CFF font at position 6)",
                        "theme/theme.yaml:3:10: fonts/Cff-Regular.otf is not an OpenType font (Unexpected end of TTF"
                                + " stream reached)",
                        "theme/theme.yaml:2:9: fonts/Broken-Regular.ttf is not a TrueType or OpenType font (bad table"
                                + " directory)"),
                e.diagnostics().stream()
                        .map(Diagnostic::headline)
                        .sorted(Comparator.reverseOrder())
                        .toList());
    }

    /** A font whose tables read but whose outlines call what is not there fails at its file, in words. */
    @Test
    void aFontWhoseOutlinesCannotBeSubsetIsAnErrorAtItsFile() throws IOException {
        install("/fonts/cff/BadSubroutine-Regular.otf", "Bad-Regular.otf");
        Path theme = Fixtures.write(project, "theme/theme.yaml", "fonts:\n  serif: fonts/Bad\n");
        Fixtures.write(project, "src/a.md", "---\ntitle: T\nlanguage: en\n---\n\nA text.\n");
        PublishException e = assertThrows(PublishException.class, () -> Publisher.publish(request(theme)));
        assertEquals(
                List.of("theme/fonts/Bad-Regular.otf:1:1: font cannot be subset: a glyph's outline calls subroutine"
                        + " 2000, which it does not have\n  hint: the font file is damaged: export it again from"
                        + " the font's source, or use another copy"),
                e.diagnostics().stream()
                        .map(d -> d.toString().replace(System.lineSeparator(), "\n"))
                        .toList());
        assertFalse(Files.exists(project.resolve("target/a.pdf")), "nothing half-written is left");
    }

    @Test
    void aFontPathThatFindsNoFileKeepsTheNamingHint() throws IOException {
        Path theme = Fixtures.write(project, "theme/theme.yaml", "fonts:\n  sans: fonts/Nowhere\n");
        Fixtures.write(project, "src/a.md", "---\ntitle: T\nlanguage: en\n---\n\nText.\n");
        PublishException e = assertThrows(PublishException.class, () -> Publisher.publish(request(theme)));
        assertEquals(
                List.of("theme/theme.yaml:2:9: 'fonts/Nowhere' is not a valid value for fonts.sans\n  hint: expected a"
                        + " bundled family (Noto Serif, Noto Sans, Noto Sans Mono) or the path of font files (.ttf or"
                        + " .otf) without their style, relative to the theme: fonts/Lora for fonts/Lora-Regular.ttf"),
                e.diagnostics().stream()
                        .map(d -> d.toString().replace(System.lineSeparator(), "\n"))
                        .toList());
    }
}
