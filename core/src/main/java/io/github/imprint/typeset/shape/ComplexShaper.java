package io.github.imprint.typeset.shape;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.font.Scripts;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shaping for the scripts whose letters change with their neighbours: Indic conjuncts, half forms
 * and reordered vowel signs, Thai and Lao marks, and the like. A text in these scripts is not a glyph
 * per character; the font's GSUB and GPOS lookups, chosen by script and language system, decide, and
 * an engine must run them as HarfBuzz does.
 *
 * <p>The JDK carries HarfBuzz behind {@code java.awt.font}: a {@link GlyphVector} laid out from a
 * {@link Font} made from the face's file runs it, headless, with the font's required features, and
 * with kerning and standard ligatures when asked through the font's attributes. We measured it
 * against Debian's {@code hb-shape} on Devanagari, Bengali, Tamil, Thai and Hebrew words with Noto's
 * fonts: glyph for glyph and position for position it gives the same. It is used rather than a shaper
 * of our own because matching HarfBuzz's Indic reordering, which has a decade of fixes in it, is
 * what the JDK already does; Latin, Greek and Cyrillic keep the fast path of {@link Shaper}.
 *
 * <p>The font is laid out at its own em (size = units per em), so positions come back in font units;
 * they are scaled once, as absolute positions, so rounding never piles up. A glyph's advance is then
 * the distance to the next glyph's position: a mark placed left of its base gets a negative advance
 * before it and a positive one after, which the PDF writer turns into the same placement. Vertical
 * offsets come back as rises. Glyphs the engine uses for invisible characters (joiners) are dropped.
 */
final class ComplexShaper {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);
    private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();

    private ComplexShaper() {}

    /**
     * Whether {@code text} holds a letter of a script that needs shaping (Arabic and Hebrew among
     * them), a zero-width joiner, or a part of an emoji sequence that the emoji font's GSUB makes one
     * glyph of: a regional indicator (two make a flag), a keycap, a presentation selector.
     */
    static boolean needed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x200D || c == 0x20E3 || c == 0xFE0F) {
                return true; // a joiner (an emoji sequence, or a conjunct asked for), a keycap, emoji style
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                int cp = text.codePointAt(i);
                if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
                    return true; // regional indicators: a pair is a flag
                }
                continue;
            }
            if (c >= 0x0590 && !Character.isSurrogate(c) && Scripts.shaped(UnicodeScript.of(c))) {
                return true;
            }
        }
        return false;
    }

    /** Glyphs, advances and rises of a text shaped in a face at a size; the text's marking is not part of it. */
    private record Shape(int[] glyphs, long[] advances, long[] rises) {}

    /** Shapes already made: a book repeats its words, and the engine is the costly part. */
    private static final Map<String, Shape> SHAPES = new ConcurrentHashMap<>();

    private static final int SHAPES_LIMIT = 200_000;

    static ShapedText shape(String text, FontFace face, long size, boolean ligatures, Marking marking) {
        boolean rtl = marking.rightToLeft() || rightToLeft(text);
        String key = face.fileStem() + '|' + size + '|' + ligatures + (rtl ? "|r|" : "|l|") + text;
        Shape shape = SHAPES.get(key);
        if (shape == null) {
            shape = layOut(text, face, size, ligatures, rtl);
            if (SHAPES.size() < SHAPES_LIMIT) {
                SHAPES.put(key, shape);
            }
        }
        // glyphs do not map one to one onto characters: the text travels with them as ActualText; text
        // shaped right to left is at an odd level, whether or not a paragraph levelled it
        Marking levelled = rtl && !marking.rightToLeft() ? marking.at(marking.level() + 1) : marking;
        return new ShapedText(face, size, shape.glyphs(), shape.advances(), shape.rises(), text, true, levelled);
    }

    /**
     * Whether text that no bidirectional pass has levelled runs right to left: it has right-to-left
     * letters and no left-to-right ones (a running head, a title in Hebrew).
     */
    private static boolean rightToLeft(String text) {
        boolean right = false;
        for (int i = 0; i < text.length(); i++) {
            byte type = Character.getDirectionality(text.charAt(i));
            if (type == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            right |= type == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        }
        return right;
    }

    private static Shape layOut(String text, FontFace face, long size, boolean ligatures, boolean rtl) {
        FontMetrics metrics = FontMetrics.of(face);
        Font font = FONTS.computeIfAbsent(
                face.fileStem() + (ligatures ? "+liga" : ""), k -> font(face, metrics, ligatures));
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(
                CONTEXT, chars, 0, chars.length, rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = vector.getNumGlyphs();
        int[] glyphs = new int[n];
        long[] positions = new long[n + 1];
        long[] rises = new long[n];
        boolean risen = false;
        double scale = size / (double) metrics.unitsPerEm();
        int count = 0;
        if (rtl) {
            RightToLeftClusters.note(vector, text, face);
        }
        for (int i = 0; i < n; i++) {
            int code = vector.getGlyphCode(i);
            if (code >= 0xFFFE) {
                continue; // the engine's stand-in for an invisible character
            }
            Point2D at = vector.getGlyphPosition(i);
            glyphs[count] = code;
            positions[count] = Math.round(at.getX() * scale);
            rises[count] = Math.round(-at.getY() * scale);
            risen |= rises[count] != 0;
            count++;
        }
        positions[count] = Math.round(vector.getGlyphPosition(n).getX() * scale);
        if (rtl) {
            markFirst(glyphs, positions, rises, count, metrics);
        }
        long[] advances = new long[count];
        for (int i = 0; i < count; i++) {
            advances[i] = positions[i + 1] - positions[i];
        }
        return new Shape(Arrays.copyOf(glyphs, count), advances, risen ? Arrays.copyOf(rises, count) : null);
    }

    /**
     * A right-to-left shape that is seen to start with a mark (a kasra under the last letter): the JDK
     * reports its positions from that mark's place, not from the pen's start, so everything stands off
     * by the mark's offset. HarfBuzz gives marks no advance, so the first letter after them stands at
     * the pen's start: positions are measured from it, and the letter goes first in the run (a run
     * starts where its first glyph stands), the marks after it at their own places.
     */
    private static void markFirst(int[] glyphs, long[] positions, long[] rises, int count, FontMetrics metrics) {
        int base = 0;
        while (base < count && metrics.advance(glyphs[base]) == 0) {
            base++;
        }
        if (base == 0 || base == count) {
            return;
        }
        long shift = -positions[base];
        for (int i = 0; i <= count; i++) {
            positions[i] += shift;
        }
        int glyph = glyphs[base];
        long position = positions[base];
        long rise = rises[base];
        System.arraycopy(glyphs, 0, glyphs, 1, base);
        System.arraycopy(positions, 0, positions, 1, base);
        System.arraycopy(rises, 0, rises, 1, base);
        glyphs[0] = glyph;
        positions[0] = position;
        rises[0] = rise;
    }

    private static Font font(FontFace face, FontMetrics metrics, boolean ligatures) {
        try {
            if (System.getProperty("java.awt.headless") == null) {
                System.setProperty("java.awt.headless", "true");
            }
            Font base = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(FontLibrary.bytes(face)));
            Map<TextAttribute, Object> attributes = new HashMap<>();
            attributes.put(TextAttribute.SIZE, (float) metrics.unitsPerEm());
            attributes.put(TextAttribute.KERNING, TextAttribute.KERNING_ON);
            if (ligatures) {
                attributes.put(TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);
            }
            return base.deriveFont(attributes);
        } catch (FontFormatException e) {
            throw new IllegalStateException(face.fileStem() + " is not a font the JDK can lay out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
