package io.github.imprint.font;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What typesetting needs of a face, read once per JVM and then shared read-only: the character map,
 * every glyph's advance, GPOS pair kerning, the standard ligatures and the forms by language.
 * Lengths are in font units; {@link #unitsPerEm()} converts.
 */
public final class FontMetrics {

    private static final Map<FontFace, FontMetrics> CACHE = new ConcurrentHashMap<>();

    private final FontFace face;
    private final int unitsPerEm;
    private final int[] advances;
    private final CharacterMap cmap;
    /** Glyph to character, made on the first question (text extraction of shaped glyphs asks it). */
    private volatile Map<Integer, Integer> characters;

    private final PairKerning kerning;
    private final Ligatures ligatures;
    private final LocalForms localForms;

    private FontMetrics(FontFace face, byte[] font) {
        this.face = face;
        Map<String, Sfnt.Table> tables = Sfnt.tables(font);
        int head = table(tables, "head").offset();
        int hhea = table(tables, "hhea").offset();
        int maxp = table(tables, "maxp").offset();
        int hmtx = table(tables, "hmtx").offset();
        this.unitsPerEm = OpenTypeTables.u16(font, head + 18);
        int glyphs = OpenTypeTables.u16(font, maxp + 4);
        int metrics = Math.min(OpenTypeTables.u16(font, hhea + 34), glyphs);
        this.advances = new int[glyphs];
        for (int g = 0; g < glyphs; g++) {
            advances[g] = OpenTypeTables.u16(font, hmtx + 4 * Math.min(g, metrics - 1));
        }
        this.cmap = CharacterMap.read(font, table(tables, "cmap").offset());
        this.kerning = PairKerning.read(Sfnt.table(font, "GPOS"));
        byte[] gsub = Sfnt.table(font, "GSUB");
        this.localForms = LocalForms.read(gsub);
        this.ligatures =
                Ligatures.read(gsub, new HashSet<>(List.of(cmap.glyph('f'), cmap.glyph('i'), cmap.glyph('l'))));
    }

    /** The metrics of a face, read on first use straight from the file's tables. */
    public static FontMetrics of(FontFace face) {
        FontMetrics known = CACHE.get(face);
        return known != null ? known : CACHE.computeIfAbsent(face, f -> new FontMetrics(f, FontLibrary.bytes(f)));
    }

    private static Sfnt.Table table(Map<String, Sfnt.Table> tables, String tag) {
        Sfnt.Table table = tables.get(tag);
        if (table == null) {
            throw new IllegalArgumentException("font has no " + tag + " table");
        }
        return table;
    }

    public FontFace face() {
        return face;
    }

    public int unitsPerEm() {
        return unitsPerEm;
    }

    /**
     * The glyph a language writes {@code glyph} with, where the face has forms by language (GSUB
     * {@code locl}): Japanese, Korean, Simplified or Traditional Chinese ideographs.
     */
    public int localForm(int glyph, String language) {
        return localForms.substitute(glyph, LocalForms.system(language));
    }

    /** The glyph of a code point, 0 (.notdef) when the face has none. */
    public int glyph(int codePoint) {
        return cmap.glyph(codePoint);
    }

    /** The character a glyph is reached from, for text extraction; empty for glyphs only substitution makes. */
    public OptionalInt character(int glyph) {
        Map<Integer, Integer> reverse = characters;
        if (reverse == null) {
            reverse = cmap.characters();
            characters = reverse;
        }
        Integer cp = reverse.get(glyph);
        return cp == null ? OptionalInt.empty() : OptionalInt.of(cp);
    }

    public boolean has(int codePoint) {
        return glyph(codePoint) != 0;
    }

    /** How many glyphs the face has; glyph ids run from 0 to one less. */
    public int glyphCount() {
        return advances.length;
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
