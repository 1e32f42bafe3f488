package io.github.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reduction kept as the planes the PDF holds: written, read back, embedded, saved, and read by
 * PDFBox pixel by pixel, colour and alpha, as they were; a kept file cut short or with one byte
 * changed is known as damaged.
 */
class KeptPlanesTest {

    /** Noise, flat runs and gradients, so that each of the five filters is the best for some row. */
    private static BufferedImage picture(boolean alpha) {
        BufferedImage image =
                new BufferedImage(173, 91, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int a = y % 4 == 0 ? random.nextInt(256) : y % 4 == 1 ? 255 : (x * 2 + y) & 0xFF;
                int r = y % 3 == 0 ? random.nextInt(256) : x & 0xFF;
                int g = y % 5 == 0 ? 40 : (y * 3) & 0xFF;
                int b = (x * y) & 0xFF;
                image.setRGB(x, y, (alpha ? a : 255) << 24 | r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void thePlanesReadBackFromThePdfAsTheyWere(boolean alpha) throws IOException {
        BufferedImage want = picture(alpha);
        byte[] kept = KeptPlanes.bytes(KeptPlanes.of(want, alpha));
        PngAlpha.Prepared read = KeptPlanes.read(kept).orElseThrow();
        assertEquals(alpha, read.alpha() != null, "an opaque image has no mask");
        byte[] saved;
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(PngAlpha.image(pdf, read), 0, 0, 173, 91);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            saved = out.toByteArray();
        }
        try (PDDocument pdf = Loader.loadPDF(saved)) {
            var resources = pdf.getPage(0).getResources();
            COSName name = resources.getXObjectNames().iterator().next();
            PDImageXObject image = (PDImageXObject) resources.getXObject(name);
            BufferedImage colour = image.getImage();
            BufferedImage mask = alpha ? image.getSoftMask().getImage() : null;
            if (!alpha) {
                assertNull(image.getSoftMask());
            }
            for (int y = 0; y < want.getHeight(); y++) {
                for (int x = 0; x < want.getWidth(); x++) {
                    int w = want.getRGB(x, y);
                    assertEquals(w & 0xFFFFFF, colour.getRGB(x, y) & 0xFFFFFF, "colour at " + x + "," + y);
                    if (alpha) {
                        assertEquals(w >>> 24, mask.getRaster().getSample(x, y, 0), "alpha at " + x + "," + y);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 17, 25, 60, 400, -1})
    void aKeptFileCutShortOrChangedIsNotTaken(int at) throws IOException {
        byte[] kept = KeptPlanes.bytes(KeptPlanes.of(picture(true), true));
        assertTrue(KeptPlanes.read(kept).isPresent());
        byte[] changed = kept.clone();
        if (at < 0) {
            changed = Arrays.copyOf(kept, kept.length - 1);
        } else {
            changed[at] ^= 0x10;
        }
        assertTrue(KeptPlanes.read(changed).isEmpty(), "a damaged file was taken: byte " + at);
    }
}
