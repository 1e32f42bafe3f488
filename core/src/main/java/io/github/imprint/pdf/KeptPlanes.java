package io.github.imprint.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * A reduced figure kept in the work folder as the PDF holds it, so that a later build embeds it with
 * no decoding at all.
 *
 * <p>A PDF image is a plane of colours and, for transparency, a second plane, its soft mask; each may
 * be a Flate stream of rows filtered as PNG filters them ({@code /Predictor 15}). Kept as a PNG, a
 * reduction with alpha would have to be inflated, taken apart into its two planes, filtered again and
 * deflated in every build that embeds it; kept as the two planes, it is copied. So a reduction is
 * written here once in that form: each plane written as a PNG of its own by ImageIO (which chooses
 * each row's filter as libpng does) and its image data taken. A deflate level above the writer's
 * own gains 1 to 3 % here for several times the time, so it is left as it is.
 *
 * <p>The file is this class's own: a header line, the size, the number of colour channels, the two
 * planes' lengths and a CRC-32 of everything after the header, so that a truncated or damaged file is
 * known as one and made again, never embedded.
 */
final class KeptPlanes {

    /** How the kept files end. */
    static final String SUFFIX = ".planes";

    private static final byte[] HEADER = "imprint planes 1\n".getBytes(StandardCharsets.US_ASCII);

    private KeptPlanes() {}

    /** {@code image}'s colour (RGB) and, when {@code alpha}, its alpha, each filtered and deflated. */
    static PngAlpha.Prepared of(BufferedImage image, boolean alpha) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        BufferedImage colour = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        BufferedImage mask = alpha ? new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY) : null;
        int[] colours = ((DataBufferInt) colour.getRaster().getDataBuffer()).getData();
        byte[] opacity = alpha ? ((DataBufferByte) mask.getRaster().getDataBuffer()).getData() : null;
        int[] argb = new int[width];
        for (int y = 0; y < height; y++) {
            Pixels.row(image, y, argb);
            for (int x = 0, i = y * width; x < width; x++, i++) {
                colours[i] = argb[x] & 0xFFFFFF;
                if (alpha) {
                    opacity[i] = (byte) (argb[x] >>> 24);
                }
            }
        }
        return new PngAlpha.Prepared(width, height, 3, rows(colour), alpha ? rows(mask) : null);
    }

    /** The image's rows as ImageIO's PNG writer filters (row by row, as libpng does) and deflates them. */
    private static byte[] rows(BufferedImage plane) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(plane, "png", png)) {
            throw new IOException("no PNG writer");
        }
        return PngAlpha.idat(png.toByteArray()).orElseThrow(() -> new IOException("the PNG writer's output"));
    }

    /** The planes as the kept file holds them. */
    static byte[] bytes(PngAlpha.Prepared planes) {
        byte[] alpha = planes.alpha() == null ? new byte[0] : planes.alpha();
        ByteBuffer body = ByteBuffer.allocate(20 + planes.colour().length + alpha.length);
        body.putInt(planes.width()).putInt(planes.height()).putInt(planes.colours());
        body.putInt(planes.colour().length).putInt(planes.alpha() == null ? -1 : alpha.length);
        body.put(planes.colour()).put(alpha);
        CRC32 crc = new CRC32();
        crc.update(body.array());
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER.length + body.capacity() + 8);
        out.writeBytes(HEADER);
        out.writeBytes(ByteBuffer.allocate(8).putLong(crc.getValue()).array());
        out.writeBytes(body.array());
        return out.toByteArray();
    }

    /** The planes a kept file holds; empty when it is not whole, or not such a file. */
    static Optional<PngAlpha.Prepared> read(byte[] file) {
        int start = HEADER.length + 8;
        if (file.length < start + 20 || !Arrays.equals(file, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(file, start, file.length - start);
        ByteBuffer in = ByteBuffer.wrap(file);
        if (in.getLong(HEADER.length) != crc.getValue()) {
            return Optional.empty();
        }
        in.position(start);
        int width = in.getInt();
        int height = in.getInt();
        int colours = in.getInt();
        int colourLength = in.getInt();
        int alphaLength = in.getInt();
        if (width <= 0
                || height <= 0
                || (colours != 1 && colours != 3)
                || colourLength < 0
                || (long) colourLength + Math.max(0, alphaLength) != in.remaining()) {
            return Optional.empty();
        }
        byte[] colour = new byte[colourLength];
        in.get(colour);
        byte[] alpha = null;
        if (alphaLength >= 0) {
            alpha = new byte[alphaLength];
            in.get(alpha);
        }
        return Optional.of(new PngAlpha.Prepared(width, height, colours, colour, alpha));
    }
}
