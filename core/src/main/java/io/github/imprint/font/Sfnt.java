package io.github.imprint.font;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenType container, read and written: a table directory (the outlines' version, how many
 * tables, and for each one its tag, checksum, offset and length, sorted by tag) followed by the tables,
 * each starting on a four-byte boundary. The {@code head} table's {@code checkSumAdjustment} makes the
 * whole file's checksum come out at {@code 0xB1B0AFBA}.
 */
final class Sfnt {

    /** Where a table lies in a font's bytes. */
    record Table(int offset, int length) {}

    static final int CFF_OUTLINES = 0x4F54544F; // 'OTTO'

    private Sfnt() {}

    /** Every table of a font, by tag, from its table directory. */
    static Map<String, Table> tables(byte[] font) {
        int count = OpenTypeTables.u16(font, 4);
        Map<String, Table> tables = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            String tag = new String(font, at, 4, StandardCharsets.ISO_8859_1);
            tables.put(tag, new Table(OpenTypeTables.u32(font, at + 8), OpenTypeTables.u32(font, at + 12)));
        }
        return tables;
    }

    /** A table's bytes, or null where the font has none. */
    static byte[] table(byte[] font, String tag) {
        Table t = tables(font).get(tag);
        return t == null ? null : Arrays.copyOfRange(font, t.offset(), t.offset() + t.length());
    }

    /** A font of {@code tables}; a {@code head} among them gets its checksum adjustment. */
    static byte[] write(int version, Map<String, byte[]> tables) {
        TreeMap<String, byte[]> sorted = new TreeMap<>(tables);
        int count = sorted.size();
        int power = Integer.highestOneBit(count);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        u32(out, version);
        u16(out, count);
        u16(out, power * 16);
        u16(out, Integer.numberOfTrailingZeros(power));
        u16(out, count * 16 - power * 16);
        int offset = 12 + 16 * count;
        for (Map.Entry<String, byte[]> table : sorted.entrySet()) {
            out.writeBytes(table.getKey().getBytes(StandardCharsets.ISO_8859_1));
            u32(out, checksum(table.getValue()));
            u32(out, offset);
            u32(out, table.getValue().length);
            offset += (table.getValue().length + 3) & ~3;
        }
        int headAt = -1;
        for (Map.Entry<String, byte[]> table : sorted.entrySet()) {
            if (table.getKey().equals("head")) {
                headAt = out.size();
            }
            out.writeBytes(table.getValue());
            while (out.size() % 4 != 0) {
                out.write(0);
            }
        }
        byte[] font = out.toByteArray();
        if (headAt >= 0) {
            int adjustment = 0xB1B0AFBA - checksum(font);
            for (int k = 0; k < 4; k++) {
                font[headAt + 8 + k] = (byte) (adjustment >> (24 - 8 * k));
            }
        }
        return font;
    }

    private static int checksum(byte[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = word << 8 | (i + k < data.length ? data[i + k] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }

    static void u16(ByteArrayOutputStream out, int v) {
        out.write(v >> 8);
        out.write(v);
    }

    static void u32(ByteArrayOutputStream out, int v) {
        u16(out, v >>> 16);
        u16(out, v & 0xFFFF);
    }
}
