package io.github.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A PNG read a row at a time gives the pixels ImageIO decodes, for every colour type and every row
 * filter, and a reduction from its rows is the reduction of the decoded image; a PNG it does not read
 * is left to ImageIO, and damaged image data is an error, never a picture made up.
 */
class PngRowsTest {

    private static final Random RANDOM = new Random(5);

    /** A noisy image, in patches, so that ImageIO's writer picks every filter somewhere. */
    private static BufferedImage noisy(int type, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = (x / 7 + y / 5) % 3 == 0 ? RANDOM.nextInt() : 0x80402010 + x * 0x010203 + y * 0x030201;
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }

    private static byte[] written(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", out));
        return out.toByteArray();
    }

    /** All rows as {@link PngRows} gives them, one after the other, as B G R or A B G R. */
    private static byte[] rows(PngRows rows) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int channels = rows.alpha() ? 4 : 3;
        for (int y = 0; y < rows.height(); y++) {
            byte[] row = Arrays.copyOfRange(rows.next(), rows.at(), rows.at() + rows.width() * channels);
            if (rows.redFirst()) { // R G B (A): turned around, to compare with ImageIO's bytes
                for (int i = 0; i < row.length; i += channels) {
                    byte[] pixel = Arrays.copyOfRange(row, i, i + channels);
                    for (int c = 0; c < channels; c++) {
                        row[i + c] = pixel[channels - 1 - c];
                    }
                }
            }
            all.writeBytes(row);
        }
        rows.end();
        return all.toByteArray();
    }

    @Test
    void truecolourRowsAreTheBytesImageIoDecodes() throws IOException {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB}) {
            byte[] png = written(noisy(type, 61, 37));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
            PngRows rows = PngRows.open(png).orElseThrow();
            assertEquals(type == BufferedImage.TYPE_INT_ARGB, rows.alpha());
            assertTrue(rows.redFirst()); // a truecolour PNG's rows are read as they lie
            // ImageIO decodes these as interleaved BGR and ABGR bytes, the layout the rows come in
            byte[] expected = ((DataBufferByte) decoded.getRaster().getDataBuffer()).getData();
            assertArrayEquals(expected, rows(rows));
            // and a reduction from the rows is the reduction of the decoded image
            BufferedImage fromRows = reduced(PngRows.open(png).orElseThrow(), 20, 12);
            BufferedImage fromImage = AreaAverage.reduce(decoded, 20, 12, rows.alpha());
            for (int y = 0; y < 12; y++) {
                for (int x = 0; x < 20; x++) {
                    assertEquals(fromImage.getRGB(x, y), fromRows.getRGB(x, y), "at " + x + "," + y);
                }
            }
        }
    }

    private static BufferedImage reduced(PngRows rows, int width, int height) {
        try {
            return AreaAverage.reduce(rows, rows.width(), rows.height(), width, height, rows.alpha());
        } finally {
            rows.end();
        }
    }

    @Test
    void paletteRowsAreThePaletteColoursWithTheirTransparency() throws IOException {
        byte[] r = new byte[16];
        byte[] g = new byte[16];
        byte[] b = new byte[16];
        byte[] a = new byte[16];
        for (int i = 0; i < 16; i++) {
            r[i] = (byte) (i * 16);
            g[i] = (byte) (255 - i * 9);
            b[i] = (byte) (i * i);
            a[i] = (byte) (i < 4 ? i * 60 : 255);
        }
        for (boolean transparent : new boolean[] {false, true}) {
            IndexColorModel model =
                    transparent ? new IndexColorModel(8, 16, r, g, b, a) : new IndexColorModel(8, 16, r, g, b);
            BufferedImage image = new BufferedImage(29, 17, BufferedImage.TYPE_BYTE_INDEXED, model);
            for (int y = 0; y < 17; y++) {
                for (int x = 0; x < 29; x++) {
                    image.getRaster().setSample(x, y, 0, RANDOM.nextInt(16));
                }
            }
            PngRows rows = PngRows.open(written(image)).orElseThrow();
            assertEquals(transparent, rows.alpha());
            byte[] got = rows(rows);
            int channels = transparent ? 4 : 3;
            for (int y = 0, i = 0; y < 17; y++) {
                for (int x = 0; x < 29; x++, i += channels) {
                    int argb = image.getRGB(x, y);
                    int at = i;
                    if (transparent) {
                        assertEquals(argb >>> 24, got[at++] & 0xFF);
                    }
                    assertEquals(argb & 0xFF, got[at] & 0xFF);
                    assertEquals(argb >> 8 & 0xFF, got[at + 1] & 0xFF);
                    assertEquals(argb >> 16 & 0xFF, got[at + 2] & 0xFF);
                }
            }
        }
    }

    @Test
    void everyFilterOfGreyAndGreyWithAlphaIsUndone() {
        int width = 9;
        int height = 10; // two rows of each filter, 0 to 4
        for (int type : new int[] {0, 4}) {
            int bpp = type == 4 ? 2 : 1;
            byte[][] pixels = new byte[height][width * bpp];
            for (byte[] row : pixels) {
                RANDOM.nextBytes(row);
            }
            PngRows rows = PngRows.open(png(type, width, pixels, y -> y / 2)).orElseThrow();
            assertEquals(type == 4, rows.alpha());
            for (int y = 0; y < height; y++) {
                byte[] row = rows.next();
                for (int x = 0; x < width; x++) {
                    int o = x * (type == 4 ? 4 : 3);
                    int grey = pixels[y][x * bpp] & 0xFF;
                    if (type == 4) {
                        assertEquals(pixels[y][x * 2 + 1] & 0xFF, row[o++] & 0xFF, "alpha at " + x + "," + y);
                    }
                    for (int c = 0; c < 3; c++) {
                        assertEquals(grey, row[o + c] & 0xFF, "grey at " + x + "," + y + ", filter " + y / 2);
                    }
                }
            }
            rows.end();
        }
    }

    @Test
    void whatItDoesNotReadIsLeftToImageIoAndDamageIsAnError() throws IOException {
        byte[] png = png(0, 4, new byte[][] {{1, 2, 3, 4}, {5, 6, 7, 8}}, y -> 1);
        assertTrue(PngRows.open(png).isPresent());
        byte[] sixteenBits = png.clone();
        sixteenBits[24] = 16;
        assertTrue(PngRows.open(sixteenBits).isEmpty());
        for (int type : new int[] {1, 5, 7, -2}) { // no such colour types
            byte[] unknown = png.clone();
            unknown[25] = (byte) type;
            assertTrue(PngRows.open(unknown).isEmpty(), "colour type " + type);
        }
        byte[] interlaced = png.clone();
        interlaced[28] = 1;
        assertTrue(PngRows.open(interlaced).isEmpty());
        byte[] jpeg = {
            (byte) 0xFF,
            (byte) 0xD8,
            (byte) 0xFF,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
        };
        assertTrue(PngRows.open(jpeg).isEmpty());
        // image data cut short: the rows that are there, then an error rather than rows made up
        byte[] full = png(2, 50, randomRows(40, 150), y -> 4);
        int idat = indexOf(full, "IDAT");
        int length = ByteBuffer.wrap(full).getInt(idat - 4);
        byte[] cut = Arrays.copyOf(full, idat + 4 + length / 2 + 4); // half the data, a CRC, no IEND
        ByteBuffer.wrap(cut).putInt(idat - 4, length / 2);
        PngRows rows = PngRows.open(cut).orElseThrow();
        assertThrows(UncheckedIOException.class, () -> {
            for (int y = 0; y < 40; y++) {
                rows.next();
            }
        });
        rows.end();
    }

    private static byte[][] randomRows(int height, int bytes) {
        byte[][] rows = new byte[height][bytes];
        for (byte[] row : rows) {
            RANDOM.nextBytes(row);
        }
        return rows;
    }

    private static int indexOf(byte[] data, String type) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + 4 <= data.length; i++) {
            if (Arrays.equals(data, i, i + 4, name, 0, 4)) {
                return i;
            }
        }
        throw new AssertionError(type + " not found");
    }

    /**
     * An 8-bit PNG of colour type {@code type} whose rows are {@code pixels}, each filtered with the
     * filter {@code filters} names for it: written here, since no encoder lets one choose.
     */
    static byte[] png(int type, int width, byte[][] pixels, java.util.function.IntUnaryOperator filters) {
        int bpp = pixels[0].length / width;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] previous = new byte[pixels[0].length];
        for (int y = 0; y < pixels.length; y++) {
            int filter = filters.applyAsInt(y);
            raw.write(filter);
            byte[] row = pixels[y];
            for (int i = 0; i < row.length; i++) {
                int a = i >= bpp ? row[i - bpp] & 0xFF : 0;
                int b = previous[i] & 0xFF;
                int c = i >= bpp ? previous[i - bpp] & 0xFF : 0;
                int p = a + b - c;
                int paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
                        ? a
                        : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
                int predicted = switch (filter) {
                    case 1 -> a;
                    case 2 -> b;
                    case 3 -> (a + b) / 2;
                    case 4 -> paeth;
                    default -> 0;
                };
                raw.write((row[i] & 0xFF) - predicted);
            }
            previous = row;
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        byte[] buffer = new byte[raw.size() + 1024];
        byte[] idat = Arrays.copyOf(buffer, deflater.deflate(buffer));
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(pixels.length);
        ihdr.put((byte) 8).put((byte) type).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", idat);
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
