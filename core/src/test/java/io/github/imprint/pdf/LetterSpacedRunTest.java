package io.github.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A letter-spaced run is written with one {@code Tc}, not a number between every two glyphs. */
class LetterSpacedRunTest {

    private static final FontFace SERIF = new FontFace("Noto Serif", false, false);
    private static final long SIZE = 10_000;

    private static String written(long tracking) {
        FontMetrics metrics = FontMetrics.of(SERIF);
        int[] glyphs = {68, 69, 70, 71, 72, 73, 74, 75};
        long[] xs = new long[glyphs.length];
        long x = 50_000;
        for (int k = 0; k < glyphs.length; k++) {
            xs[k] = x;
            x += Math.round(metrics.advance(glyphs[k]) * (double) SIZE / metrics.unitsPerEm()) + tracking;
        }
        Placed.GlyphRun run = new Placed.GlyphRun(
                SERIF, SIZE, 100_000, glyphs, xs, "abcdefgh", false, 0, Role.PARAGRAPH, BlockId.NONE, 1, null, null);
        ContentStream stream = new ContentStream(500_000);
        stream.text(run, "F1");
        return new String(stream.bytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void spacedGlyphsTakeOneTcAndTheTextStateIsResetAfter() {
        String content = written(200); // 0.2 pt, 2% of the size
        assertTrue(content.contains("0.2 Tc\n"), content);
        assertTrue(content.endsWith("ET\n0 Tc\n"), content);
        String shown = content.substring(content.indexOf('['), content.indexOf("] TJ"));
        assertEquals(1, shown.split("\\) ").length, "no number between the glyphs: " + shown);
    }

    @Test
    void aRunSetWithoutSpacingHasNoTc() {
        assertFalse(written(0).contains("Tc"));
    }
}
