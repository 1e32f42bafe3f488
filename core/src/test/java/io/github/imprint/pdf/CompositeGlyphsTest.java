package io.github.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.font.FontMetrics;
import java.util.List;
import org.apache.fontbox.ttf.GlyfCompositeDescript;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** A composite glyph appended to a font program, read back by FontBox's own parser. */
class CompositeGlyphsTest {

    private static final FontFace NASKH = new FontFace("Noto Naskh Arabic", false, false);

    @Test
    void aDammaOverAnAlefHamzaIsOneGlyphThatAdvancesAsTheAlef() throws Exception {
        FontMetrics metrics = FontMetrics.of(NASKH);
        int alef = metrics.glyph(0x0623);
        int damma = metrics.glyph(0x064F);
        byte[] font = FontLibrary.bytes(NASKH);
        byte[] grown = CompositeGlyphs.append(
                font, List.of(List.of(new CompositeGlyphs.Part(alef, 0, 0), new CompositeGlyphs.Part(damma, 40, 120))));
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(grown))) {
            int added = metrics.glyphCount();
            assertEquals(added + 1, ttf.getNumberOfGlyphs());
            assertEquals(metrics.advance(alef), ttf.getAdvanceWidth(added));
            GlyphData glyph = ttf.getGlyph().getGlyph(added);
            assertTrue(glyph.getDescription().isComposite(), "the new glyph is a composite");
            GlyfCompositeDescript composite = (GlyfCompositeDescript) glyph.getDescription();
            assertEquals(2, composite.getComponentCount());
            GlyphData alefGlyph = ttf.getGlyph().getGlyph(alef);
            GlyphData dammaGlyph = ttf.getGlyph().getGlyph(damma);
            assertEquals(Math.min(alefGlyph.getXMinimum(), dammaGlyph.getXMinimum() + 40), glyph.getXMinimum());
            assertEquals(Math.max(alefGlyph.getYMaximum(), dammaGlyph.getYMaximum() + 120), glyph.getYMaximum());
            assertEquals(Math.min(alefGlyph.getYMinimum(), dammaGlyph.getYMinimum() + 120), glyph.getYMinimum());
            // the font's own glyphs are as they were
            assertEquals(metrics.advance(damma), ttf.getAdvanceWidth(damma));
            try (TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
                assertEquals(
                        original.getGlyph().getGlyph(alef).getPath().getBounds2D(),
                        alefGlyph.getPath().getBounds2D());
            }
        }
    }
}
