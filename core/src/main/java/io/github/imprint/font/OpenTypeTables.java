package io.github.imprint.font;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reading the parts GPOS and GSUB share (OpenType 1.9, "Common Table Formats"): the feature list, the
 * lookup list, coverage tables and class definitions, straight from the table's bytes. Offsets are
 * big-endian and relative to the table or subtable that holds them.
 */
final class OpenTypeTables {

    private OpenTypeTables() {}

    static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    static int s16(byte[] b, int at) {
        return (short) u16(b, at);
    }

    static int u32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    /** The lookup indices of every feature with {@code tag}, in lookup order, without repeats. */
    static List<Integer> lookupsOf(byte[] table, String tag) {
        int featureList = u16(table, 6);
        int count = u16(table, featureList);
        Set<Integer> lookups = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            int record = featureList + 2 + i * 6;
            String featureTag = new String(table, record, 4, StandardCharsets.US_ASCII);
            if (featureTag.equals(tag)) {
                int feature = featureList + u16(table, record + 4);
                int n = u16(table, feature + 2);
                for (int j = 0; j < n; j++) {
                    lookups.add(u16(table, feature + 4 + j * 2));
                }
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(lookups));
    }

    /** The subtables of a lookup, as absolute offsets, with extension lookups (GPOS 9, GSUB 7) unwrapped. */
    static List<int[]> subtables(byte[] table, int lookupIndex, int extensionType) {
        int lookupList = u16(table, 8);
        int lookup = lookupList + u16(table, lookupList + 2 + lookupIndex * 2);
        int type = u16(table, lookup);
        int count = u16(table, lookup + 4);
        List<int[]> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int sub = lookup + u16(table, lookup + 6 + i * 2);
            if (type == extensionType) {
                result.add(new int[] {u16(table, sub + 2), sub + u32(table, sub + 4)});
            } else {
                result.add(new int[] {type, sub});
            }
        }
        return result;
    }

    /** The coverage index of {@code glyph}, or -1. */
    static int coverage(byte[] b, int at, int glyph) {
        int format = u16(b, at);
        int count = u16(b, at + 2);
        if (format == 1) {
            int record = find(b, at + 4, count, 2, glyph);
            return record < 0 ? -1 : (record - at - 4) / 2;
        }
        int record = range(b, at + 4, count, glyph);
        return record < 0 ? -1 : u16(b, record + 4) + glyph - u16(b, record);
    }

    /**
     * The record whose first field is {@code glyph} among {@code count} records of {@code size} bytes
     * sorted by it, starting at {@code at}, or -1: coverage format 1, GPOS pair sets.
     */
    static int find(byte[] b, int at, int count, int size, int glyph) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int record = at + mid * size;
            int g = u16(b, record);
            if (g < glyph) {
                lo = mid + 1;
            } else if (g > glyph) {
                hi = mid - 1;
            } else {
                return record;
            }
        }
        return -1;
    }

    /**
     * The range record (start, end, value; six bytes each, sorted) at {@code at} that holds {@code glyph},
     * as coverage format 2 and class definition format 2 keep them, or -1.
     */
    private static int range(byte[] b, int at, int count, int glyph) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int record = at + mid * 6;
            if (glyph < u16(b, record)) {
                hi = mid - 1;
            } else if (glyph > u16(b, record + 2)) {
                lo = mid + 1;
            } else {
                return record;
            }
        }
        return -1;
    }

    /** The class of {@code glyph} in a class definition table; 0 when it has none. */
    static int classOf(byte[] b, int at, int glyph) {
        int format = u16(b, at);
        if (format == 1) {
            int start = u16(b, at + 2);
            int count = u16(b, at + 4);
            return glyph >= start && glyph < start + count ? u16(b, at + 6 + (glyph - start) * 2) : 0;
        }
        int record = range(b, at + 4, u16(b, at + 2), glyph);
        return record < 0 ? 0 : u16(b, record + 4);
    }

    /** The byte size of a GPOS value record of {@code format}: two bytes per bit set. */
    static int valueSize(int format) {
        return Integer.bitCount(format & 0xFF) * 2;
    }

    /** The XAdvance of a value record, or 0 when the format has none. */
    static int xAdvance(byte[] b, int at, int format) {
        if ((format & 0x0004) == 0) {
            return 0;
        }
        int before = Integer.bitCount(format & 0x0003);
        return s16(b, at + before * 2);
    }
}
