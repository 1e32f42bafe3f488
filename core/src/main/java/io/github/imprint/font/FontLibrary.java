package io.github.imprint.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled fonts. Their bytes are read from the jar once per JVM and shared read-only between
 * threads; a {@link TrueTypeFont} reads its tables lazily and is not thread-safe, so every caller
 * parses its own from the shared bytes, which takes well under a millisecond.
 *
 * <p>Noto Sans Mono has no italic: asking for one gives the upright face, as monospaced text is set.
 */
public final class FontLibrary {

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private FontLibrary() {
    }

    /** The face as bundled; a mono italic falls back to upright. Empty when the family is not bundled. */
    public static Optional<FontFace> bundled(FontFace wanted) {
        FontFace face = wanted.family().endsWith("Mono") ? new FontFace(wanted.family(), wanted.bold(), false) : wanted;
        return resource(face) == null ? Optional.empty() : Optional.of(face);
    }

    /** The face's TrueType file, as bundled. */
    public static byte[] bytes(FontFace face) {
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
