package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input made to hurt: each case ends in a clear error at a position with a hint, or in both editions
 * published with nothing lost; never a stack trace, a hang or an exhausted heap.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {

    @TempDir
    Path project;

    private PublishResult publish() {
        return publish(project.resolve("out"));
    }

    private PublishResult publish(Path out) {
        return Publisher.publish(PublishRequest.of(project.resolve("src"), project, out, "a")
                .identitySeed("t")
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(project.resolve("work"))
                .build());
    }

    private void article(String body) throws IOException {
        Fixtures.write(project, "src/a.md", "---\ntitle: Hostile\nlanguage: en\n---\n\n" + body);
    }

    private Diagnostic error() {
        PublishException e = assertThrows(PublishException.class, this::publish);
        List<Diagnostic> errors =
                e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(!errors.get(0).hint().isBlank());
        return errors.get(0);
    }

    @Test
    void aHundredThousandNestedBlockQuotes() throws IOException {
        article("> ".repeat(100_000) + "deep\n");
        Diagnostic d = error();
        assertTrue(d.toString().contains("src/a.md:") && d.toString().contains("nested"), d.toString());
    }

    @Test
    void aHundredThousandNestedListLevels() throws IOException {
        // "- - - x" opens a list inside a list item on one line: a hundred thousand levels in 200 kB
        article("- ".repeat(100_000) + "level\n");
        Diagnostic d = error();
        assertTrue(d.toString().contains("nested"), d.toString());
    }

    /** Documented graceful result: a ten-million-character paragraph is set, every word of it. */
    @Test
    void aLineOfTenMillionCharacters() throws IOException {
        article("word ".repeat(1_999_999) + "last\n");
        PublishResult result = publish();
        assertTrue(result.editions().get(Format.PDF).pages() > 1000, "the paragraph fills its pages");
        try (ZipFile zip = new ZipFile(result.editions().get(Format.EPUB).file().toFile())) {
            String chapter =
                    new String(zip.getInputStream(zip.getEntry("EPUB/a.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(chapter.contains("word last"), "the paragraph is whole in the EPUB");
        }
    }

    @Test
    void aTableOfTenThousandColumns() throws IOException {
        article("|" + " c |".repeat(10_000) + "\n|" + "---|".repeat(10_000) + "\n|" + " 1 |".repeat(10_000) + "\n");
        Diagnostic d = error();
        assertTrue(d.toString().contains("columns"), d.toString());
    }

    @Test
    void controlCharactersBomSurrogatesBidiAndJoinersGoThrough() throws IOException {
        Files.createDirectories(project.resolve("src"));
        String text = "\uFEFF---\ntitle: Odd text\nlanguage: en\n---\n\nNUL\u0000here, bell\u0007, "
                + "combining e\u0301, joiner 👩\u200D💻, Hebrew שלום and Arabic مرحبا, zero\u200Bwidth.\n";
        Files.writeString(project.resolve("src/a.md"), text);
        PublishResult result = publish();
        assertTrue(Files.size(result.editions().get(Format.PDF).file()) > 0);
        assertTrue(Files.size(result.editions().get(Format.EPUB).file()) > 0);
    }

    @Test
    void anSvgWithADoctypeOrAScriptIsRefused() throws IOException {
        Fixtures.write(
                project,
                "src/images/x.svg",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&e;</text></svg>");
        article("![An attempt](images/x.svg)\n");
        Diagnostic d = error();
        assertTrue(d.toString().contains("src/a.md:") && d.toString().contains("x.svg"), d.toString());
        Fixtures.write(
                project,
                "src/images/x.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                        + "<script>alert(1)</script></svg>");
        Diagnostic script = error();
        assertTrue(script.toString().contains("script"), script.toString());
    }

    /** A PNG whose header is whole but whose pixels are cut off: an error naming the file, nothing written. */
    @Test
    void aTruncatedPng() throws IOException {
        BufferedImage picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 200; x++) {
            picture.setRGB(x, x % 100, 0xFF0000 + x);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        byte[] bytes = png.toByteArray();
        Files.createDirectories(project.resolve("src/images"));
        Files.write(project.resolve("src/images/cut.png"), Arrays.copyOf(bytes, 60));
        article("![A picture cut short](images/cut.png)\n");
        Diagnostic d = error();
        assertTrue(d.toString().startsWith("src/images/cut.png") && d.toString().contains("damaged"), d.toString());
        assertTrue(!Files.exists(project.resolve("out/a.pdf")), "no PDF is left behind");
    }

    /** A 50 MB paragraph: the file is over the 16 MB limit for one Markdown file, said at once. */
    @Test
    void aFiftyMegabyteParagraph() throws IOException {
        article("word ".repeat(10_000_000) + "\n");
        Diagnostic d = error();
        assertTrue(d.toString().startsWith("src/a.md") && d.toString().contains("limit of 16 MB"), d.toString());
    }

    /** A hundred thousand footnotes, each called once: both editions, every note at the foot of its page. */
    @Test
    void aHundredThousandFootnotes() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 100_000; i++) {
            text.append("Call ").append(i).append("[^").append(i).append("].\n");
        }
        text.append('\n');
        for (int i = 1; i <= 100_000; i++) {
            text.append("[^").append(i).append("]: Note ").append(i).append(".\n");
        }
        article(text.toString());
        PublishResult result = publish();
        assertTrue(result.editions().get(Format.PDF).pages() > 100);
    }

    /**
     * A build that fails half-way through writing (here: an image that cannot be decoded, met while the
     * PDF is being written) leaves the editions of the build before untouched, and no part-written file.
     */
    @Test
    void aFailedBuildLeavesThePreviousEditionsIntact() throws IOException {
        article("A first version.\n");
        PublishResult first = publish();
        byte[] pdf = Files.readAllBytes(first.editions().get(Format.PDF).file());
        byte[] epub = Files.readAllBytes(first.editions().get(Format.EPUB).file());
        Files.createDirectories(project.resolve("src/images"));
        Files.write(
                project.resolve("src/images/cut.png"),
                Arrays.copyOf(
                        Base64.getDecoder()
                                .decode(
                                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
                        40));
        article("A second version.\n\n![Cut short](images/cut.png)\n");
        error();
        assertTrue(Arrays.equals(pdf, Files.readAllBytes(project.resolve("out/a.pdf"))), "the PDF is the first one");
        assertTrue(Arrays.equals(epub, Files.readAllBytes(project.resolve("out/a.epub"))), "the EPUB is the first one");
        try (var left = Files.list(project.resolve("out"))) {
            assertEquals(
                    List.of("a.epub", "a.pdf"),
                    left.map(f -> f.getFileName().toString())
                            .filter(n -> !n.equals("work"))
                            .sorted()
                            .toList(),
                    "no part-written file is left");
        }
    }

    /** An output folder that is a file: a clear error, with a hint. */
    @Test
    void anOutputFolderThatIsAFile() throws IOException {
        article("Text.\n");
        Files.writeString(project.resolve("out"), "not a folder");
        Diagnostic d = error();
        assertTrue(d.toString().contains("cannot write") && d.hint().contains("output folder"), d.toString());
    }

    /** A CMYK JPEG cannot go into a PDF/A with an sRGB intent: said, with the way out. */
    @Test
    void aCmykJpeg() throws IOException {
        Files.createDirectories(project.resolve("src/images"));
        try (var in = HostileInputTest.class.getResourceAsStream("/images/cmyk.jpg")) {
            Files.write(project.resolve("src/images/print.jpg"), in.readAllBytes());
        }
        article("![A picture saved for print](images/print.jpg)\n");
        Diagnostic d = error();
        assertTrue(
                d.toString().startsWith("src/images/print.jpg")
                        && d.toString().contains("CMYK")
                        && d.hint().contains("pdf.conformance"),
                d.toString());
    }

    /**
     * A disk that fills while an edition is written: the build fails with the disk named in its message,
     * and the editions of the build before are still there, whole. The disk is a 192 kB tmpfs mounted
     * for the test; where mounting is not allowed (not root, or no CAP_SYS_ADMIN), the test is skipped.
     */
    @Test
    void aDiskThatFills() throws IOException, InterruptedException {
        Path disk = Files.createDirectories(project.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=192k", "tmpfs", disk.toString())
                .redirectErrorStream(true)
                .start();
        boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs here (needs root); skipped");
        try {
            Path out = disk.resolve("out");
            article("A short first version.\n");
            PublishResult first = publish(out);
            byte[] pdf = Files.readAllBytes(first.editions().get(Format.PDF).file());
            byte[] epub = Files.readAllBytes(first.editions().get(Format.EPUB).file());
            StringBuilder longer = new StringBuilder();
            for (int i = 0; i < 2000; i++) {
                longer.append("Paragraph ")
                        .append(i)
                        .append(" of a version too long for the disk, with words enough ")
                        .append("to fill a page or more on its own: ")
                        .append(Integer.toString(i * 7919, 36))
                        .append(".\n\n");
            }
            article(longer.toString());
            PublishException e = assertThrows(PublishException.class, () -> publish(out));
            assertTrue(e.getMessage().contains("cannot write"), e.getMessage());
            assertTrue(Arrays.equals(pdf, Files.readAllBytes(out.resolve("a.pdf"))), "the PDF is the first one");
            assertTrue(Arrays.equals(epub, Files.readAllBytes(out.resolve("a.epub"))), "the EPUB is the first one");
            try (var left = Files.list(out)) {
                assertEquals(
                        List.of("a.epub", "a.pdf"),
                        left.map(f -> f.getFileName().toString()).sorted().toList(),
                        "no part-written file is left on the full disk");
            }
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Thirty thousand headings, each a sibling in the PDF's outline: nothing in the pipeline, ours or
     * PDFBox's, may recurse once per sibling.
     */
    @Test
    void thirtyThousandHeadingsPublish() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            body.append("## Heading ").append(i).append("\n\nText ").append(i).append(".\n\n");
        }
        article(body.toString());
        PublishResult result = publish();
        assertTrue(result.editions().get(Format.PDF).pages() > 1000);
        assertTrue(Files.size(result.editions().get(Format.EPUB).file()) > 100_000);
    }

    @Test
    void twentyThousandNestedDivsPublishTheirText() throws IOException {
        article("<div>".repeat(20_000) + "deep text" + "</div>".repeat(20_000) + "\n");
        PublishResult result = publish();
        try (ZipFile zip = new ZipFile(result.editions().get(Format.EPUB).file().toFile())) {
            String chapter =
                    new String(zip.getInputStream(zip.getEntry("EPUB/a.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(chapter.contains("deep text"), "the text survives the nesting");
        }
    }

    @Test
    void scriptsAndStylesNeverReachAnEdition() throws IOException {
        article(
                "<script>var stolen = 'SECRET-SCRIPT';</script>\n\n<style>body { content: 'SECRET-STYLE' }</style>\n\n"
                        + "Text with <script>inline('SECRET-INLINE')</script> and [a link](javascript:alert('SECRET-LINK')).\n");
        PublishResult result = publish();
        try (ZipFile zip = new ZipFile(result.editions().get(Format.EPUB).file().toFile())) {
            String chapter =
                    new String(zip.getInputStream(zip.getEntry("EPUB/a.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(!chapter.contains("SECRET") && !chapter.contains("javascript:"), chapter);
        }
        String pdf =
                new String(Files.readAllBytes(result.editions().get(Format.PDF).file()), StandardCharsets.ISO_8859_1);
        assertTrue(!pdf.contains("javascript"), "no script action in the PDF");
    }
}
