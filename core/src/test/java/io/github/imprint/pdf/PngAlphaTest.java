package io.github.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PNGs with alpha, put into a PDF in one pass: saved, read back by PDFBox, and compared pixel by
 * pixel, colour and alpha, with what ImageIO reads from the file. PNGs the class does not take are
 * left to PDFBox.
 */
class PngAlphaTest {

    /** The PNG's image with its soft mask, as the PDF writer makes it, or empty when the class does not take it. */
    private static java.util.Optional<PDImageXObject> image(PDDocument pdf, byte[] png) throws IOException {
        java.util.Optional<PngAlpha.Prepared> prepared = PngAlpha.prepare(png);
        return prepared.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(PngAlpha.image(pdf, prepared.get()));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Noise and smooth gradients, so the writer's rows take every filter type. */
    private static BufferedImage picture(int type) {
        BufferedImage image = new BufferedImage(301, 157, type);
        Random random = new Random(42);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int a = y % 3 == 0 ? random.nextInt(256) : (x + y) & 0xFF;
                int r = y % 5 == 0 ? random.nextInt(256) : x & 0xFF;
                int g = (y * 3) & 0xFF;
                int b = y % 2 == 0 ? random.nextInt(256) : (x * y) & 0xFF;
                image.setRGB(x, y, a << 24 | r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR})
    void colourAndAlphaReadBackExactly(int type) throws IOException {
        byte[] file = png(picture(type));
        BufferedImage want = ImageIO.read(new java.io.ByteArrayInputStream(file));
        byte[] saved;
        try (PDDocument pdf = new PDDocument()) {
            PDImageXObject image = image(pdf, file).orElseThrow();
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 0, 0, 301, 157);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            saved = out.toByteArray();
        }
        try (PDDocument pdf = Loader.loadPDF(saved)) {
            PDImageXObject image = (PDImageXObject) pdf.getPage(0)
                    .getResources()
                    .getXObject(pdf.getPage(0)
                            .getResources()
                            .getXObjectNames()
                            .iterator()
                            .next());
            BufferedImage colour = image.getImage();
            BufferedImage alpha = image.getSoftMask().getImage();
            for (int y = 0; y < want.getHeight(); y++) {
                for (int x = 0; x < want.getWidth(); x++) {
                    int w = want.getRGB(x, y);
                    assertEquals(w & 0xFFFFFF, colour.getRGB(x, y) & 0xFFFFFF, "colour at " + x + "," + y);
                    assertEquals(w >>> 24, alpha.getRaster().getSample(x, y, 0), "alpha at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void greyWithAlphaReadsBackExactly() throws IOException {
        BufferedImage grey = new BufferedImage(64, 40, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 64; x++) {
                int v = (x * 4) & 0xFF;
                grey.setRGB(x, y, (y * 6) << 24 | v << 16 | v << 8 | v);
            }
        }
        // ImageIO writes a grey image with alpha as colour type 4 from a raster of two bands
        BufferedImage ga = new BufferedImage(
                new java.awt.image.ComponentColorModel(
                        java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_GRAY),
                        true,
                        false,
                        java.awt.Transparency.TRANSLUCENT,
                        java.awt.image.DataBuffer.TYPE_BYTE),
                java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 64, 40, 2, null),
                false,
                null);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 64; x++) {
                ga.getRaster().setSample(x, y, 0, (x * 4) & 0xFF);
                ga.getRaster().setSample(x, y, 1, y * 6);
            }
        }
        byte[] file = png(ga);
        assertEquals(4, file[25], "colour type 4");
        try (PDDocument pdf = new PDDocument()) {
            PDImageXObject image = image(pdf, file).orElseThrow();
            BufferedImage alpha = image.getSoftMask().getImage();
            BufferedImage colour = image.getImage();
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 64; x++) {
                    assertEquals((x * 4) & 0xFF, colour.getRGB(x, y) & 0xFF);
                    assertEquals(y * 6, alpha.getRaster().getSample(x, y, 0));
                }
            }
        }
    }

    @Test
    void pngsItDoesNotTakeAreLeftToPdfBox() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            assertTrue(
                    image(pdf, png(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)))
                            .isEmpty(),
                    "no alpha: PDFBox passes it through");
            assertTrue(image(pdf, new byte[] {1, 2, 3}).isEmpty(), "not a PNG");
            byte[] truncated = png(picture(BufferedImage.TYPE_INT_ARGB));
            assertTrue(
                    image(pdf, java.util.Arrays.copyOf(truncated, truncated.length / 2))
                            .isEmpty(),
                    "a truncated PNG is PDFBox's to report");
        }
    }
}
