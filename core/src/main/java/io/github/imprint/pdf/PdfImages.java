package io.github.imprint.pdf;

import io.github.imprint.svg.SvgReader;
import io.github.imprint.svg.VectorDrawing;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Figures as PDF objects: a PNG, JPEG or GIF read once, checked (a CMYK JPEG cannot go into a PDF/A
 * file with an sRGB intent) and embedded from the same bytes (a PNG with alpha through
 * {@link PngAlpha}, in one pass); an SVG painted as vectors in a form
 * whose matrix maps its viewBox onto the unit square, so both are placed with the same operators.
 */
final class PdfImages {

    private PdfImages() {}

    /** Whether a JPEG's first frame has four components: CMYK (or YCCK), as print workflows save them. */
    static boolean cmykJpeg(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return false;
        }
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                i++;
                continue;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return (b[i + 9] & 0xFF) == 4;
            }
            if (marker == 0xD8 || marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                i += 2;
                continue;
            }
            i += 2 + ((b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF));
        }
        return false;
    }

    /**
     * The PNGs with alpha among {@code files}, prepared on all cores ({@link PngAlpha#prepare}), and the
     * reductions kept as planes ({@link KeptPlanes}), read as they are; files
     * that cannot be read, or are not such PNGs, are left for {@link #raster} to embed or report.
     */
    static Map<Path, PngAlpha.Prepared> prepare(Collection<Path> files) {
        Map<Path, PngAlpha.Prepared> prepared = new ConcurrentHashMap<>();
        files.parallelStream().forEach(file -> {
            try {
                if (file.getFileName().toString().endsWith(KeptPlanes.SUFFIX)) {
                    KeptPlanes.read(Files.readAllBytes(file)).ifPresent(p -> prepared.put(file, p));
                } else if (PngAlpha.takes(file)) {
                    PngAlpha.prepare(Files.readAllBytes(file)).ifPresent(p -> prepared.put(file, p));
                }
            } catch (IOException | RuntimeException e) {
                // raster reads it again and reports it
            }
        });
        return prepared;
    }

    /**
     * A PNG, JPEG or GIF, read once: checked, then embedded from the same bytes; or {@code prepared}'s
     * image, when it is a PNG with alpha that {@link #prepare} took.
     */
    static PDImageXObject raster(PDDocument pdf, Path file, boolean conforming, PngAlpha.Prepared prepared)
            throws IOException {
        if (prepared != null) {
            return PngAlpha.image(pdf, prepared);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (conforming && cmykJpeg(bytes)) {
            throw new DamagedImageException(
                    file,
                    "image is a CMYK JPEG, which a PDF/A file with an sRGB output intent " + "cannot hold",
                    "save it as an RGB (sRGB) JPEG, or set pdf.conformance: false in the theme",
                    null);
        }
        try {
            return PDImageXObject.createFromByteArray(
                    pdf, bytes, file.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            throw new DamagedImageException(file, e);
        }
    }

    /**
     * An SVG figure as a form XObject of PDF vectors, its matrix mapping the drawing's viewBox (y down)
     * onto the unit square (y up), so it is placed with the same operators as an image.
     */
    static PDFormXObject svgForm(PDDocument pdf, Path file, Map<Path, String> unsupported) throws IOException {
        VectorDrawing drawing;
        try {
            drawing = SvgReader.read(Files.readAllBytes(file));
        } catch (SvgReader.Unreadable e) {
            // a figure that cannot be read is left empty, not the whole edition
            unsupported.put(file, "the SVG cannot be read: " + e.getMessage() + "; the figure is left empty");
            drawing = new VectorDrawing(0, 0, 1, 1, List.of(), List.of(), 0, 0);
        }
        PDStream stream = new PDStream(pdf);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(VectorPainter.paint(drawing));
        }
        PDFormXObject form = new PDFormXObject(stream);
        form.setBBox(new PDRectangle(
                (float) drawing.x(), (float) drawing.y(), (float) drawing.width(), (float) drawing.height()));
        form.setMatrix(new AffineTransform(
                1 / drawing.width(),
                0,
                0,
                -1 / drawing.height(),
                -drawing.x() / drawing.width(),
                (drawing.y() + drawing.height()) / drawing.height()));
        form.setResources(new PDResources());
        return form;
    }
}
