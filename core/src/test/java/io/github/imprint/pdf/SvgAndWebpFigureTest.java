package io.github.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.publish.Fixtures;
import io.github.imprint.publish.Format;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.PublishResult;
import io.github.imprint.publish.Publisher;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures the PDF cannot embed as they are: SVG drawn as vectors, WebP through a PNG or JPEG beside it. */
class SvgAndWebpFigureTest {

    @TempDir
    Path project;

    private PublishResult publish(String markdown) {
        return Publisher.publish(PublishRequest.of(project.resolve("src"), project, project.resolve("out"), "a")
                .identitySeed("t")
                .formats(Set.of(Format.PDF))
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(project.resolve("work"))
                .build());
    }

    private static void article(Path project, String body) throws IOException {
        Fixtures.write(project, "src/a.md", "---\ntitle: Figures\nlanguage: en\n---\n\n" + body + "\n");
    }

    /** An {@code <svg>} written in a chapter's HTML (as mdBook passes it through) is a figure too. */
    @Test
    void anInlineSvgInRawHtmlIsDrawnAtItsWidth() throws IOException {
        article(
                project,
                "<svg width=\"120\" viewBox=\"0 0 200 100\"><title>A red field</title>"
                        + "<rect x=\"0\" y=\"0\" width=\"200\" height=\"100\" fill=\"#ff0000\"/></svg>");
        PublishResult result = publish("");
        assertEquals(List.of(), result.diagnostics());
        try (PDDocument pdf =
                Loader.loadPDF(result.editions().get(Format.PDF).file().toFile())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
            int red = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    red += (page.getRGB(x, y) & 0xFFFFFF) == 0xFF0000 ? 1 : 0;
                }
            }
            // 120 CSS pixels are 90 pt wide and, by the viewBox, 45 pt tall: about 4,000 pixels at 72 dpi
            assertTrue(red > 3_000 && red < 5_000, "drawn at its own width: " + red + " red pixels");
        }
    }

    @Test
    void anSvgFigureIsDrawnAsVectors() throws IOException {
        Fixtures.write(
                project,
                "src/images/d.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\">"
                        + "<rect x=\"0\" y=\"0\" width=\"200\" height=\"100\" fill=\"#ff0000\"/>"
                        + "<path d=\"M10 10 h50 a20 20 0 0 1 0 40 h-50 z\" fill=\"#0000ff\"/><text x=\"5\" y=\"90\">t</text></svg>");
        article(project, "![A red field with a blue tab](images/d.svg)");
        PublishResult result = publish("");
        assertTrue(
                result.diagnostics().stream().anyMatch(d -> d.toString().contains("<text>")),
                "what is not drawn is said: " + result.diagnostics());
        try (PDDocument pdf =
                Loader.loadPDF(result.editions().get(Format.PDF).file().toFile())) {
            var resources = pdf.getPage(0).getResources();
            List<Object> objects = new ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                objects.add(resources.getXObject(name));
            }
            assertEquals(1, objects.size());
            assertTrue(objects.get(0) instanceof PDFormXObject, "vectors, not an image: " + objects);
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 36);
            int red = 0;
            int blue = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y) & 0xFFFFFF;
                    red += rgb == 0xFF0000 ? 1 : 0;
                    blue += rgb == 0x0000FF ? 1 : 0;
                }
            }
            assertTrue(red > 500 && blue > 50, "the drawing is on the page: " + red + " red, " + blue + " blue pixels");
        }
    }

    @Test
    void aWebpFigureTakesThePngBesideItAndSaysWhenThereIsNone() throws IOException {
        Files.createDirectories(project.resolve("src/images"));
        Files.write(project.resolve("src/images/w.webp"), webp(64, 32));
        article(project, "![A WebP](images/w.webp)");
        PublishResult without = publish("");
        assertTrue(
                without.diagnostics().stream().anyMatch(d -> d.toString().contains("w.png")),
                "the warning names the stand-in to add: " + without.diagnostics());
        BufferedImage png = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(png, "png", project.resolve("src/images/w.png").toFile());
        PublishResult with = publish("");
        assertFalse(
                with.diagnostics().stream().anyMatch(d -> d.toString().contains("WebP")),
                with.diagnostics().toString());
        try (PDDocument pdf =
                Loader.loadPDF(with.editions().get(Format.PDF).file().toFile())) {
            var resources = pdf.getPage(0).getResources();
            var name = resources.getXObjectNames().iterator().next();
            assertTrue(resources.getXObject(name) instanceof PDImageXObject image && image.getWidth() == 64);
        }
    }

    /** The header of a lossless WebP of the given size, which is all that is read of it here. */
    private static byte[] webp(int width, int height) {
        byte[] b = new byte[40];
        System.arraycopy("RIFF".getBytes(), 0, b, 0, 4);
        b[4] = 32;
        System.arraycopy("WEBPVP8L".getBytes(), 0, b, 8, 8);
        b[16] = 20;
        b[20] = 0x2F;
        int bits = (width - 1) | (height - 1) << 14;
        b[21] = (byte) bits;
        b[22] = (byte) (bits >> 8);
        b[23] = (byte) (bits >> 16);
        b[24] = (byte) (bits >> 24);
        return b;
    }
}
