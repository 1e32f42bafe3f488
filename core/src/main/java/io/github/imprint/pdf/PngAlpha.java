package io.github.imprint.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A PNG with an alpha channel, put into the PDF in one pass over its bytes.
 *
 * <p>A PDF image has no alpha: its transparency is a second image, the soft mask. PDFBox makes both by
 * decoding the PNG into a Java image and reading it back pixel by pixel, which for a figure of some
 * millions of pixels takes a second. Yet a PNG's image data is already what a PDF's Flate filter
 * reads, with PNG's own row predictors (PDF's {@code /Predictor 15}): only the channels are
 * interleaved. So the data is inflated once, and each row is undone from its PNG filter, split into
 * its colour and its alpha, filtered again with the same filter type for each of the two (so both
 * compress as well as the PNG did), and deflated. No pixel passes through a colour model, and the
 * colours are the file's exact bytes.
 *
 * <p>It takes 8-bit, non-interlaced truecolour and grey PNGs with alpha (colour types 6 and 4) that
 * carry no colour profile or gamma of their own; anything else is left to PDFBox, which handles every
 * PNG (and already passes a PNG without alpha through as it is).
 */
final class PngAlpha {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngAlpha() {}

    /**
     * An image's colours and alpha, each filtered and deflated, ready for the document; {@code alpha} is
     * null for an opaque image ({@link KeptPlanes}).
     */
    record Prepared(int width, int height, int colours, byte[] colour, byte[] alpha) {}

    /**
     * Whether a file's first bytes are those of a PNG this class takes: the signature, then an IHDR
     * (which the format puts first) of 8 bits, colour type 6 or 4, not interlaced.
     */
    static boolean takes(byte[] head) {
        return head.length >= 29 && signed(head) && head[24] == 8 && (head[25] == 6 || head[25] == 4) && head[28] == 0;
    }

    /** Whether {@code head} begins with PNG's signature and, as the format asks, its IHDR chunk. */
    static boolean signed(byte[] head) {
        return head.length >= 16
                && ByteBuffer.wrap(head, 0, 8).equals(ByteBuffer.wrap(SIGNATURE))
                && new String(head, 12, 4, StandardCharsets.ISO_8859_1).equals("IHDR");
    }

