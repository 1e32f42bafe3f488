package io.github.imprint.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * A decoded image's rows as packed ARGB, read straight from the raster for the layouts ImageIO decodes
 * PNGs and JPEGs into (interleaved bytes, packed ints), where {@link BufferedImage#getRGB} would ask the
 * colour model pixel by pixel; any other layout goes through {@code getRGB}.
 */
final class Pixels {

    private Pixels() {}

    static void row(BufferedImage image, int y, int[] argb) {
        int width = image.getWidth();
        boolean whole = whole(image);
        if (whole && image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int x = 0, i = y * width * 3; x < width; x++, i += 3) {
                argb[x] = 0xFF000000 | (data[i + 2] & 0xFF) << 16 | (data[i + 1] & 0xFF) << 8 | data[i] & 0xFF;
            }
        } else if (whole && image.getType() == BufferedImage.TYPE_4BYTE_ABGR) {
            byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int x = 0, i = y * width * 4; x < width; x++, i += 4) {
                argb[x] = (data[i] & 0xFF) << 24
                        | (data[i + 3] & 0xFF) << 16
                        | (data[i + 2] & 0xFF) << 8
                        | data[i + 1] & 0xFF;
            }
        } else if (whole
                && (image.getType() == BufferedImage.TYPE_INT_ARGB || image.getType() == BufferedImage.TYPE_INT_RGB)) {
            int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            System.arraycopy(data, y * width, argb, 0, width);
            if (image.getType() == BufferedImage.TYPE_INT_RGB) {
                for (int x = 0; x < width; x++) {
                    argb[x] |= 0xFF000000;
                }
            }
        } else {
            image.getRGB(0, y, width, 1, argb, 0, width);
        }
    }

    /**
     * Whether the image's raster is its own, unpadded, from its first sample: its rows follow each other
     * in its data buffer, each its width long.
     */
    static boolean whole(BufferedImage image) {
        return image.getRaster().getParent() == null
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && stride(image) == image.getWidth();
    }

    /** A row's length in pixels as the raster lays it out, or -1 when its layout is not one of these. */
    private static int stride(BufferedImage image) {
        SampleModel model = image.getRaster().getSampleModel();
        if (model instanceof ComponentSampleModel c) {
            return c.getPixelStride() == c.getNumBands() ? c.getScanlineStride() / c.getPixelStride() : -1;
        }
        if (model instanceof SinglePixelPackedSampleModel p) {
            return p.getScanlineStride();
        }
        return -1;
    }
}
