package io.github.imprint.markdown;

import io.github.imprint.model.ImageFormat;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells an image's type and pixel size from its first bytes, without decoding it: PNG's IHDR chunk,
 * JPEG's first start-of-frame marker, GIF's logical screen, WebP's VP8/VP8L/VP8X header. An SVG is only
 * recognised here; {@code svg.SvgReader} measures it, from its root element. Nothing is decompressed, so a decompression bomb costs nothing to refuse.
 */
final class ImageProbe {

    record Info(ImageFormat format, int width, int height) {}

    private ImageProbe() {}

    static Optional<Info> probe(byte[] b) {
        if (b.length >= 24 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            boolean ihdr = b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R';
            return Optional.of(new Info(ImageFormat.PNG, ihdr ? int32(b, 16) : 0, ihdr ? int32(b, 20) : 0));
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(jpeg(b));
        }
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of(new Info(ImageFormat.GIF, uint16le(b, 6), uint16le(b, 8)));
        }
        if (b.length >= 30
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of(webp(b));
        }
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8).stripLeading();
        if ((head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--")) && head.contains("<svg")) {
            return Optional.of(new Info(ImageFormat.SVG, 0, 0));
        }
        return Optional.empty();
    }

    private static Info jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                i++;
                continue;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            boolean startOfFrame =
                    marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                return new Info(ImageFormat.JPEG, uint16(b, i + 7), uint16(b, i + 5));
            }
            i += 2 + uint16(b, i + 2);
        }
        return new Info(ImageFormat.JPEG, 0, 0);
    }

    private static Info webp(byte[] b) {
        String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> new Info(ImageFormat.WEBP, uint16le(b, 26) & 0x3FFF, uint16le(b, 28) & 0x3FFF);
            case "VP8L" -> {
                int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
                yield new Info(ImageFormat.WEBP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
            }
            case "VP8X" -> new Info(ImageFormat.WEBP, uint24le(b, 24) + 1, uint24le(b, 27) + 1);
            default -> new Info(ImageFormat.WEBP, 0, 0);
        };
    }

    private static int int32(byte[] b, int at) {
        long v =
                ((long) (b[at] & 0xFF) << 24) | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static int uint16le(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int uint24le(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }
}
