package io.github.imprint.font;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Compact Font Format program (Adobe Technical Note #5176), read as far as subsetting needs: its
 * structures kept as the bytes they are, so what is copied is copied exactly.
 *
 * <p>A CFF font is a header and four INDEXes (names, Top DICTs, strings, global subroutines); the Top
 * DICT points at the rest: the CharStrings INDEX (one Type 2 charstring per glyph), the charset, and
 * either one Private DICT (a name-keyed font) or, in a CID-keyed font ({@code ROS} in its Top DICT), an
 * FDArray of Font DICTs, each with its own Private DICT, and an FDSelect that gives each glyph its Font
 * DICT. A Private DICT may point at local subroutines, at an offset from its own start. An INDEX is a
 * count, an offset size and {@code count + 1} offsets into the data that follows. A DICT is a run of
 * operands, each followed by its operator: an operator is a byte below 22 ({@code 12} escapes a second
 * byte), an operand an integer in one to five bytes or a real in packed nibbles.
 *
 * <p>CFF2 (variable fonts) is a different format and is not read here.
 */
record CompactFont(
        byte[] name,
        List<Entry> top,
        List<byte[]> strings,
        List<byte[]> globalSubrs,
        List<byte[]> charStrings,
        boolean cidKeyed,
        List<List<Entry>> fontDicts,
        int[] fdSelect,
        List<List<Entry>> privates,
        List<List<byte[]>> localSubrs) {

    /** A DICT's entry: its operator ({@code 1200 + b} for an escaped one) and its operands' bytes. */
    record Entry(int operator, byte[] operands) {
        /** The operands as numbers (reals read as their integer part, which no offset is). */
        int[] numbers() {
            List<Integer> values = new ArrayList<>();
            int i = 0;
            while (i < operands.length) {
                int b0 = operands[i] & 0xFF;
                values.add(b0 == 30 ? 0 : integer(operands, i));
                i = operandEnd(operands, i);
            }
            return values.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    static final int CHARSET = 15;
    static final int ENCODING = 16;
    static final int CHAR_STRINGS = 17;
    static final int PRIVATE = 18;
    static final int SUBRS = 19;
    static final int UNIQUE_ID = 13;
    static final int XUID = 14;
    static final int ROS = 1230;
    static final int CID_COUNT = 1234;
    static final int UID_BASE = 1235;
    static final int FD_ARRAY = 1236;
    static final int FD_SELECT = 1237;
    static final int CHARSTRING_TYPE = 1206;

    /** Reads a CFF table; a malformed one is an {@link IllegalArgumentException} saying where. */
    static CompactFont read(byte[] cff) {
        try {
            int at = cff[2] & 0xFF; // header size
            Index names = Index.at(cff, at);
            Index tops = Index.at(cff, names.end);
            Index strings = Index.at(cff, tops.end);
            Index global = Index.at(cff, strings.end);
            List<Entry> top = dict(tops.item(cff, 0));
            Entry type = find(top, CHARSTRING_TYPE);
            if (type != null && type.numbers()[0] != 2) {
                throw new IllegalArgumentException("its charstrings are not Type 2");
            }
            Index charStrings = Index.at(cff, find(top, CHAR_STRINGS).numbers()[0]);
            List<byte[]> glyphs = charStrings.items(cff);
            boolean cid = find(top, ROS) != null;
            List<List<Entry>> fontDicts = new ArrayList<>();
            int[] select = new int[glyphs.size()];
            if (cid) {
                for (byte[] fd : Index.at(cff, find(top, FD_ARRAY).numbers()[0]).items(cff)) {
                    fontDicts.add(dict(fd));
                }
                select = fdSelect(cff, find(top, FD_SELECT).numbers()[0], glyphs.size());
            } else {
                fontDicts.add(List.of(find(top, PRIVATE)));
            }
            List<List<Entry>> privates = new ArrayList<>();
            List<List<byte[]>> locals = new ArrayList<>();
            for (List<Entry> fd : fontDicts) {
                int[] sizeOffset = find(fd, PRIVATE).numbers();
                List<Entry> priv = dict(Arrays.copyOfRange(cff, sizeOffset[1], sizeOffset[1] + sizeOffset[0]));
                privates.add(priv);
                Entry subrs = find(priv, SUBRS);
                locals.add(
                        subrs == null
                                ? List.of()
                                : Index.at(cff, sizeOffset[1] + subrs.numbers()[0])
                                        .items(cff));
            }
            return new CompactFont(
                    names.item(cff, 0),
                    top,
                    strings.items(cff),
                    global.items(cff),
                    glyphs,
                    cid,
                    fontDicts,
                    select,
                    privates,
                    locals);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) { // an offset or a count that leads outside the table
            throw new IllegalArgumentException("its CFF table is damaged", e);
        }
    }

    static Entry find(List<Entry> dict, int operator) {
        for (Entry e : dict) {
            if (e.operator() == operator) {
                return e;
            }
        }
        return null;
    }

    /** An INDEX: where it starts and ends in the table, its count and where its offsets are. */
    record Index(int start, int end, int count, int offSize, int offsets) {
        static Index at(byte[] cff, int start) {
            int count = u16(cff, start);
            if (count == 0) {
                return new Index(start, start + 2, 0, 0, 0);
            }
            int offSize = cff[start + 2] & 0xFF;
            int offsets = start + 3;
            int dataBefore = offsets + (count + 1) * offSize - 1;
            int end = dataBefore + offset(cff, offsets + count * offSize, offSize);
            return new Index(start, end, count, offSize, offsets);
        }

        byte[] item(byte[] cff, int i) {
            int base = offsets + (count + 1) * offSize - 1;
            return Arrays.copyOfRange(
                    cff,
                    base + offset(cff, offsets + i * offSize, offSize),
                    base + offset(cff, offsets + (i + 1) * offSize, offSize));
        }

        List<byte[]> items(byte[] cff) {
            List<byte[]> items = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                items.add(item(cff, i));
            }
            return items;
        }

        /** An INDEX of {@code items}, with the smallest offset size that holds them. */
        static byte[] of(List<byte[]> items) {
            if (items.isEmpty()) {
                return new byte[] {0, 0};
            }
            long total = 1;
            for (byte[] item : items) {
                total += item.length;
            }
            int offSize = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(items.size() >> 8);
            out.write(items.size());
            out.write(offSize);
            long offset = 1;
            writeOffset(out, offset, offSize);
            for (byte[] item : items) {
                offset += item.length;
                writeOffset(out, offset, offSize);
            }
            for (byte[] item : items) {
                out.writeBytes(item);
            }
            return out.toByteArray();
        }

        private static void writeOffset(ByteArrayOutputStream out, long offset, int size) {
            for (int s = size - 1; s >= 0; s--) {
                out.write((int) (offset >> (8 * s)));
            }
        }
    }

    private static int[] fdSelect(byte[] cff, int at, int glyphs) {
        int[] select = new int[glyphs];
        int format = cff[at] & 0xFF;
        if (format == 0) {
            for (int g = 0; g < glyphs; g++) {
                select[g] = cff[at + 1 + g] & 0xFF;
            }
        } else if (format == 3) {
            int ranges = u16(cff, at + 1);
            for (int r = 0; r < ranges; r++) {
                int first = u16(cff, at + 3 + 3 * r);
                int fd = cff[at + 5 + 3 * r] & 0xFF;
                int next = u16(cff, at + 6 + 3 * r);
                Arrays.fill(select, first, Math.min(next, glyphs), fd);
            }
        } else {
            throw new IllegalArgumentException("its FDSelect has an unknown format " + format);
        }
        return select;
    }

    /** A DICT's entries, in order. */
    static List<Entry> dict(byte[] data) {
        List<Entry> entries = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < data.length) {
            int b0 = data[i] & 0xFF;
            if (b0 <= 21) {
                int operator = b0 == 12 ? 1200 + (data[i + 1] & 0xFF) : b0;
                entries.add(new Entry(operator, Arrays.copyOfRange(data, start, i)));
                i += b0 == 12 ? 2 : 1;
                start = i;
            } else {
                i = operandEnd(data, i);
            }
        }
        return entries;
    }

    /** Where the DICT operand at {@code i} ends: a real runs to the nibble 0xf, an integer is 1 to 5 bytes. */
    private static int operandEnd(byte[] d, int i) {
        int b0 = d[i] & 0xFF;
        if (b0 == 30) {
            do {
                i++;
            } while ((d[i] & 0x0F) != 0x0F && (d[i] & 0xF0) != 0xF0);
            return i + 1;
        }
        return i + (b0 == 28 ? 3 : b0 == 29 ? 5 : b0 >= 247 && b0 <= 254 ? 2 : 1);
    }

    /**
     * The integer operand at {@code i}: one byte (32–246), two (247–254), or 28 and a short; in a
     * DICT also 29 and an int. Type 2 charstrings encode their numbers the same way below 255.
     */
    static int integer(byte[] d, int i) {
        int b0 = d[i] & 0xFF;
        if (b0 == 28) {
            return (short) ((d[i + 1] & 0xFF) << 8 | d[i + 2] & 0xFF);
        }
        if (b0 == 29) {
            return (d[i + 1] & 0xFF) << 24 | (d[i + 2] & 0xFF) << 16 | (d[i + 3] & 0xFF) << 8 | d[i + 4] & 0xFF;
        }
        if (b0 >= 247 && b0 <= 250) {
            return (b0 - 247) * 256 + (d[i + 1] & 0xFF) + 108;
        }
        if (b0 >= 251 && b0 <= 254) {
            return -(b0 - 251) * 256 - (d[i + 1] & 0xFF) - 108;
        }
        return b0 - 139;
    }

    /** An integer operand in five bytes, so a DICT's size does not depend on the offsets it holds. */
    static byte[] fixed(int... values) {
        byte[] out = new byte[5 * values.length];
        for (int k = 0; k < values.length; k++) {
            int v = values[k];
            out[5 * k] = 29;
            out[5 * k + 1] = (byte) (v >> 24);
            out[5 * k + 2] = (byte) (v >> 16);
            out[5 * k + 3] = (byte) (v >> 8);
            out[5 * k + 4] = (byte) v;
        }
        return out;
    }

    static byte[] dictBytes(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            out.writeBytes(e.operands());
            if (e.operator() >= 1200) {
                out.write(12);
                out.write(e.operator() - 1200);
            } else {
                out.write(e.operator());
            }
        }
        return out.toByteArray();
    }

    static int u16(byte[] d, int i) {
        return (d[i] & 0xFF) << 8 | d[i + 1] & 0xFF;
    }

    private static int offset(byte[] d, int i, int size) {
        int v = 0;
        for (int k = 0; k < size; k++) {
            v = v << 8 | d[i + k] & 0xFF;
        }
        return v;
    }
}
