package io.github.imprint.font;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A subset of a font with CFF outlines as an OpenType font a reading system can load: the CFF program
 * cut to the characters' glyphs ({@link CompactFontSubset}), renumbered in the order of their old
 * numbers, with a new character map (format 4 for the Basic Multilingual Plane, format 12 for all),
 * horizontal metrics for those glyphs only, {@code maxp} version 0.5 (the one for CFF outlines) and
 * {@code post} version 3 (no glyph names). {@code head}, {@code hhea}, {@code OS/2} and {@code name}
 * are the font's own, {@code hhea} given the new count of metrics. As with TrueType subsets, the
 * layout tables are left out: a reading system sets the text as it comes.
 */
final class OpenTypeSubset {

    private OpenTypeSubset() {}

    static byte[] of(byte[] font, Set<Integer> codePoints) {
        Map<String, Sfnt.Table> tables = Sfnt.tables(font);
        CharacterMap characters = CharacterMap.read(font, tables.get("cmap").offset());
        TreeMap<Integer, Integer> oldGlyphs = new TreeMap<>(); // code point to glyph in the whole font
        for (int cp : codePoints) {
            int glyph = characters.glyph(cp);
            if (glyph > 0) {
                oldGlyphs.put(cp, glyph);
            }
        }
        TreeSet<Integer> kept = new TreeSet<>(oldGlyphs.values());
        kept.add(0);
        List<Integer> order = new ArrayList<>(kept);
        Map<String, byte[]> out = new TreeMap<>();
        out.put("CFF ", CompactFontSubset.of(table(font, "CFF "), kept));
        TreeMap<Integer, Integer> map = new TreeMap<>();
        oldGlyphs.forEach((cp, glyph) -> map.put(cp, Collections.binarySearch(order, glyph))); // order is sorted
        out.put("cmap", cmap(map));

        byte[] hhea = table(font, "hhea");
        int longMetrics = OpenTypeTables.u16(hhea, 34);
        byte[] hmtx = table(font, "hmtx");
        ByteArrayOutputStream metricsOut = new ByteArrayOutputStream();
        for (int glyph : order) {
            int advance = OpenTypeTables.u16(hmtx, 4 * Math.min(glyph, longMetrics - 1));
            int bearing = glyph < longMetrics
                    ? OpenTypeTables.u16(hmtx, 4 * glyph + 2)
                    : OpenTypeTables.u16(hmtx, 4 * longMetrics + 2 * (glyph - longMetrics));
            Sfnt.u16(metricsOut, advance);
            Sfnt.u16(metricsOut, bearing);
        }
        out.put("hmtx", metricsOut.toByteArray());
        hhea[34] = (byte) (order.size() >> 8);
        hhea[35] = (byte) order.size();
        out.put("hhea", hhea);
        ByteArrayOutputStream maxp = new ByteArrayOutputStream();
        Sfnt.u32(maxp, 0x00005000);
        Sfnt.u16(maxp, order.size());
        out.put("maxp", maxp.toByteArray());
        byte[] post = Arrays.copyOf(table(font, "post"), 32);
        post[0] = 0;
        post[1] = 3;
        post[2] = 0;
        post[3] = 0;
        out.put("post", post);
        byte[] head = table(font, "head");
        Arrays.fill(head, 8, 12, (byte) 0);
        out.put("head", head);
        for (String tag : List.of("OS/2", "name")) {
            byte[] table = Sfnt.table(font, tag);
            if (table != null) {
                out.put(tag, table);
            }
        }
        return Sfnt.write(Sfnt.CFF_OUTLINES, out);
    }

    private static byte[] table(byte[] font, String tag) {
        byte[] table = Sfnt.table(font, tag);
        if (table == null) {
            throw new IllegalArgumentException("the font has no " + tag + " table");
        }
        return table;
    }

    /**
     * A character map: Windows Unicode BMP (format 4, a segment per run of characters whose glyphs
     * follow each other) and full (format 12).
     */
    static byte[] cmap(TreeMap<Integer, Integer> map) {
        List<int[]> runs = new ArrayList<>(); // first, last, glyph delta
        map.forEach((cp, glyph) -> {
            if (cp > 0xFFFE) {
                return;
            }
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] == cp - 1 && last[2] == glyph - cp) {
                last[1] = cp;
            } else {
                runs.add(new int[] {cp, cp, glyph - cp});
            }
        });
        runs.add(new int[] {0xFFFF, 0xFFFF, 1});
        int segments = runs.size();
        int power = Integer.highestOneBit(segments);
        ByteArrayOutputStream bmp = new ByteArrayOutputStream();
        Sfnt.u16(bmp, 4);
        Sfnt.u16(bmp, 16 + 8 * segments);
        Sfnt.u16(bmp, 0);
        Sfnt.u16(bmp, 2 * segments);
        Sfnt.u16(bmp, 2 * power);
        Sfnt.u16(bmp, Integer.numberOfTrailingZeros(power));
        Sfnt.u16(bmp, 2 * segments - 2 * power);
        runs.forEach(r -> Sfnt.u16(bmp, r[1])); // end codes
        Sfnt.u16(bmp, 0); // reserved pad
        runs.forEach(r -> Sfnt.u16(bmp, r[0])); // start codes
        runs.forEach(r -> Sfnt.u16(bmp, r[2] & 0xFFFF)); // deltas
        runs.forEach(r -> Sfnt.u16(bmp, 0)); // range offsets
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        Sfnt.u16(full, 12);
        Sfnt.u16(full, 0);
        Sfnt.u32(full, 16 + 12 * map.size());
        Sfnt.u32(full, 0);
        Sfnt.u32(full, map.size());
        map.forEach((cp, glyph) -> {
            Sfnt.u32(full, cp);
            Sfnt.u32(full, cp);
            Sfnt.u32(full, glyph);
        });
        // format 4 counts its length in 16 bits: past some 8,000 runs (a Chinese book's characters
        // in no order of glyphs) only format 12 is written, which every reading system reads
        boolean basicFits = bmp.size() <= 0xFFFF;
        ByteArrayOutputStream cmap = new ByteArrayOutputStream();
        Sfnt.u16(cmap, 0);
        Sfnt.u16(cmap, basicFits ? 2 : 1);
        if (basicFits) {
            Sfnt.u16(cmap, 3);
            Sfnt.u16(cmap, 1);
            Sfnt.u32(cmap, 4 + 16);
        }
        Sfnt.u16(cmap, 3);
        Sfnt.u16(cmap, 10);
        Sfnt.u32(cmap, basicFits ? 4 + 16 + bmp.size() : 4 + 8);
        if (basicFits) {
            cmap.writeBytes(bmp.toByteArray());
        }
        cmap.writeBytes(full.toByteArray());
        return cmap.toByteArray();
    }
}
