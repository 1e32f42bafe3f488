package io.github.imprint.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image that must be decoded whole (a JPEG, or a PNG that {@link PngRows} does not read), decoded
 * only while the heap has room for it beside the others being decoded.
 *
 * <p>A 6,000 by 4,000 photograph is 72 MB decoded. Two or three reduced at once beside a book's pages
 * need more than a small heap holds ({@code -Xmx256m}), and a collector that finds the heap full at
 * every allocation spends minutes where the work takes seconds. So the pixels decoded at once are
 * bounded by a quarter of the largest heap: an image waits until those decoding before it are done.
 * One image larger than the bound alone is decoded by itself.
 */
final class DecodedWhole {

    private static final int BOUND_MIB = (int) Math.max(16, Runtime.getRuntime().maxMemory() / 4 >> 20);
    private static final Semaphore ROOM = new Semaphore(BOUND_MIB, true);

    private DecodedWhole() {}

    /**
     * What {@code use} makes of the image {@code bytes} hold, decoded; null when ImageIO cannot read
     * it. The decoded image is not kept past {@code use}.
     */
    static <T> T with(byte[] bytes, Function<BufferedImage, T> use) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                int mib = (int) Math.min(BOUND_MIB, Math.max(1, pixels * 4 >> 20));
                ROOM.acquireUninterruptibly(mib);
                try {
                    BufferedImage image = reader.read(0);
                    return image == null ? null : use.apply(image);
                } finally {
                    ROOM.release(mib);
                }
            } finally {
                reader.dispose();
            }
        }
    }
}
