package io.github.imprint.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.imprint.publish.Format;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.PublishResult;
import io.github.imprint.publish.Publisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF Imprint writes claims PDF/A-2a and PDF/UA-1; veraPDF, run here in-process, says whether the
 * claims hold, for the sample article, the feature book from core's tests, the plugin's test book and,
 * when {@code ../shared} is beside the clone, Les Misérables.
 */
class PdfConformanceTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void foundry() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Path repository() {
        return Path.of(System.getProperty("imprint.repository", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** {@code ../shared} beside the clone, or where {@code -Dimprint.shared} says. */
    private static Path shared() {
        String property = System.getProperty("imprint.shared");
        return property == null ? repository().resolveSibling("shared") : Path.of(property);
    }

    static Path publish(Path project, Path source, String name) {
        PublishRequest request = PublishRequest.of(source, project, out.resolve(name), name)
                .identitySeed("test:" + name)
                .formats(Set.of(Format.PDF))
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(out.resolve(name + "-work"))
                .build();
        PublishResult result = Publisher.publish(request);
        return result.editions().get(Format.PDF).file();
    }

    /** The rules the file breaks under {@code flavour}, with how often, as "rule (n×): what it says". */
    static List<String> failures(Path pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            TreeMap<String, Integer> counts = new TreeMap<>();
            TreeMap<String, String> messages = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber();
                    counts.merge(rule, 1, Integer::sum);
                    messages.putIfAbsent(
                            rule,
                            assertion.getMessage() + " at "
                                    + assertion.getLocation().getContext());
                }
            }
            List<String> failed = new ArrayList<>();
            counts.forEach((rule, n) -> failed.add(rule + " (" + n + "×): " + messages.get(rule)));
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.add("not compliant, with no failed assertion listed");
            }
            return failed;
        }
    }

    static void assertConforms(Path pdf) throws Exception {
        assertEquals(List.of(), failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a: " + pdf.getFileName());
        assertEquals(List.of(), failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1: " + pdf.getFileName());
    }

    /** The validator is live: a PDF that makes no claims (no output intent, no identification) fails. */
    @Test
    void aFileWithoutTheClaimsFails() throws Exception {
        Path pdf = out.resolve("plain.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        List<String> a = failures(pdf, PDFAFlavour.PDFA_2_A);
        List<String> ua = failures(pdf, PDFAFlavour.PDFUA_1);
        Assertions.assertFalse(a.isEmpty(), "PDF/A-2a must fail");
        Assertions.assertFalse(ua.isEmpty(), "PDF/UA-1 must fail");
    }

    @Test
    void sampleArticle() throws Exception {
        Path project = repository().resolve("samples/article");
        assertConforms(publish(project, project.resolve("src/main/markdown"), "article"));
    }

    @Test
    void sampleBook() throws Exception {
        Path project = repository().resolve("samples/book");
        assertConforms(publish(project, project.resolve("src/main/markdown"), "guide"));
    }

    @Test
    void featureBook() throws Exception {
        Path books = repository().resolve("core/src/test/resources/books");
        assertConforms(publish(books, books.resolve("features"), "features"));
    }

    @Test
    void pluginTestBook() throws Exception {
        Path project = repository().resolve("plugin/src/it/book");
        assertConforms(publish(project, project.resolve("src/main/markdown"), "plugin-book"));
    }

    /** An SVG figure, drawn as a form of vectors, inside a Figure with its alternative text. */
    @Test
    void svgFigure() throws Exception {
        Path project = out.resolve("svg-project");
        Files.createDirectories(project.resolve("src/images"));
        Files.writeString(
                project.resolve("src/images/d.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\">"
                        + "<rect width=\"200\" height=\"100\" rx=\"8\" fill=\"#dde\" stroke=\"#336\"/>"
                        + "<circle cx=\"60\" cy=\"50\" r=\"30\" fill=\"#c33\"/></svg>");
        Files.writeString(
                project.resolve("src/a.md"),
                "---\ntitle: A figure\nlanguage: en\nauthor: A. Author\n---\n\n"
                        + "Some text.\n\n![A red circle on a grey card](images/d.svg \"The figure\")\n");
        assertConforms(publish(project, project.resolve("src"), "svg"));
    }

    /**
     * A table too wide for the measure on a page turned on its side, its cells tagged and one of them
     * a link, whose annotation is turned with it.
     */
    @Test
    void tableOnATurnedPage() throws Exception {
        Path project = out.resolve("turned-project");
        String row = "| Internationalisation | Responsibilities | Characteristically | Incomprehensibilities"
                + " | Establishment | [Documentation](https://example.com/docs) | Interoperability |\n";
        Files.createDirectories(project.resolve("src"));
        Files.writeString(
                project.resolve("src/a.md"),
                "---\ntitle: A wide table\nlanguage: en\nauthor: A. Author\n---\n\nText before.\n\n"
                        + "| a | b | c | d | e | f | g |\n|---|---|---|---|---|---|---|\n" + row + row
                        + "\nText after.\n");
        assertConforms(publish(project, project.resolve("src"), "turned"));
    }

    /**
     * A PNG with alpha, put in as an image with a soft mask in one pass (PngAlpha), and one without;
     * and a wide PNG with alpha and a JPEG, each too sharp for its printed size and so reduced to
     * 300 ppi (Downsampling).
     */
    @Test
    void pngFiguresWithAndWithoutAlpha() throws Exception {
        Path project = out.resolve("png-project");
        Files.createDirectories(project.resolve("src/images"));
        for (String name : List.of("rgba", "rgb", "wide-rgba", "photo")) {
            int width = name.startsWith("wide") ? 4000 : name.equals("photo") ? 3000 : 240;
            int height = width / 2;
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(
                    width,
                    height,
                    name.endsWith("rgba")
                            ? java.awt.image.BufferedImage.TYPE_INT_ARGB
                            : java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, (x + y) % 256 << 24 | (x & 0xFF) << 16 | (y & 0xFF) << 8 | 0x80);
                }
            }
            String type = name.equals("photo") ? "jpg" : "png";
            javax.imageio.ImageIO.write(
                    image,
                    type,
                    project.resolve("src/images/" + name + "." + type).toFile());
        }
        Files.writeString(
                project.resolve("src/a.md"),
                "---\ntitle: Four figures\nlanguage: en\nauthor: A. Author\n---\n\n"
                        + "Some text.\n\n![A gradient that fades out](images/rgba.png \"With alpha\")\n\n"
                        + "More text.\n\n![A gradient](images/rgb.png \"Without\")\n\n"
                        + "![A wide pattern that fades out](images/wide-rgba.png \"Reduced, with alpha\")\n\n"
                        + "![A photograph of a pattern](images/photo.jpg \"Reduced JPEG\")\n");
        assertConforms(publish(project, project.resolve("src"), "png"));
    }

    /**
     * The Cargo Book as its authors keep it (an mdBook: nested chapters, raw HTML option lists, headings
     * inside quotations): the claims hold whatever the authors' habits.
     */
    @Test
    void cargoBook() throws Exception {
        Path shared = shared();
        Path book = shared.resolve("corpus/cargo-book");
        Assumptions.assumeTrue(Files.isDirectory(book), "../shared/corpus/cargo-book is not beside the clone; skipped");
        assertConforms(publish(book, book.resolve("src"), "cargo"));
    }

    /** The world's Hindi page: Devanagari shaped (conjuncts, reordered signs, marks) with its text as ActualText. */
    @Test
    void hindiPage() throws Exception {
        Path shared = shared();
        Path page = shared.resolve("corpus/world/hi-json");
        Assumptions.assumeTrue(Files.isDirectory(page), "../shared/corpus/world is not beside the clone; skipped");
        assertConforms(publish(page, page.resolve("article.md"), "hindi"));
    }

    /**
     * The world's right-to-left pages: Arabic joined and marked, Persian and Hebrew, right to left with
     * left-to-right code, every glyph mapped to its text.
     */
    @Test
    void rightToLeftPages() throws Exception {
        worldPages("ar-python", "fa-javascript", "he-html");
    }

    private void worldPages(String... names) throws Exception {
        Path shared = shared();
        for (String name : names) {
            Path page = shared.resolve("corpus/world/" + name);
            Assumptions.assumeTrue(Files.isDirectory(page), "../shared/corpus/world is not beside the clone; skipped");
            assertConforms(publish(page, page.resolve("article.md"), name));
        }
    }

    /**
     * A theme's OpenType fonts with CFF outlines, a name-keyed one for the text and a CID-keyed one for
     * Japanese, each embedded as a CFF subset (CIDFontType0C) with its widths and a complete map to
     * Unicode.
     */
    @Test
    void openTypeFontsWithCffOutlines() throws Exception {
        Path project = out.resolve("cff-project");
        Path fonts = repository().resolve("core/src/test/resources/fonts/cff");
        Files.createDirectories(project.resolve("src"));
        Files.createDirectories(project.resolve("theme/fonts"));
        Files.copy(fonts.resolve("EBGaramond-Regular.otf"), project.resolve("theme/fonts/Garamond-Regular.otf"));
        Files.copy(fonts.resolve("NotoSansCJK-Regular.otf"), project.resolve("theme/fonts/Gothic-Regular.otf"));
        Files.writeString(
                project.resolve("theme/theme.yaml"),
                "fonts:\n  serif: fonts/Garamond\n  scripts: {hani: fonts/Gothic, hira: fonts/Gothic}\n");
        Files.writeString(
                project.resolve("src/a.md"),
                "---\ntitle: Office fluff\nlanguage: en\nauthor: A. Author\n---\n\n"
                        + "The office’s fluffy œuvre, 1984: a quick brown fox. In Japanese, 日本語の文章を組む。\n");
        PublishRequest request = PublishRequest.of(project.resolve("src"), project, out.resolve("cff"), "cff")
                .identitySeed("test:cff")
                .theme(java.util.Optional.of(project.resolve("theme/theme.yaml")))
                .formats(Set.of(Format.PDF))
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(out.resolve("cff-work"))
                .build();
        PublishResult result = Publisher.publish(request);
        assertEquals(List.of(), result.diagnostics());
        Path pdf = result.editions().get(Format.PDF).file();
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            List<String> faces = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                var font = document.getPage(0).getResources().getFont(name);
                faces.add(font.getName().replaceFirst("^[A-Z]{6}\\+", "") + " " + font.getSubType());
            }
            Assertions.assertTrue(faces.contains("EBGaramond12-Regular Type0"), faces.toString());
            Assertions.assertTrue(faces.contains("NotoSansCJKjp-Regular Type0"), faces.toString());
        }
        assertConforms(pdf);
    }

    /** The world's Chinese, Japanese and Korean pages, in the CJK faces, each language in its own forms. */
    @Test
    void cjkPages() throws Exception {
        worldPages("ja-python", "zh-cn-python", "ko-javascript");
    }

    @Test
    void novelLengthBook() throws Exception {
        Path shared = shared();
        Path corpus = shared.resolve("corpus/les-miserables");
        Assumptions.assumeTrue(
                Files.isDirectory(corpus),
                "../shared/corpus/les-miserables is not beside the clone; the novel-length check is skipped");
        Path project = out.resolve("les-miserables-project");
        Path book = project.resolve("book");
        Files.createDirectories(project.resolve("images"));
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.collect(Collectors.toList())) {
                Path copy = book.resolve(corpus.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        // the converted book names one image it does not ship; a placeholder stands in, as in core's tests
        Files.writeString(
                project.resolve("images/banknote.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\"><rect width=\"400\" height=\"200\" fill=\"#eee\"/></svg>\n");
        assertConforms(publish(project, book, "les-miserables"));
    }
}
