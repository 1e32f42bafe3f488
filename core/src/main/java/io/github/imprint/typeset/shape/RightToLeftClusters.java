package io.github.imprint.typeset.shape;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.font.GlyphTexts;
import java.awt.font.GlyphVector;
import java.util.OptionalInt;

/**
 * The clusters of a right-to-left shape: which letters each glyph came from. A shaper returns the
 * glyphs of right-to-left text in the order they are seen, the first letter last and a mark before the
 * letter it sits on, and the PDF draws them so. Text extraction sorts a line's glyphs by place and turns
 * each right-to-left stretch around, character by character, so each glyph is noted with the text it
 * shows ({@link GlyphTexts}): its character, or for a form only shaping reaches (an initial or final
 * form), the letters of its cluster that no other glyph of it shows. A glyph that shows several letters
 * (Noto Sans Arabic's lam-alef, lam with alef maksura) is noted with them as they are seen, the last
 * letter first, so that turned around with the rest of the line they read in order.
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
            String shown = rest.toString();
            GlyphTexts.seen(
                    face,
                    base,
                    shown.codePointCount(0, shown.length()) > 1
                            ? new StringBuilder(shown).reverse().toString()
                            : shown);
        }
    }
}
