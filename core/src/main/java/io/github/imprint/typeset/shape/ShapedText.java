package io.github.imprint.typeset.shape;

import io.github.imprint.font.FontFace;
import io.github.imprint.layout.Role;

/**
 * A piece of text in one face and size, shaped: its glyphs, each glyph's advance with kerning
 * applied, the text they show, and how it is to be painted.
 *
 * @param advances millipoints, one per glyph
 * @param rise     baseline shift in millipoints, positive upward (superscripts)
 * @param block    the structure block the text belongs to
 * @param link     where the text links to, or null
 * @param language the language a span sets apart, or null
 */
public record ShapedText(FontFace face, long size, int[] glyphs, long[] advances, String text, boolean ligated,
                         int rgb, Role role, int block, long rise, String link, String language) {

    public ShapedText(FontFace face, long size, int[] glyphs, long[] advances, String text, boolean ligated,
                      int rgb, Role role, int block, long rise, String link) {
        this(face, size, glyphs, advances, text, ligated, rgb, role, block, rise, link, null);
    }

    public long width() {
        long w = 0;
        for (long a : advances) {
            w += a;
        }
        return w;
    }
}
