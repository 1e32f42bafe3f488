package io.github.imprint.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Downsampling by area averaging: each pixel of the smaller image is the mean of the source pixels its
 * square covers, each weighted by how much of it the square covers. For reductions (every reduction
 * here is one, by a factor of 1.5 or more) this is the filter that cannot alias: no source pixel is
 * skipped, none counts twice, and a fine pattern becomes its average grey rather than a moiré. A
 * bicubic or Lanczos filter keeps edges a little crisper and rings beside them; at 300 ppi on paper
 * the difference is below what ink shows, and the mean is exact and cheap.
 *
 * <p>The work is separable and streamed: each source row is reduced across, then added into the output
 * rows its band covers, so memory beyond the source's rows is one row of sums per channel. Colours
 * are averaged premultiplied by alpha, so a transparent pixel's colour (often black) does not bleed
 * into the opaque ones beside it. Across a row, the source pixels wholly inside an output pixel are
 * summed as integers in a loop of their own, and only the last, which may reach into the next, is
 * weighed; the bytes ImageIO decodes PNGs and JPEGs into are read where they lie, and {@link PngRows}
 * gives them a row at a time. With the forked JVM's C1 compiler a source pixel costs 6.8 ns with
 * alpha and 6.2 ns without, against 9.9 and 10.0 ns summed one by one with their weights. (Summing
 * down first, into a row of integers per source column, was slower under C1: 9.5 and 7.7 ns.)
 */
final class AreaAverage {

    private AreaAverage() {}

    /** Source rows, top to bottom, as interleaved bytes: B G R, or A B G R when there is alpha. */
    interface Rows {
        /** The array that holds the next row, from {@link #at}. */
        byte[] next();

        /** Where the row {@link #next} last gave begins in its array. */
        int at();

        /** Whether the bytes come as a PNG holds them, R G B or R G B A, rather than (A) B G R. */
        default boolean redFirst() {
            return false;
        }
    }

    /** {@code source} reduced to {@code width} × {@code height}, each at most the source's own. */
    static BufferedImage reduce(BufferedImage source, int width, int height, boolean alpha) {
        return reduce(rows(source, alpha), source.getWidth(), source.getHeight(), width, height, alpha);
    }

    /**
     * An image of {@code sw} × {@code sh} whose rows come from {@code rows}, each read once, reduced to
     * {@code width} × {@code height}, each at most the source's own.
     */
    static BufferedImage reduce(Rows rows, int sw, int sh, int width, int height, boolean alpha) {
        Split across = Split.of(sw, width);
        Split down = Split.of(sh, height);
        double[] here = new double[width * 4]; // the output row the source row falls in
        double[] next = new double[width * 4]; // the one after, for the part that falls over the edge
        double[] row = new double[width * 4];
        int[] line = new int[width];
        BufferedImage out =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        double area = across.scale * down.scale;
        for (int r = 0; r < sh; r++) {
            byte[] data = rows.next();
            reduceBytes(data, rows.at(), alpha ? 4 : 3, rows.redFirst(), across, row);
            int y = down.index[r];
            double w = down.weight[r];
            if (w == 1) {
                for (int i = 0; i < row.length; i++) {
                    here[i] += row[i];
                }
            } else {
                double rest = 1 - w;
                for (int i = 0; i < row.length; i++) {
                    here[i] += row[i] * w;
                    next[i] += row[i] * rest;
                }
            }
            if (r == down.first[y + 1] - 1) { // the last source row to start in this output row
                emit(here, area, line, alpha);
                System.arraycopy(line, 0, pixels, y * width, width);
                double[] done = here;
                here = next;
                next = done;
                Arrays.fill(next, 0);
            }
        }
        return out;
    }

    /**
     * A decoded image's rows: the bytes ImageIO decoded a PNG or JPEG into, where they lie, or any
     * other layout's pixels interleaved a row at a time.
     */
    private static Rows rows(BufferedImage source, boolean alpha) {
        int sw = source.getWidth();
        int channels = source.getType() == BufferedImage.TYPE_3BYTE_BGR
                ? 3
                : source.getType() == BufferedImage.TYPE_4BYTE_ABGR ? 4 : 0;
        byte[] bytes = channels > 0 && Pixels.whole(source) && (channels == 4) == alpha
                ? ((DataBufferByte) source.getRaster().getDataBuffer()).getData()
                : null;
        int[] pixels = new int[sw];
        byte[] packed = new byte[sw * (alpha ? 4 : 3)];
        return new Rows() {
            private int r = -1;

            @Override
            public byte[] next() {
                r++;
                if (bytes != null) {
                    return bytes;
                }
                Pixels.row(source, r, pixels);
                interleave(pixels, packed, alpha);
                return packed;
            }

            @Override
            public int at() {
                return bytes != null ? r * sw * channels : 0;
            }
        };
    }

    /**
     * Where each of {@code from} source pixels falls among {@code to} output pixels: the output pixel
     * it starts in, and the share of it that lands there (the rest lands in the next one; with a
     * reduction, no source pixel spans more than two, and only the last to start in an output pixel
     * can reach past it); and, for each output pixel, the first source pixel to start in it
     * ({@code first[to]} is {@code from}).
     */
    private record Split(int[] index, double[] weight, int[] first, double scale) {
        static Split of(int from, int to) {
            double scale = (double) from / to;
            int[] index = new int[from];
            double[] weight = new double[from];
            int[] first = new int[to + 1];
            Arrays.fill(first, from);
            for (int p = from - 1; p >= 0; p--) {
                double start = p / scale;
                int o = Math.min(to - 1, (int) Math.floor(start));
                double edge = (o + 1) * scale; // where output pixel o ends, in source pixels
                index[p] = o;
                weight[p] = o == to - 1 ? 1 : Math.min(1, Math.max(0, edge - p));
                first[o] = p;
            }
            for (int o = to - 1; o >= 0; o--) { // an output pixel no source pixel starts in: empty
                first[o] = Math.min(first[o], first[o + 1]);
            }
            return new Split(index, weight, first, scale);
        }
    }

