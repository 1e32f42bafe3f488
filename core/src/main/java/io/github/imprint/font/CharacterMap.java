package io.github.imprint.font;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The character-to-glyph map of a TrueType font, read from its {@code cmap} table (OpenType 1.9,
 * "cmap — Character to Glyph Index Mapping Table"). Of the table's encodings the Unicode ones are
 * used: a format 12 subtable (segmented coverage, all planes) when the font has one, else a format 4
 * subtable (segment mapping to delta values, the Basic Multilingual Plane).
 *
 * <p>The map is flattened once into an array over the Basic Multilingual Plane, so that shaping asks
 * it with one array access; the rare characters beyond it go to a small hash map. Reading it this way
 * takes about a millisecond, against tens for asking a parsed font sixty-five thousand times.
 */
final class CharacterMap {

    private static final int BMP = 0x10000;

    private final int[] basic;
    private final Map<Integer, Integer> supplementary;

    private CharacterMap(int[] basic, Map<Integer, Integer> supplementary) {
        this.basic = basic;
        this.supplementary = supplementary;
    }

    /** The glyph of {@code codePoint}, 0 when the font has none. */
    int glyph(int codePoint) {
        if (codePoint >= 0 && codePoint < BMP) {
            return basic[codePoint];
        }
        return supplementary.getOrDefault(codePoint, 0);
    }

    /** For each glyph some character maps to, the smallest such code point. */
    Map<Integer, Integer> characters() {
        Map<Integer, Integer> out = new HashMap<>();
        for (int cp = 0; cp < BMP; cp++) {
            if (basic[cp] != 0) {
                out.merge(basic[cp], cp, CharacterMap::text);
            }
        }
        supplementary.forEach((cp, glyph) -> out.merge(glyph, cp, CharacterMap::text));
        return out;
    }

    /**
     * Of two characters one glyph shows, the one that is text: a CJK font draws the Kangxi radical ⾔
     * (U+2F94) and the ideograph 言 (U+8A00) with one glyph, and the ideograph is what was written.
     * Compatibility characters (those NFKC changes) give way; otherwise the lower code point.
     */
    private static int text(int a, int b) {
        boolean aPlain = plain(a);
        if (aPlain != plain(b)) {
            return aPlain ? a : b;
        }
        return Math.min(a, b);
    }

    private static boolean plain(int cp) {
        return cp < 0x2E80 || Normalizer.isNormalized(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    }

    /** Reads the map from the {@code cmap} table at {@code table} in the font's bytes. */
    static CharacterMap read(byte[] font, int table) {
        int count = OpenTypeTables.u16(font, table + 2);
        int format4 = -1;
        int format12 = -1;
        for (int i = 0; i < count; i++) {
            int record = table + 4 + 8 * i;
            int platform = OpenTypeTables.u16(font, record);
            int encoding = OpenTypeTables.u16(font, record + 2);
            int subtable = table + OpenTypeTables.u32(font, record + 4);
            boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
            if (!unicode) {
                continue;
            }
            int format = OpenTypeTables.u16(font, subtable);
            if (format == 12 && format12 < 0) {
                format12 = subtable;
            } else if (format == 4 && format4 < 0) {
                format4 = subtable;
            }
        }
        int[] basic = new int[BMP];
        Map<Integer, Integer> supplementary = new HashMap<>();
        if (format12 >= 0) {
            readFormat12(font, format12, basic, supplementary);
        } else if (format4 >= 0) {
            readFormat4(font, format4, basic);
        } else {
            throw new IllegalArgumentException("font has no Unicode character map of format 4 or 12");
        }
        return new CharacterMap(basic, supplementary);
    }

    private static void readFormat4(byte[] b, int at, int[] basic) {
        int segments = OpenTypeTables.u16(b, at + 6) / 2;
        int ends = at + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++) {
            int end = OpenTypeTables.u16(b, ends + 2 * s);
            int start = OpenTypeTables.u16(b, starts + 2 * s);
            int delta = OpenTypeTables.u16(b, deltas + 2 * s);
            int rangeOffsetAt = rangeOffsets + 2 * s;
            int rangeOffset = OpenTypeTables.u16(b, rangeOffsetAt);
            for (int c = start; c <= end && c < 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int glyphAt = rangeOffsetAt + rangeOffset + 2 * (c - start);
                    glyph = OpenTypeTables.u16(b, glyphAt);
                    if (glyph != 0) {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }
                basic[c] = glyph;
            }
        }
    }

    private static void readFormat12(byte[] b, int at, int[] basic, Map<Integer, Integer> supplementary) {
        long groups = OpenTypeTables.u32(b, at + 12) & 0xFFFFFFFFL;
        for (int g = 0; g < groups; g++) {
            int group = at + 16 + 12 * g;
            int start = OpenTypeTables.u32(b, group);
            int end = OpenTypeTables.u32(b, group + 4);
            int glyph = OpenTypeTables.u32(b, group + 8);
            for (int c = start; c <= end && c <= Character.MAX_CODE_POINT; c++) {
                if (c < BMP) {
                    basic[c] = glyph + (c - start);
                } else {
                    supplementary.put(c, glyph + (c - start));
                }
            }
        }
    }
}
