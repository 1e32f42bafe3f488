package io.github.imprint.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
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
 * rows its band covers, so memory beyond the decoded source is one row of sums per channel. Colours
 * are averaged premultiplied by alpha, so a transparent pixel's colour (often black) does not bleed
 * into the opaque ones beside it. Across a row, each output pixel's sums are kept in locals while its
 * source pixels pass, and the bytes ImageIO decodes PNGs and JPEGs into are read where they lie:
 * with the forked JVM's C1 compiler that takes a third less time than summing into an array
 * through packed pixels (30 figures of 2,000 to 6,000 pixels: 1.3 s against 2.0 s), for the same
 * result.
 */
final class AreaAverage {

    private AreaAverage() {}

    /** {@code source} reduced to {@code width} × {@code height}, each at most the source's own. */
    static BufferedImage reduce(BufferedImage source, int width, int height, boolean alpha) {
        int sw = source.getWidth();
        int sh = source.getHeight();
        Split across = Split.of(sw, width);
        Split down = Split.of(sh, height);
        double[] here = new double[width * 4]; // the output row the source row falls in
        double[] next = new double[width * 4]; // the one after, for the part that falls over the edge
        double[] row = new double[width * 4];
        int[] pixels = new int[sw];
        byte[] packed = new byte[sw * (alpha ? 4 : 3)]; // a row of any other layout, as those bytes
        int[] line = new int[width];
        BufferedImage out =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int channels = source.getType() == BufferedImage.TYPE_3BYTE_BGR
                ? 3
                : source.getType() == BufferedImage.TYPE_4BYTE_ABGR ? 4 : 0;
        byte[] bytes = channels > 0 && Pixels.whole(source) && (channels == 4) == alpha
                ? ((DataBufferByte) source.getRaster().getDataBuffer()).getData()
                : null;
        int y = 0;
        for (int r = 0; r < sh; r++) {
            if (bytes != null) {
                reduceBytes(bytes, r * sw * channels, sw, channels, across, row);
            } else {
                Pixels.row(source, r, pixels);
                interleave(pixels, packed, alpha);
                reduceBytes(packed, 0, sw, alpha ? 4 : 3, across, row);
            }
            int target = down.index[r];
            while (y < target) { // the rows before this source row's band are complete
                emit(here, across.scale * down.scale, line, alpha);
                out.setRGB(0, y, width, 1, line, 0, width);
                double[] done = here;
                here = next;
                next = done;
                Arrays.fill(next, 0);
                y++;
            }
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
        }
        for (; y < height; y++) {
            emit(here, across.scale * down.scale, line, alpha);
            out.setRGB(0, y, width, 1, line, 0, width);
            here = next;
        }
        return out;
    }

    /**
     * Where each of {@code from} source pixels falls among {@code to} output pixels: the output pixel
     * it starts in, and the share of it that lands there (the rest lands in the next one; with a
     * reduction, no source pixel spans more than two).
     */
    private record Split(int[] index, double[] weight, double scale) {
        static Split of(int from, int to) {
            double scale = (double) from / to;
            int[] index = new int[from];
            double[] weight = new double[from];
            for (int p = 0; p < from; p++) {
                double start = p / scale;
                int o = Math.min(to - 1, (int) Math.floor(start));
                double edge = (o + 1) * scale; // where output pixel o ends, in source pixels
                index[p] = o;
                weight[p] = o == to - 1 ? 1 : Math.min(1, Math.max(0, edge - p));
            }
            return new Split(index, weight, scale);
        }
    }

    private static final double BY_255 = 1 / 255.0;

    /**
     * One row of interleaved bytes (BGR, or ABGR when {@code channels} is 4, as ImageIO decodes PNGs
     * and JPEGs) summed into the output columns, premultiplied by alpha.
     */
    private static void reduceBytes(byte[] data, int offset, int width, int channels, Split across, double[] row) {
        int[] index = across.index;
        double[] weight = across.weight;
        int cur = 0;
        double sa = 0, sr = 0, sg = 0, sb = 0;
        double na = 0, nr = 0, ng = 0, nb = 0;
        boolean alpha = channels == 4;
        for (int p = 0, i = offset; p < width; p++, i += channels) {
            int o = index[p];
            if (o != cur) {
                int k = cur << 2;
                row[k] = sa;
                row[k + 1] = sr;
                row[k + 2] = sg;
                row[k + 3] = sb;
                sa = na;
                sr = nr;
                sg = ng;
                sb = nb;
                na = 0;
                nr = 0;
                ng = 0;
                nb = 0;
                cur = o;
            }
            double w = weight[p];
            double a;
            double red;
            double green;
            double blue;
            if (alpha) {
                a = (data[i] & 0xFF) * BY_255;
                blue = (data[i + 1] & 0xFF) * a;
                green = (data[i + 2] & 0xFF) * a;
                red = (data[i + 3] & 0xFF) * a;
            } else {
                a = 1;
                blue = data[i] & 0xFF;
                green = data[i + 1] & 0xFF;
                red = data[i + 2] & 0xFF;
            }
            if (w == 1) {
                sa += a;
                sr += red;
                sg += green;
                sb += blue;
            } else {
                double rest = 1 - w;
                sa += a * w;
                sr += red * w;
                sg += green * w;
                sb += blue * w;
                na = a * rest;
                nr = red * rest;
                ng = green * rest;
                nb = blue * rest;
            }
        }
        int k = cur << 2;
        row[k] = sa;
        row[k + 1] = sr;
        row[k + 2] = sg;
        row[k + 3] = sb;
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

    private static void emit(double[] sums, double area, int[] line, boolean alpha) {
        for (int x = 0; x < line.length; x++) {
            int o = x * 4;
            double a = sums[o] / area;
            int red = 0;
            int green = 0;
            int blue = 0;
            if (sums[o] > 0) {
                red = channel(sums[o + 1] / sums[o]);
                green = channel(sums[o + 2] / sums[o]);
                blue = channel(sums[o + 3] / sums[o]);
            }
            int opacity = alpha ? channel(a * 255) : 0xFF;
            line[x] = opacity << 24 | red << 16 | green << 8 | blue;
        }
    }

    private static int channel(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
