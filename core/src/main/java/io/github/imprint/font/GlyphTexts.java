package io.github.imprint.font;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text each glyph of a face stands for, as shaping found it: the letters of the cluster a glyph was
 * made from, less those other glyphs of the cluster show (a mark keeps its own). An Arabic letter's
 * initial, medial and final forms are reached from the character map only through the presentation
 * forms (U+FE70…), which are not the text; shaping knows they are the letter itself. The PDF's text map
 * is written from this for right-to-left runs, whose glyphs carry their text one by one, in the order
 * they are seen, as text extraction expects of them.
 *
 * <p>What a glyph stands for is a property of the face, the same in every book, so it is kept per face
 * for the life of the process; where two texts are seen for one glyph, letters before a presentation
 * form, then the shorter, then the first in order is kept, so the map does not depend on the order
 * books are set in.
 */
public final class GlyphTexts {

    private static final Map<String, Map<Integer, String>> TEXTS = new ConcurrentHashMap<>();

    private GlyphTexts() {}

    /** Notes that {@code glyph} of {@code face} shows {@code text}. */
    public static void seen(FontFace face, int glyph, String text) {
        if (text.isEmpty()) {
            return;
        }
        TEXTS.computeIfAbsent(face.fileStem(), k -> new ConcurrentHashMap<>())
                .merge(glyph, text, GlyphTexts::preferred);
    }

    /** What {@code glyph} of {@code face} was seen to show, if shaping set it. */
    public static Optional<String> of(FontFace face, int glyph) {
        Map<Integer, String> texts = TEXTS.get(face.fileStem());
        return texts == null ? Optional.empty() : Optional.ofNullable(texts.get(glyph));
    }

    /** Every glyph of {@code face} seen so far, with what it shows; empty when shaping named none. */
    public static Map<Integer, String> of(FontFace face) {
        Map<Integer, String> texts = TEXTS.get(face.fileStem());
        return texts == null ? Map.of() : texts;
    }

    /**
     * Of two texts seen for one glyph, the one kept: letters rather than a presentation form (a text
     * that writes lam-alef as U+FEFB shows the glyph other texts show as lam and alef), then the shorter,
     * then the first in order.
     */
    public static String preferred(String a, String b) {
        boolean formA = a.chars().anyMatch(GlyphTexts::presentationForm);
        boolean formB = b.chars().anyMatch(GlyphTexts::presentationForm);
        if (formA != formB) {
            return formA ? b : a;
        }
        if (a.length() != b.length()) {
            return a.length() < b.length() ? a : b;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Whether a character is an Arabic presentation form: a shape of a letter, not a letter. */
    public static boolean presentationForm(int cp) {
        return cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF;
    }
}
