package io.github.imprint.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Composite glyphs appended to a TrueType font program, as the OpenType specification's {@code glyf}
 * table describes them: a glyph with no outline of its own, whose components are other glyphs of the
 * font, each moved by an offset. ({@link ClusterGlyphs} says why a right-to-left cluster becomes one.)
 *
 * <p>The font is read table by table and written again with the new glyphs after its own: {@code glyf}
 * grows by one record each, {@code loca} is written in its long form, {@code hmtx} with a full record
 * for every glyph (the new ones advance as their first component, which the {@code USE_MY_METRICS}
 * flag says too), {@code maxp} counts the glyphs and the composites' components and depth, {@code hhea}
 * the metrics, and {@code head} the long {@code loca} and the file's checksum. Other tables are copied.
 *
 * <p><b>Example.</b> A damma over an alef-hamza: a record of −1 contours, the bounding box of both, then
 * the alef-hamza at (0, 0) with {@code USE_MY_METRICS} and {@code MORE_COMPONENTS}, then the damma at
 * the offset the shaper gave it.
 */
final class CompositeGlyphs {

    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int ARGS_ARE_XY_VALUES = 0x0002;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int USE_MY_METRICS = 0x0200;

    /** One component: a glyph of the font (as the program numbers it) and its offset, in font units. */
    record Part(int glyph, int dx, int dy) {}

    private CompositeGlyphs() {}

