package io.github.imprint.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        Ligatures.Ligature ffi = SERIF.ligatures().match(new int[] {f, f, i}, 0, 3);
        assertNotNull(ffi);
        assertEquals(3, ffi.components().length);
        assertNotNull(SERIF.ligatures().match(new int[] {f, l}, 0, 2));
        assertEquals(null, SERIF.ligatures().match(new int[] {SERIF.glyph('T'), SERIF.glyph('h')}, 0, 2));
    }

    @Test
    void bundledFacesCoverLatinGreekCyrillicAndKazakh() {
        for (int cp : "AzéßœŁΩλЖжӘәҒғҚқҢңӨөҰұҮүҺһІі–—“”‘’…".codePoints().toArray()) {
            assertTrue(SERIF.has(cp), "Noto Serif has U+" + Integer.toHexString(cp));
        }
    }

    /** Our own reading of cmap and hmtx agrees with FontBox's on every character and glyph of each face. */
    @ParameterizedTest
    @CsvSource({"Noto Serif,false,false", "Noto Serif,true,true", "Noto Sans,false,true", "Noto Sans Mono,true,false"})
    void characterMapAndAdvancesAgreeWithFontBox(String family, boolean bold, boolean italic) throws IOException {
        FontFace face = new FontFace(family, bold, italic);
        FontMetrics metrics = FontMetrics.of(face);
        try (TrueTypeFont font = FontLibrary.open(face)) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int c = 0; c <= 0x10FFFF; c++) {
                if (c < 0xD800 || c > 0xDFFF) {
                    int cp = c;
                    assertEquals(cmap.getGlyphId(c), metrics.glyph(c), () -> "glyph of U+" + Integer.toHexString(cp));
                }
            }
            for (int g = 0; g < font.getNumberOfGlyphs(); g++) {
                assertEquals(font.getAdvanceWidth(g), metrics.advance(g), "advance of glyph " + g);
            }
            assertEquals(font.getUnitsPerEm(), metrics.unitsPerEm());
        }
    }
}