    /** Whether the file at {@code file} begins as a PNG this class takes; read no further. */
    static boolean takes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return takes(in.readNBytes(29));
        }
    }

    /** The image with its soft mask, from a prepared PNG. */
    static PDImageXObject image(PDDocument pdf, Prepared p) throws IOException {
        PDImageXObject image = xobject(
                pdf,
                p.colour(),
                p.width(),
                p.height(),
                p.colours(),
                p.colours() == 3 ? PDDeviceRGB.INSTANCE : PDDeviceGray.INSTANCE);
        if (p.alpha() != null) {
            PDImageXObject mask = xobject(pdf, p.alpha(), p.width(), p.height(), 1, PDDeviceGray.INSTANCE);
            image.getCOSObject().setItem(COSName.SMASK, mask);
        }
        return image;
    }

    /**
     * The PNG's planes, filtered and deflated, without the document, so that several images can be
     * prepared at once; empty when the PNG is not one this class takes.
     */
    static Optional<Prepared> prepare(byte[] png) {
        if (!takes(png)) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(png);
        int width = in.getInt(16);
        int height = in.getInt(20);
        int colorType = png[25];
        Optional<byte[]> idat = idat(png);
        if (idat.isEmpty()) {
            return Optional.empty();
        }
        if (width <= 0 || height <= 0 || (long) width * height > Integer.MAX_VALUE / 8) {
            return Optional.empty();
        }
        int colours = colorType == 6 ? 3 : 1;
        byte[][] planes =
                split(inflate(idat.get(), (long) height * (1 + width * (colours + 1))), width, height, colours);
        if (planes == null) {
            return Optional.empty();
        }
        return Optional.of(new Prepared(width, height, colours, deflate(planes[0]), deflate(planes[1])));
    }

    /**
     * A PNG's image data, its IDAT chunks joined: its rows, filtered and deflated; empty when the chunks
     * do not hold together, or when the file carries a colour profile or gamma of its own.
     */
    static Optional<byte[]> idat(byte[] png) {
        return chunks(png).map(Chunks::idat);
    }

    /** What a PNG's chunks hold beside its header: the image data joined, and its palette and {@code tRNS}. */
    record Chunks(byte[] idat, byte[] plte, byte[] trns) {}

    /**
     * A PNG's chunks, read once; the palette and {@code tRNS} null where there are none; empty as
     * {@link #idat} is.
     */
    static Optional<Chunks> chunks(byte[] png) {
        ByteBuffer in = ByteBuffer.wrap(png);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(png.length);
        byte[] plte = null;
        byte[] trns = null;
        int pos = 8;
        while (pos + 8 <= png.length) {
            int length = in.getInt(pos);
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            int data = pos + 8;
            if (length < 0 || data + length > png.length) {
                return Optional.empty();
            }
            switch (type) {
                case "IDAT" -> idat.write(png, data, length);
                case "PLTE" -> plte = Arrays.copyOfRange(png, data, data + length);
                case "tRNS" -> trns = Arrays.copyOfRange(png, data, data + length);
                case "iCCP", "gAMA", "cHRM", "sBIT" -> {
                    return Optional.empty(); // colours that need their profile: PDFBox's way
                }
                default -> {}
            }
            if (type.equals("IEND")) {
                break;
            }
            pos = data + length + 4;
        }
        return Optional.of(new Chunks(idat.toByteArray(), plte, trns));
    }

    private static PDImageXObject xobject(
            PDDocument pdf, byte[] deflated, int width, int height, int colours, PDColorSpace space)
            throws IOException {
        PDImageXObject x = new PDImageXObject(
                pdf, new ByteArrayInputStream(deflated), COSName.FLATE_DECODE, width, height, 8, space);
        COSDictionary parms = new COSDictionary();
        parms.setInt(COSName.PREDICTOR, 15);
        parms.setInt(COSName.COLORS, colours);
        parms.setInt(COSName.BITS_PER_COMPONENT, 8);
        parms.setInt(COSName.COLUMNS, width);
        x.getCOSObject().setItem(COSName.DECODE_PARMS, parms);
        return x;
    }

    /** The PNG's filtered rows inflated; null when they are not all there. */
    private static byte[] inflate(byte[] zlib, long size) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(zlib);
            byte[] out = new byte[(int) size];
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int got = inflater.inflate(out, n, out.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            return n == out.length ? out : null;
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /**
     * The colour and alpha planes of the rows, each row filtered again with its PNG filter type (with
     * the plane's own bytes per pixel); null when a filter type is unknown.
     */
    private static byte[][] split(byte[] raw, int width, int height, int colours) {
        if (raw == null) {
            return null;
        }
        int bpp = colours + 1;
        int stride = width * bpp;
        byte[] colour = new byte[height * (1 + width * colours)];
        byte[] alpha = new byte[height * (1 + width)];
        byte[] previous = new byte[stride];
        byte[] row = new byte[stride];
        byte[] prevColour = new byte[width * colours];
        byte[] rowColour = new byte[width * colours];
        byte[] prevAlpha = new byte[width];
        byte[] rowAlpha = new byte[width];
        for (int y = 0; y < height; y++) {
            int at = y * (1 + stride);
            int filter = raw[at];
            if (filter < 0 || filter > 4) {
                return null;
            }
            unfilter(filter, raw, at + 1, row, previous, bpp);
            for (int x = 0, k = 0; x < width; x++) {
                for (int ch = 0; ch < colours; ch++) {
                    rowColour[k++] = row[x * bpp + ch];
                }
                rowAlpha[x] = row[x * bpp + colours];
            }
            filter(filter, rowColour, prevColour, colours, colour, y * (1 + width * colours));
            filter(filter, rowAlpha, prevAlpha, 1, alpha, y * (1 + width));
            byte[] t = previous;
            previous = row;
            row = t;
            t = prevColour;
            prevColour = rowColour;
            rowColour = t;
            t = prevAlpha;
            prevAlpha = rowAlpha;
            rowAlpha = t;
        }
        return new byte[][] {colour, alpha};
    }

    /** Writes {@code row} filtered with PNG filter {@code type} against {@code previous} at {@code out[at]}. */
    private static void filter(int type, byte[] row, byte[] previous, int bpp, byte[] out, int at) {
        out[at] = (byte) type;
        for (int i = 0; i < row.length; i++) {
            int a = i >= bpp ? row[i - bpp] & 0xFF : 0;
            int b = previous[i] & 0xFF;
            int c = i >= bpp ? previous[i - bpp] & 0xFF : 0;
            out[at + 1 + i] = (byte) ((row[i] & 0xFF) - predict(type, a, b, c));
        }
    }

    /**
     * Undoes PNG filter {@code type} (0 to 4) on a row of {@code row.length} bytes that starts at
     * {@code raw[from]}, against the row above, {@code previous} (zeros for the first); one loop per
     * type, so that no byte asks which filter it has.
     */
    static void unfilter(int type, byte[] raw, int from, byte[] row, byte[] previous, int bpp) {
        int n = row.length;
        switch (type) {
            case 0 -> System.arraycopy(raw, from, row, 0, n);
            case 1 -> {
                System.arraycopy(raw, from, row, 0, Math.min(bpp, n));
                for (int i = bpp; i < n; i++) {
                    row[i] = (byte) (raw[from + i] + row[i - bpp]);
                }
            }
            case 2 -> {
                for (int i = 0; i < n; i++) {
                    row[i] = (byte) (raw[from + i] + previous[i]);
                }
            }
            case 3 -> {
                for (int i = 0; i < n; i++) {
                    int a = i >= bpp ? row[i - bpp] & 0xFF : 0;
                    row[i] = (byte) (raw[from + i] + ((a + (previous[i] & 0xFF)) >>> 1));
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    int a = i >= bpp ? row[i - bpp] & 0xFF : 0;
                    int c = i >= bpp ? previous[i - bpp] & 0xFF : 0;
                    row[i] = (byte) (raw[from + i] + paeth(a, previous[i] & 0xFF, c));
                }
            }
        }
    }

    /** PNG's predictor for a byte from its left, upper and upper-left neighbours. */
    private static int predict(int type, int a, int b, int c) {
        return switch (type) {
            case 1 -> a;
            case 2 -> b;
            case 3 -> (a + b) >>> 1;
            case 4 -> paeth(a, b, c);
            default -> 0;
        };
    }

    /** PNG's Paeth predictor: of left, upper and upper-left, the one nearest to left + upper - upper-left. */
    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(6);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
