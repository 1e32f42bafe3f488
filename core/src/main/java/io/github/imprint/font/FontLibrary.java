package io.github.imprint.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts: the bundled ones, and a project's own TrueType or OpenType (CFF) files that its theme
 * names. Their bytes are read once per JVM and shared read-only between threads; a
 * {@link TrueTypeFont} reads its tables lazily and is not thread-safe, so every caller parses its own
 * from the shared bytes, which takes well under a millisecond.
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

    /** Faces being read ahead, so each is asked for once. */
    private static final Set<String> PREFETCHED = ConcurrentHashMap.newKeySet();

    /**
     * Reads faces and their metrics ahead, on threads of their own, where a caller knows it will want
     * them soon: the first ideograph of a book asks for one CJK face, and its headings and bold words
     * will ask for the others. Inflating a CJK face from its jar takes a third of a second; side by
     * side on two cores, three cost little more than one. A face already read is not read again.
     */
    public static void prefetch(List<FontFace> faces) {
        for (FontFace face : faces) {
            if (!face.fromFile() && PREFETCHED.add(face.fileStem()) && !BYTES.containsKey(face.fileStem())) {
                Thread thread = new Thread(
                        () -> {
                            try {
                                FontMetrics.of(face);
                            } catch (RuntimeException e) {
                                // the caller that needs the face reads it again and reports what is wrong
                            }
                        },
                        "imprint-font-" + face.slug());
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    /** Whether a file is a font Imprint can use, for the theme's checks. */
    public static boolean readable(Path file) {
        return problem(file).isEmpty();
    }

    /**
     * What keeps a file from serving as a font, in words for a message ("is not a TrueType font (bad
     * table directory)"), or empty when it serves: a TrueType font, or an OpenType font with CFF
     * outlines, that has glyphs and a Unicode character map.
     */
    public static Optional<String> problem(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
        boolean compact = compact(bytes);
        boolean tableDirectory = bytes.length >= 12
                && (compact
                        || bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0
                        || bytes[0] == 't' && bytes[1] == 'r' && bytes[2] == 'u' && bytes[3] == 'e');
        String kind = compact ? "an OpenType font" : "a TrueType font";
        if (!tableDirectory) {
            return Optional.of("is not a TrueType or OpenType font (bad table directory)");
        }
        try (TrueTypeFont font = parse(bytes)) {
            if (compact) {
                if (!((OpenTypeFont) font).isSupportedOTF()) {
                    return Optional.of("is an OpenType font with CFF2 (variable) outlines, which Imprint cannot"
                            + " embed; use a static instance of it");
                }
                byte[] cff = Sfnt.table(bytes, "CFF ");
                if (cff == null) {
                    return Optional.of("is not usable as an OpenType font (it has no CFF outlines)");
                }
                CompactFont.read(cff);
            }
            if (font.getNumberOfGlyphs() <= 0) {
                return Optional.of("is not usable as " + kind + " (it has no glyphs)");
            }
            return font.getUnicodeCmapLookup() == null
                    ? Optional.of("is not usable as " + kind + " (it has no Unicode character map)")
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("is not " + kind + " (" + e.getMessage() + ")");
        }
    }

    /** Whether a face's outlines are CFF (an OpenType font whose file starts {@code OTTO}). */
    public static boolean compact(FontFace face) {
        return compact(bytes(face));
    }

    private static boolean compact(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'O' && bytes[1] == 'T' && bytes[2] == 'T' && bytes[3] == 'O';
    }

    /** A project font's file: its style's .ttf, else its .otf. */
    public static Path file(FontFace face) {
        Path ttf = Path.of(face.family() + "-" + face.styleName() + ".ttf");
        Path otf = Path.of(face.family() + "-" + face.styleName() + ".otf");
        return !Files.isRegularFile(ttf) && Files.isRegularFile(otf) ? otf : ttf;
    }

    /** A freshly parsed font for one thread's use: an {@link OpenTypeFont} where the outlines are CFF. */
    public static TrueTypeFont open(FontFace face) {
        try {
            return parse(bytes(face));
        } catch (IOException e) {
            throw new UncheckedIOException("font " + face.fileStem() + " cannot be read", e);
        }
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return compact(bytes)
                ? new OTFParser().parse(new RandomAccessReadBuffer(bytes))
                : new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static InputStream resource(FontFace face) {
        return FontLibrary.class.getResourceAsStream("noto/" + face.fileStem() + ".ttf");
    }
}
