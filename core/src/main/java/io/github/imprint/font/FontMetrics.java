package io.github.imprint.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What typesetting needs of a face, read once per JVM and then shared read-only: the character map,
 * every glyph's advance, GPOS pair kerning and the standard ligatures.
 * Lengths are in font units; {@link #unitsPerEm()} converts.
 */
public final class FontMetrics {

    private static final Map<FontFace, FontMetrics> CACHE = new ConcurrentHashMap<>();

    private final FontFace face;
    private final int unitsPerEm;
    private final int[] advances;
    private final int[] cmap;
    private final PairKerning kerning;
    private final Ligatures ligatures;

    private FontMetrics(FontFace face, TrueTypeFont font) throws IOException {
        this.face = face;
        this.unitsPerEm = font.getUnitsPerEm();
        int glyphs = font.getNumberOfGlyphs();
        this.advances = new int[glyphs];
        for (int g = 0; g < glyphs; g++) {
            advances[g] = font.getAdvanceWidth(g);
        }
        CmapLookup lookup = font.getUnicodeCmapLookup();
        this.cmap = new int[0x10000];
        for (int c = 0; c < cmap.length; c++) {
            cmap[c] = lookup.getGlyphId(c);
        }
        this.kerning = PairKerning.read(tableBytes(font, "GPOS"));
        this.ligatures = Ligatures.read(tableBytes(font, "GSUB"), Set.of(cmap['f'], cmap['i'], cmap['l']));
    }

    /** The metrics of a bundled face, read on first use. */
    public static FontMetrics of(FontFace face) {
        return CACHE.computeIfAbsent(face, f -> {
            try (TrueTypeFont font = FontLibrary.open(f)) {
                return new FontMetrics(f, font);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static byte[] tableBytes(TrueTypeFont font, String tag) throws IOException {
        TTFTable table = font.getTableMap().get(tag);
        return table == null ? null : font.getTableBytes(table);
    }

    public FontFace face() {
        return face;
    }

    public int unitsPerEm() {
        return unitsPerEm;
    }

    /** The glyph of a code point, 0 (.notdef) when the face has none. */
    public int glyph(int codePoint) {
        return codePoint >= 0 && codePoint < cmap.length ? cmap[codePoint] : 0;
    }

    public boolean has(int codePoint) {
        return glyph(codePoint) != 0;
    }

    public int advance(int glyph) {
        return glyph < advances.length ? advances[glyph] : 0;
    }



    public PairKerning kerning() {
        return kerning;
    }

    public Ligatures ligatures() {
        return ligatures;
    }
}
