package io.github.imprint.font;

import static io.github.imprint.font.OpenTypeTables.classOf;
import static io.github.imprint.font.OpenTypeTables.coverage;
import static io.github.imprint.font.OpenTypeTables.u16;
import static io.github.imprint.font.OpenTypeTables.valueSize;
import static io.github.imprint.font.OpenTypeTables.xAdvance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kerning from the GPOS table's pair adjustments ({@code kern} feature, lookup type 2, formats 1 and 2,
 * also inside extension lookups of type 9). FontBox reads only the legacy {@code kern} table, which
 * Noto fonts do not have.
 *
 * <p>For a pair of glyphs every kerning lookup is tried, and within a lookup the first subtable that
 * applies decides: format 1 lists the second glyphs one by one, format 2 looks both up in class
 * definitions and reads a class-by-class matrix. Only the first glyph's XAdvance is
 * used, which is what kerning in horizontal Latin, Greek and Cyrillic text amounts to. Safe to share
 * between threads: the table is read-only, and pairs already looked up are kept in a small cache.
 */
public final class PairKerning {

    static final PairKerning NONE = new PairKerning(new byte[0], List.of());

    private final byte[] gpos;
    private final List<int[]> subtables;

    private PairKerning(byte[] gpos, List<int[]> subtables) {
        this.gpos = gpos;
        this.subtables = subtables;
        this.cache = new short[subtables.isEmpty() ? 0 : CACHED * CACHED];
        Arrays.fill(cache, UNKNOWN);
    }

    static PairKerning read(byte[] gpos) {
        if (gpos == null || gpos.length < 10) {
            return NONE;
        }
        List<int[]> subtables = new ArrayList<>();
        for (int lookup : OpenTypeTables.lookupsOf(gpos, "kern")) {
            for (int[] sub : OpenTypeTables.subtables(gpos, lookup, 9)) {
                if (sub[0] == 2) {
                    subtables.add(new int[] {sub[1], lookup});
                }
            }
        }
        return new PairKerning(gpos, subtables);
    }

    /**
     * The adjustment of the first glyph's advance before the second, in font units: the sum over the
     * kerning lookups of what the first subtable that applies gives. A format 1 subtable applies when it
     * lists the pair; a format 2 subtable whenever it covers the first glyph.
     */
    public int kern(int first, int second) {
        if (subtables.isEmpty()) {
            return 0;
        }
        if (first < CACHED && second < CACHED) {
            int index = first * CACHED + second;
            short known = cache[index];
            if (known != UNKNOWN) {
                return known;
            }
            int value = lookup(first, second);
            cache[index] = (short) Math.max(Short.MIN_VALUE + 1, Math.min(Short.MAX_VALUE, value));
            return value;
        }
        return lookup(first, second);
    }

    /** Pairs of the first {@value #CACHED} glyphs (Latin, Greek, Cyrillic in Noto) are remembered once found. */
    private static final int CACHED = 1024;

    private static final short UNKNOWN = Short.MIN_VALUE;
    // Filled lazily by any thread; a race writes the same value twice, and short writes are atomic.
    private final short[] cache;

    private int lookup(int first, int second) {
        int total = 0;
        int appliedLookup = -1;
        for (int[] sub : subtables) {
            if (sub[1] == appliedLookup) {
                continue;
            }
            int at = sub[0];
            int covered = coverage(gpos, at + u16(gpos, at + 2), first);
            if (covered < 0) {
                continue;
            }
            int format = u16(gpos, at);
            int format1 = u16(gpos, at + 4);
            int format2 = u16(gpos, at + 6);
            int recordSize = valueSize(format1) + valueSize(format2);
            if (format == 1) {
                int pairSet = at + u16(gpos, at + 10 + covered * 2);
                int record = OpenTypeTables.find(gpos, pairSet + 2, u16(gpos, pairSet), 2 + recordSize, second);
                if (record >= 0) {
                    total += xAdvance(gpos, record + 2, format1);
                    appliedLookup = sub[1];
                }
            } else if (format == 2) {
                int class1 = classOf(gpos, at + u16(gpos, at + 8), first);
                int class2 = classOf(gpos, at + u16(gpos, at + 10), second);
                if (class1 < u16(gpos, at + 12) && class2 < u16(gpos, at + 14)) {
                    int record = at + 16 + (class1 * u16(gpos, at + 14) + class2) * recordSize;
                    total += xAdvance(gpos, record, format1);
                    appliedLookup = sub[1];
                }
            }
        }
        return total;
    }
}
