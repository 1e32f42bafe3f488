package io.github.imprint.typeset.shape;

import io.github.imprint.font.FontFace;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Role;

/**
 * A piece of text in one face and size, shaped: its glyphs, each glyph's advance with kerning
 * applied, the text they show, and how it is to be painted.
 *
 * @param advances millipoints, one per glyph
 * @param rises    millipoints each glyph stands above the baseline (marks a shaper placed so), or null
 *     when none does
 * @param ligated  whether some glyph stands for several characters
 * @param marking  colour, role, block, rise, link and language, as the run had them
 */
public record ShapedText(
        FontFace face,
        long size,
        int[] glyphs,
        long[] advances,
        long[] rises,
        String text,
        boolean ligated,
        Marking marking) {

    /** Glyphs on the baseline. */
    public ShapedText(
            FontFace face, long size, int[] glyphs, long[] advances, String text, boolean ligated, Marking marking) {
        this(face, size, glyphs, advances, null, text, ligated, marking);
    }

    public int rgb() {
        return marking.rgb();
    }

    public Role role() {
        return marking.role();
    }

    public BlockId block() {
        return marking.block();
    }

    public long rise() {
        return marking.rise();
    }

    public Destination link() {
        return marking.link();
    }

    public String language() {
        return marking.language();
    }

    public long width() {
        long w = 0;
        for (long a : advances) {
            w += a;
        }
        return w;
    }
}
