package io.github.imprint.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts: the bundled ones, and a project's own TrueType files that its theme names. Their bytes
 * are read once per JVM and shared read-only between
 * threads; a {@link TrueTypeFont} reads its tables lazily and is not thread-safe, so every caller
 * parses its own from the shared bytes, which takes well under a millisecond.
 *
 * <p>Noto Sans Mono has no italic: asking for one gives the upright face, as monospaced text is set.
 */
public final class FontLibrary {

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private FontLibrary() {}

    /**
     * The face as it can be had: bundled, or from the project's files. A bundled mono italic falls back
     * to upright; a project family without a file for the style is empty, except Regular.
     */
    public static Optional<FontFace> bundled(FontFace wanted) {
        if (wanted.fromFile()) {
            return Files.isRegularFile(file(wanted)) ? Optional.of(wanted) : Optional.empty();
        }
        FontFace face = wanted.family().endsWith("Mono") ? new FontFace(wanted.family(), wanted.bold(), false) : wanted;
        return present(face) ? Optional.of(face) : Optional.empty();
    }

    private static final Map<String, Boolean> PRESENT = new ConcurrentHashMap<>();

    /**
     * Whether a face is bundled, asked once per JVM and face: the shaper asks at every fallback, and
     * opening the resource each time held a file (or a jar's inflater) open per call until the
     * collector came, 1,700 at once under the fuzzer.
     */
    private static boolean present(FontFace face) {
        return PRESENT.computeIfAbsent(
                face.fileStem(), stem -> FontLibrary.class.getResource("noto/" + stem + ".ttf") != null);
    }

    /**
     * The face's TrueType file: bundled ones from the jar, a project's from disk (its Regular file where
     * the style has none). Read once per JVM and file.
     */
    public static byte[] bytes(FontFace face) {
        if (face.fromFile()) {
            Path path = Files.isRegularFile(file(face)) ? file(face) : file(new FontFace(face.family(), false, false));
            return BYTES.computeIfAbsent(path.toString(), p -> {
                try {
                    return Files.readAllBytes(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return BYTES.computeIfAbsent(face.fileStem(), stem -> {
            try (InputStream in = resource(face)) {
                if (in == null) {
                    throw new IllegalArgumentException("font not bundled: " + stem);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Whether a file is a TrueType font FontBox can read, for the theme's checks. */
    public static boolean readable(Path file) {
        return problem(file).isEmpty();
    }

    /**
     * What keeps a file from serving as a font, in words for a message ("is not a TrueType font (bad
     * table directory)"), or empty when it serves.
     */
    public static Optional<String> problem(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length >= 4 && bytes[0] == 'O' && bytes[1] == 'T' && bytes[2] == 'T' && bytes[3] == 'O') {
            return Optional.of("is an OpenType font with CFF outlines, which Imprint cannot embed yet; use its"
                    + " TrueType (glyf) build");
        }
        boolean tableDirectory = bytes.length >= 12
                && (bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0
                        || bytes[0] == 't' && bytes[1] == 'r' && bytes[2] == 'u' && bytes[3] == 'e');
        if (!tableDirectory) {
            return Optional.of("is not a TrueType font (bad table directory)");
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            if (font.getNumberOfGlyphs() <= 0) {
                return Optional.of("is not a usable TrueType font (it has no glyphs)");
            }
            return font.getUnicodeCmapLookup() == null
                    ? Optional.of("is not a usable TrueType font (it has no Unicode character map)")
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("is not a TrueType font (" + e.getMessage() + ")");
        }
    }

    private static Path file(FontFace face) {
        return Path.of(face.family() + "-" + face.styleName() + ".ttf");
    }

    /** A freshly parsed font for one thread's use. */
    public static TrueTypeFont open(FontFace face) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes(face)));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font " + face.fileStem() + " cannot be read", e);
        }
    }

    private static InputStream resource(FontFace face) {
        return FontLibrary.class.getResourceAsStream("noto/" + face.fileStem() + ".ttf");
    }
}
