package io.github.imprint.pdf;

import java.awt.image.BufferedImage;
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
 * into the opaque ones beside it.
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
        int[] line = new int[width];
        BufferedImage out =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int y = 0;
        for (int r = 0; r < sh; r++) {
            Pixels.row(source, r, pixels);
            reduceRow(pixels, across, row);
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
            for (int i = 0; i < row.length; i++) {
                here[i] += row[i] * w;
                next[i] += row[i] * (1 - w);
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

    /** One source row summed into the output columns, premultiplied by alpha. */
    private static void reduceRow(int[] pixels, Split across, double[] row) {
        Arrays.fill(row, 0);
        int last = row.length - 4;
        for (int p = 0; p < pixels.length; p++) {
            int argb = pixels[p];
            double a = (argb >>> 24) / 255.0;
            double red = (argb >> 16 & 0xFF) * a;
            double green = (argb >> 8 & 0xFF) * a;
            double blue = (argb & 0xFF) * a;
            int o = across.index[p] * 4;
            double w = across.weight[p];
            row[o] += a * w;
            row[o + 1] += red * w;
            row[o + 2] += green * w;
            row[o + 3] += blue * w;
            if (w < 1 && o < last) {
                double rest = 1 - w;
                row[o + 4] += a * rest;
                row[o + 5] += red * rest;
                row[o + 6] += green * rest;
                row[o + 7] += blue * rest;
            }
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