    /** The font program with {@code composites} appended, numbered from its glyph count on. */
    static byte[] append(byte[] font, List<List<Part>> composites) {
        Map<String, byte[]> tables = tables(font);
        ByteBuffer head = ByteBuffer.wrap(tables.get("head").clone());
        ByteBuffer maxp = ByteBuffer.wrap(tables.get("maxp").clone());
        ByteBuffer hhea = ByteBuffer.wrap(tables.get("hhea").clone());
        byte[] glyf = tables.get("glyf");
        ByteBuffer outlines = ByteBuffer.wrap(glyf);
        ByteBuffer loca = ByteBuffer.wrap(tables.get("loca"));
        ByteBuffer hmtx = ByteBuffer.wrap(tables.get("hmtx"));
        int glyphs = maxp.getShort(4) & 0xFFFF;
        boolean longLoca = head.getShort(50) != 0;
        int[] offsets = new int[glyphs + 1];
        for (int g = 0; g <= glyphs; g++) {
            offsets[g] = longLoca ? loca.getInt(4 * g) : (loca.getShort(2 * g) & 0xFFFF) * 2;
        }
        int metrics = hhea.getShort(34) & 0xFFFF;
        int total = glyphs + composites.size();
        ByteArrayOutputStream newGlyf = new ByteArrayOutputStream(glyf.length + 32 * composites.size());
        newGlyf.write(glyf, 0, offsets[glyphs]);
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (total + 1));
        ByteBuffer newHmtx = ByteBuffer.allocate(4 * total);
        for (int g = 0; g < glyphs; g++) {
            newLoca.putInt(offsets[g]);
            int advance = hmtx.getShort(4 * Math.min(g, metrics - 1)) & 0xFFFF;
            short lsb = g < metrics ? hmtx.getShort(4 * g + 2) : hmtx.getShort(4 * metrics + 2 * (g - metrics));
            newHmtx.putShort((short) advance).putShort(lsb);
        }
        int depth = maxp.getInt(0) == 0x00010000 ? maxp.getShort(30) : 0;
        int deepest = 0;
        int most = 0;
        for (List<Part> parts : composites) {
            newLoca.putInt(newGlyf.size());
            int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
            boolean nested = false;
            for (Part part : parts) {
                int at = offsets[part.glyph()];
                if (offsets[part.glyph() + 1] - at >= 10) {
                    nested |= outlines.getShort(at) < 0;
                    box[0] = Math.min(box[0], outlines.getShort(at + 2) + part.dx());
                    box[1] = Math.min(box[1], outlines.getShort(at + 4) + part.dy());
                    box[2] = Math.max(box[2], outlines.getShort(at + 6) + part.dx());
                    box[3] = Math.max(box[3], outlines.getShort(at + 8) + part.dy());
                }
            }
            if (box[0] > box[2]) {
                box = new int[4];
            }
            ByteBuffer record = ByteBuffer.allocate(10 + 8 * parts.size() + 3 & ~3);
            record.putShort((short) -1);
            for (int v : box) {
                record.putShort((short) v);
            }
            for (int k = 0; k < parts.size(); k++) {
                Part part = parts.get(k);
                int flags = ARG_1_AND_2_ARE_WORDS
                        | ARGS_ARE_XY_VALUES
                        | (k + 1 < parts.size() ? MORE_COMPONENTS : 0)
                        | (k == 0 ? USE_MY_METRICS : 0);
                record.putShort((short) flags).putShort((short) part.glyph());
                record.putShort((short) part.dx()).putShort((short) part.dy());
            }
            newGlyf.write(record.array(), 0, record.capacity());
            int base = parts.get(0).glyph();
            newHmtx.putShort(newHmtx.getShort(4 * base)).putShort((short) box[0]);
            most = Math.max(most, parts.size());
            deepest = Math.max(deepest, nested ? Math.max(depth, 1) + 1 : 1);
        }
        newLoca.putInt(newGlyf.size());
        maxp.putShort(4, (short) total);
        if (maxp.getInt(0) == 0x00010000) {
            maxp.putShort(28, (short) Math.max(maxp.getShort(28), most));
            maxp.putShort(30, (short) Math.max(depth, deepest));
        }
        hhea.putShort(34, (short) total);
        head.putShort(50, (short) 1);
        head.putInt(8, 0);
        tables.put("head", head.array());
        tables.put("maxp", maxp.array());
        tables.put("hhea", hhea.array());
        tables.put("glyf", newGlyf.toByteArray());
        tables.put("loca", newLoca.array());
        tables.put("hmtx", newHmtx.array());
        if (tables.containsKey("post")) { // its glyph names, if any, would count the old glyphs
            ByteBuffer post = ByteBuffer.wrap(Arrays.copyOf(tables.get("post"), 32));
            tables.put("post", post.putInt(0, 0x00030000).array());
        }
        tables.keySet().removeAll(List.of("hdmx", "LTSH", "VDMX"));
        byte[] written = write(tables);
        int adjustment = (int) (0xB1B0AFBAL - checksum(written, 0, written.length));
        int headAt = tableOffset(written, "head");
        ByteBuffer.wrap(written).putInt(headAt + 8, adjustment);
        return written;
    }

    private static Map<String, byte[]> tables(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int count = b.getShort(4) & 0xFFFF;
        Map<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, StandardCharsets.US_ASCII);
            int offset = b.getInt(record + 8);
            int length = b.getInt(record + 12);
            byte[] table = new byte[length];
            System.arraycopy(font, offset, table, 0, length);
            tables.put(tag, table);
        }
        return tables;
    }

    /** The tables as a font file: the directory sorted by tag, each table on a four-byte boundary. */
    private static byte[] write(Map<String, byte[]> tables) {
        int count = tables.size();
        int size = 12 + 16 * count;
        for (byte[] table : tables.values()) {
            size += table.length + 3 & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(count);
        out.putInt(0x00010000).putShort((short) count).putShort((short) (power * 16));
        out.putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
        int offset = 12 + 16 * count;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] table = e.getValue();
            out.put(e.getKey().getBytes(StandardCharsets.US_ASCII));
            out.putInt((int) checksum(table, 0, table.length)).putInt(offset).putInt(table.length);
            offset += table.length + 3 & ~3;
        }
        for (byte[] table : tables.values()) {
            out.put(table);
            out.position(out.position() + (-table.length & 3));
        }
        return out.array();
    }

    /** How many glyphs a TrueType font program has ({@code maxp}). */
    static int glyphCount(byte[] font) {
        return ByteBuffer.wrap(font).getShort(tableOffset(font, "maxp") + 4) & 0xFFFF;
    }

    private static int tableOffset(byte[] font, String tag) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int count = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            if (new String(font, 12 + 16 * i, 4, StandardCharsets.US_ASCII).equals(tag)) {
                return b.getInt(12 + 16 * i + 8);
            }
        }
        throw new IllegalArgumentException("font has no " + tag + " table");
    }

    /** The OpenType checksum: the sum of the bytes as big-endian 32-bit words, the last one padded. */
    private static long checksum(byte[] data, int from, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = word << 8 | (i + k < length ? data[from + i + k] & 0xFF : 0);
            }
            sum += word & 0xFFFFFFFFL;
        }
        return sum & 0xFFFFFFFFL;
    }
}
