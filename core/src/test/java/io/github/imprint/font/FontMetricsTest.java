package io.github.imprint.font;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontMetricsTest {

    private static final FontMetrics SERIF = FontMetrics.of(new FontFace("Noto Serif", false, false));

    @Test
    void gposPairKerningIsRead() {
        assertTrue(SERIF.kerning().kern(SERIF.glyph('A'), SERIF.glyph('V')) < 0, "A and V kern together");
        assertTrue(SERIF.kerning().kern(SERIF.glyph('T'), SERIF.glyph('o')) < 0, "T and o kern together");
        assertEquals(0, SERIF.kerning().kern(SERIF.glyph('n'), SERIF.glyph('n')));
    }

    @Test
    void onlyStandardLigaturesAreFormed() {
        int f = SERIF.glyph('f');
        int i = SERIF.glyph('i');
        int l = SERIF.glyph('l');
        Ligatures.Ligature ffi = SERIF.ligatures().match(new int[]{f, f, i}, 0, 3);
        assertNotNull(ffi);
        assertEquals(3, ffi.components().length);
        assertNotNull(SERIF.ligatures().match(new int[]{f, l}, 0, 2));
        assertEquals(null, SERIF.ligatures().match(new int[]{SERIF.glyph('T'), SERIF.glyph('h')}, 0, 2));
    }

    @Test
    void bundledFacesCoverLatinGreekCyrillicAndKazakh() {
        for (int cp : "AzéßœŁΩλЖжӘәҒғҚқҢңӨөҰұҮүҺһІі–—“”‘’…".codePoints().toArray()) {
            assertTrue(SERIF.has(cp), "Noto Serif has U+" + Integer.toHexString(cp));
        }
    }
}
