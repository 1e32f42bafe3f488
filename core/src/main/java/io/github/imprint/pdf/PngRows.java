package io.github.imprint.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A PNG's rows read one at a time, for a reduction that needs each source row once and never again.
 *
 * <p>Decoding a figure whole before reducing it holds every pixel at once: a 6,000 by 3,000 RGBA PNG is
 * 72 MB decoded, against a megabyte in its file, and a build that reduces three at a time on two cores
 * needs more heap than a book's pages do. A PNG's image data is one zlib stream of rows, each with its
 * own filter against the row above, so it can be read as it is stored: inflate one row's bytes, undo
 * its filter against the previous row, hand it on, and keep only those two rows. The rows come out as
 * the interleaved bytes {@link AreaAverage} reads (blue, green, red, after alpha when there is one),
 * the file's own values with no colour model between, as ImageIO gives a truecolour PNG.
 *
 * <p>It reads 8-bit, non-interlaced PNGs of every colour type: grey, truecolour, palette, grey and
 * truecolour with alpha, a palette's {@code tRNS} as its alpha. A PNG that carries a colour profile or
 * gamma of its own, a single transparent colour, another bit depth or interlacing is left to ImageIO.
 */
final class PngRows implements AreaAverage.Rows {

    private final int width;
    private final int height;
    private final int type;
    private final int bpp; // bytes per pixel in the file
    private final byte[] palette; // each entry as the row's channels lay it out, or null
    private final boolean alpha;
    private final Inflater inflater = new Inflater();
    private final byte[] raw;
    private byte[] previous;
    private byte[] current;
    private final byte[] out; // a grey or palette row as B G R or A B G R

    private PngRows(int width, int height, int type, byte[] palette, boolean alpha, byte[] idat) {
        this.width = width;
        this.height = height;
        this.type = type;
        this.bpp = switch (type) {
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 1;
        };
        this.palette = palette;
        this.alpha = alpha;
        this.raw = new byte[1 + width * bpp];
        this.previous = new byte[width * bpp];
        this.current = new byte[width * bpp];
        this.out = type == 2 || type == 6 ? null : new byte[width * (alpha ? 4 : 3)];
        inflater.setInput(idat);
    }

    /** The rows of {@code png}, or empty when it is not a PNG this class reads. */
    static Optional<PngRows> open(byte[] png) {
        if (png.length < 33 || !PngAlpha.signed(png)) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(png);
        int width = in.getInt(16);
        int height = in.getInt(20);
        int type = png[25];
        if (png[24] != 8
                || png[28] != 0
                || type != 0 && type != 2 && type != 3 && type != 4 && type != 6
                || width <= 0
                || height <= 0) {
            return Optional.empty();
        }
        if ((long) width * 4 + 1 > Integer.MAX_VALUE / 2) {
            return Optional.empty();
        }
        Optional<PngAlpha.Chunks> chunks = PngAlpha.chunks(png); // empty too for a colour profile or gamma
        if (chunks.isEmpty()) {
            return Optional.empty();
        }
        byte[] plte = chunks.get().plte();
        byte[] trns = chunks.get().trns();
        if (trns != null && type != 3 || type == 3 && (plte == null || plte.length % 3 != 0)) {
            return Optional.empty(); // a single transparent colour, or a palette missing
        }
        boolean alpha = type == 4 || type == 6 || trns != null;
        byte[] palette = type == 3 ? palette(plte, trns) : null;
        return Optional.of(
                new PngRows(width, height, type, palette, alpha, chunks.get().idat()));
    }

    /** A palette's entries as ABGR (with a {@code tRNS}) or BGR, all 256, those the file omits black. */
    private static byte[] palette(byte[] plte, byte[] trns) {
        int channels = trns != null ? 4 : 3;
        byte[] entries = new byte[256 * channels];
        for (int i = 0; i < 256; i++) {
            int k = i * channels;
            if (trns != null) {
                entries[k++] = i < trns.length ? trns[i] : (byte) 0xFF;
            }
            if (3 * i + 2 < plte.length) {
                entries[k] = plte[3 * i + 2];
                entries[k + 1] = plte[3 * i + 1];
                entries[k + 2] = plte[3 * i];
            }
        }
        return entries;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Whether the rows carry alpha: the colour types with it, or a palette with a {@code tRNS}. */
    boolean alpha() {
        return alpha;
    }

    @Override
    public byte[] next() {
        try {
            int n = 0;
            while (n < raw.length) {
                int got = inflater.inflate(raw, n, raw.length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    throw new UncheckedIOException(new IOException("the PNG's image data ends early"));
                }
                n += got;
            }
        } catch (DataFormatException e) {
            throw new UncheckedIOException(new IOException("the PNG's image data is damaged", e));
        }
        int filter = raw[0];
        if (filter < 0 || filter > 4) {
            throw new UncheckedIOException(new IOException("a PNG row has an unknown filter"));
        }
        byte[] done = previous;
        previous = current;
        current = done;
        PngAlpha.unfilter(filter, raw, 1, current, previous, bpp);
        if (redFirst()) {
            return current; // read as it is, the reduction taking its channels where they lie
        }
        interleave(current);
        return out;
    }

    @Override
    public boolean redFirst() {
        return type == 2 || type == 6;
    }

    @Override
    public int at() {
        return 0;
    }

    /** A grey or palette row as {@link AreaAverage} reads it: B G R, or A B G R. */
    private void interleave(byte[] row) {
        switch (type) {
            case 0 -> {
                for (int x = 0, o = 0; x < width; x++, o += 3) {
                    out[o] = row[x];
                    out[o + 1] = row[x];
                    out[o + 2] = row[x];
                }
            }
            case 3 -> {
                int channels = alpha ? 4 : 3;
                for (int x = 0, o = 0; x < width; x++, o += channels) {
                    System.arraycopy(palette, (row[x] & 0xFF) * channels, out, o, channels);
                }
            }
            case 4 -> {
                for (int x = 0, i = 0, o = 0; x < width; x++, i += 2, o += 4) {
                    out[o] = row[i + 1];
                    out[o + 1] = row[i];
                    out[o + 2] = row[i];
                    out[o + 3] = row[i];
                }
            }
            default -> throw new IllegalStateException("truecolour rows are read as they are");
        }
    }

    /** Ends the inflater's native memory; the rows cannot be read after. */
    void end() {
        inflater.end();
    }
}
