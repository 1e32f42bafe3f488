package io.github.imprint.font;

import static io.github.imprint.font.OpenTypeTables.coverage;
import static io.github.imprint.font.OpenTypeTables.u16;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The standard ligatures of a font: the GSUB {@code liga} feature's ligature substitutions (lookup type
 * 4, also inside extension lookups of type 7), kept only where every component is f, i or l, so that
 * exactly fi, fl, ff, ffi and ffl are formed, as a book wants; nothing else is ligated.
 * Immutable and safe to share between threads.
 */
public final class Ligatures {

    static final Ligatures NONE = new Ligatures(List.of());

    /** A ligature: the glyphs it replaces, in order, and the glyph that replaces them. */
    public record Ligature(int[] components, int glyph) {}

    private final Ligature[] all;
    private final BitSet starts = new BitSet();

    private Ligatures(List<Ligature> all) {
        this.all = all.toArray(new Ligature[0]);
        for (Ligature ligature : all) {
            starts.set(ligature.components()[0]);
        }
    }

    /**
     * @param letters the glyph ids of f, i and l, the only components allowed
     */
    static Ligatures read(byte[] gsub, Set<Integer> letters) {
        if (gsub == null || gsub.length < 10) {
            return NONE;
        }
        List<Ligature> found = new ArrayList<>();
        for (int lookup : OpenTypeTables.lookupsOf(gsub, "liga")) {
            for (int[] sub : OpenTypeTables.subtables(gsub, lookup, 7)) {
                if (sub[0] != 4) {
                    continue;
                }
                int at = sub[1];
                int coverageAt = at + u16(gsub, at + 2);
                int setCount = u16(gsub, at + 4);
                for (int first : letters) {
                    int index = coverage(gsub, coverageAt, first);
                    if (index < 0 || index >= setCount) {
                        continue;
                    }
                    int set = at + u16(gsub, at + 6 + index * 2);
                    int count = u16(gsub, set);
                    for (int i = 0; i < count; i++) {
                        int ligature = set + u16(gsub, set + 2 + i * 2);
                        int glyph = u16(gsub, ligature);
                        int components = u16(gsub, ligature + 2);
                        int[] sequence = new int[components];
                        sequence[0] = first;
                        boolean standard = true;
                        for (int c = 1; c < components; c++) {
                            sequence[c] = u16(gsub, ligature + 4 + (c - 1) * 2);
                            standard &= letters.contains(sequence[c]);
                        }
                        if (standard && components > 1) {
                            found.add(new Ligature(sequence, glyph));
                        }
                    }
                }
            }
        }
        found.sort((a, b) -> b.components().length - a.components().length);
        return new Ligatures(found);
    }

    /** The longest ligature that starts at {@code at} in {@code glyphs}, or null. */
    public Ligature match(int[] glyphs, int at, int end) {
        if (!starts.get(glyphs[at])) {
            return null;
        }
        for (Ligature ligature : all) {
            int[] c = ligature.components();
            if (at + c.length > end) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < c.length && matches; i++) {
                matches = glyphs[at + i] == c[i];
            }
            if (matches) {
                return ligature;
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return all.length == 0;
    }
}
