package io.github.imprint.typeset.shape;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.font.GlyphTexts;
import java.awt.font.GlyphVector;
import java.util.OptionalInt;

/**
 * The clusters of a right-to-left shape: which letters each glyph came from. A shaper returns the
 * glyphs of right-to-left text in the order they are seen, the first letter last and a mark before the
 * letter it sits on; the PDF draws such a run from its right end, so its content stream meets the
 * letters, and each letter before its marks, in reading order. Text extraction takes right-to-left
 * glyphs one by one, so each is noted with the text it shows ({@link GlyphTexts}): its character, or
 * for a form only shaping reaches (an initial or final form, a lam-alef), the letters of its cluster
 * that no other glyph of it shows.
 */
final class RightToLeftClusters {

    private RightToLeftClusters() {}

    /** Notes what each glyph of a right-to-left shape shows, cluster by cluster. */
    static void note(GlyphVector vector, String text, FontFace face) {
        int n = vector.getNumGlyphs();
        int[] starts = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = vector.getGlyphCharIndex(i);
        }
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && starts[j] == starts[i]) {
                j++;
            }
            note(vector, face, text.substring(starts[i], end(starts, starts[i], text.length())), i, j);
            i = j;
        }
    }

    /** Where the cluster that starts at {@code start} ends: at the next cluster's start. */
    private static int end(int[] starts, int start, int length) {
        int end = length;
        for (int s : starts) {
            if (s > start && s < end) {
                end = s;
            }
        }
        return end;
    }

    private static void note(GlyphVector vector, FontFace face, String cluster, int from, int to) {
        FontMetrics metrics = FontMetrics.of(face);
        StringBuilder rest = new StringBuilder(cluster);
        int base = -1;
        for (int k = from; k < to; k++) {
            int glyph = vector.getGlyphCode(k);
            OptionalInt cp = glyph >= 0xFFFE ? OptionalInt.empty() : metrics.character(glyph);
            int at = cp.isPresent() && !GlyphTexts.presentationForm(cp.getAsInt())
                    ? rest.indexOf(new String(Character.toChars(cp.getAsInt())))
                    : -1;
            if (at >= 0) {
                rest.delete(at, at + Character.charCount(cp.getAsInt()));
            } else if (base < 0 && glyph < 0xFFFE) {
                base = glyph;
            }
        }
        if (base >= 0) {
            GlyphTexts.seen(face, base, rest.toString());
        }
    }
}