    private static final double BY_255 = 1 / 255.0;

    /**
     * One row of interleaved bytes (BGR, or ABGR when {@code channels} is 4; RGB or RGBA when
     * {@code redFirst}) summed into the output columns, premultiplied by alpha. The pixels wholly inside an output pixel are summed as integers
     * in a loop of their own, with no weight and no branch (with alpha, each colour times its alpha,
     * divided by 255 once per output pixel); only the last, which may reach into the next output
     * pixel, is shared out by its weight.
     */
    private static void reduceBytes(
            byte[] data, int offset, int channels, boolean redFirst, Split across, double[] row) {
        int[] first = across.first;
        double[] weight = across.weight;
        double ca = 0, cr = 0, cg = 0, cb = 0; // what the last pixel before gave over to this column
        boolean alpha = channels == 4;
        // where each channel lies in a pixel's bytes: A B G R or B G R, else R G B A or R G B
        int ao = redFirst ? 3 : 0;
        int bo = redFirst ? 2 : alpha ? 1 : 0;
        int go = redFirst || !alpha ? 1 : 2;
        int ro = redFirst ? 0 : alpha ? 3 : 2;
        for (int o = 0, columns = first.length - 1; o < columns; o++) {
            int p0 = first[o];
            int last = first[o + 1] - 1;
            double sa = ca, sr = cr, sg = cg, sb = cb;
            ca = 0;
            cr = 0;
            cg = 0;
            cb = 0;
            if (last >= p0) {
                int i = offset + p0 * channels;
                int end = offset + last * channels;
                double a;
                double red;
                double green;
                double blue;
                if (alpha) {
                    int ia = 0, ir = 0, ig = 0, ib = 0;
                    for (; i < end; i += 4) {
                        int opacity = data[i + ao] & 0xFF;
                        ia += opacity;
                        ib += (data[i + bo] & 0xFF) * opacity;
                        ig += (data[i + go] & 0xFF) * opacity;
                        ir += (data[i + ro] & 0xFF) * opacity;
                    }
                    sa += ia * BY_255;
                    sr += ir * BY_255;
                    sg += ig * BY_255;
                    sb += ib * BY_255;
                    a = (data[end + ao] & 0xFF) * BY_255;
                    blue = (data[end + bo] & 0xFF) * a;
                    green = (data[end + go] & 0xFF) * a;
                    red = (data[end + ro] & 0xFF) * a;
                } else {
                    int ir = 0, ig = 0, ib = 0;
                    for (; i < end; i += 3) {
                        ib += data[i + bo] & 0xFF;
                        ig += data[i + go] & 0xFF;
                        ir += data[i + ro] & 0xFF;
                    }
                    sa += last - p0;
                    sr += ir;
                    sg += ig;
                    sb += ib;
                    a = 1;
                    blue = data[end + bo] & 0xFF;
                    green = data[end + go] & 0xFF;
                    red = data[end + ro] & 0xFF;
                }
                double w = weight[last];
                sa += a * w;
                sr += red * w;
                sg += green * w;
                sb += blue * w;
                if (w < 1) {
                    double rest = 1 - w;
                    ca = a * rest;
                    cr = red * rest;
                    cg = green * rest;
                    cb = blue * rest;
                }
            }
            int k = o << 2;
            row[k] = sa;
            row[k + 1] = sr;
            row[k + 2] = sg;
            row[k + 3] = sb;
        }
    }

    /** Packed ARGB pixels as the interleaved bytes {@link #reduceBytes} reads: ABGR, or BGR without alpha. */
    private static void interleave(int[] pixels, byte[] bytes, boolean alpha) {
        for (int p = 0, i = 0; p < pixels.length; p++) {
            int argb = pixels[p];
            if (alpha) {
                bytes[i++] = (byte) (argb >>> 24);
            }
            bytes[i++] = (byte) argb;
            bytes[i++] = (byte) (argb >> 8);
            bytes[i++] = (byte) (argb >> 16);
        }
    }

    /** An output row from its sums; {@code area} is what a fully covered, opaque pixel's alpha sums to. */
    private static void emit(double[] sums, double area, int[] line, boolean alpha) {
        for (int x = 0; x < line.length; x++) {
            int o = x * 4;
            double covered = sums[o];
            int red = 0;
            int green = 0;
            int blue = 0;
            if (covered > 0) {
                double by = 1 / covered;
                red = channel(sums[o + 1] * by);
                green = channel(sums[o + 2] * by);
                blue = channel(sums[o + 3] * by);
            }
            int opacity = alpha ? channel(covered / area * 255) : 0xFF;
            line[x] = opacity << 24 | red << 16 | green << 8 | blue;
        }
    }

    private static int channel(double value) {
        int rounded = (int) (value + 0.5); // never below zero: sums of non-negative values
        return rounded > 255 ? 255 : rounded;
    }
}
