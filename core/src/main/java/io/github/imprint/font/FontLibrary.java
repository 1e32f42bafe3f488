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
        return resource(face) == null ? Optional.empty() : Optional.of(face);
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
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)))) {
            return font.getNumberOfGlyphs() > 0 && font.getUnicodeCmapLookup() != null;
        } catch (IOException | RuntimeException e) {
            return false;
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
