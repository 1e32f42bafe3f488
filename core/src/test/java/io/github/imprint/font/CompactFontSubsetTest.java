package io.github.imprint.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.cff.Type2CharString;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactFontSubsetTest {

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = CompactFontSubsetTest.class.getResourceAsStream("/fonts/cff/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "EBGaramond-Regular.otf, 'Office fluff, naïve œuvre: 1984!'",
        "NotoSansCJK-Regular.otf, '日本語の文章を組む。「かな」ABC'"
    })
    void everyKeptGlyphIsDrawnAsInTheWholeFontUnderItsOldNumber(String file, String text) throws IOException {
        byte[] otf = fixture(file);
        try (OpenTypeFont font = new OTFParser().parse(new RandomAccessReadBuffer(otf))) {
            byte[] cff = font.getTableBytes(font.getTableMap().get("CFF "));
            CFFFont whole = font.getCFF().getFont();
            Set<Integer> glyphs = new TreeSet<>();
            var cmap = font.getUnicodeCmapLookup();
            text.codePoints().forEach(cp -> glyphs.add(cmap.getGlyphId(cp)));
            byte[] subset = CompactFontSubset.of(cff, glyphs);
            CFFCIDFont cut = (CFFCIDFont)
                    new CFFParser().parse(new RandomAccessReadBuffer(subset)).get(0);
            assertEquals("Adobe", cut.getRegistry());
            assertEquals("Identity", cut.getOrdering());
            assertEquals(glyphs.size() + 1, cut.getNumCharStrings(), "the glyphs asked for and .notdef");
            for (int gid : glyphs) {
                Type2CharString before = glyph(whole, gid);
                Type2CharString after = cut.getType2CharString(gid); // a CID: the glyph's old number
                assertEquals(before.getWidth(), after.getWidth(), "glyph " + gid + "'s width");
                assertArrayEquals(outline(before), outline(after), "glyph " + gid + "'s outline");
            }
            assertTrue(subset.length < cff.length / 3, subset.length + " bytes of " + cff.length);
        }
    }

    @ParameterizedTest
    @CsvSource({"EBGaramond-Regular.otf", "NotoSansCJK-Regular.otf"})
    void subroutinesNoKeptGlyphCallsAreEmptied(String file) throws IOException {
        byte[] otf = fixture(file);
        try (OpenTypeFont font = new OTFParser().parse(new RandomAccessReadBuffer(otf))) {
            byte[] cff = font.getTableBytes(font.getTableMap().get("CFF "));
            int a = font.getUnicodeCmapLookup().getGlyphId('A');
            byte[] one = CompactFontSubset.of(cff, Set.of(a));
            byte[] all = CompactFontSubset.of(cff, allGlyphs(font.getNumberOfGlyphs()));
            assertTrue(one.length * 4 < all.length, "one glyph: " + one.length + " bytes; all: " + all.length);
            CFFFont cut = new CFFParser().parse(new RandomAccessReadBuffer(one)).get(0);
            assertArrayEquals(outline(glyph(font.getCFF().getFont(), a)), outline(cut.getType2CharString(a)));
        }
    }

    /** The EPUB's OpenType subset maps each character to a glyph drawn as the whole font draws it. */
    @ParameterizedTest
    @CsvSource({"EBGaramond-Regular.otf, 'Office fluff, naïve œuvre'", "NotoSansCJK-Regular.otf, '日本語の文章'"})
    void theOpenTypeSubsetMapsEachCharacterToItsGlyph(String file, String text) throws IOException {
        byte[] otf = fixture(file);
        Set<Integer> characters = new TreeSet<>();
        text.codePoints().forEach(characters::add);
        byte[] subset = OpenTypeSubset.of(otf, characters);
        try (OpenTypeFont whole = new OTFParser().parse(new RandomAccessReadBuffer(otf));
                OpenTypeFont cut = new OTFParser().parse(new RandomAccessReadBuffer(subset))) {
            assertEquals(characters.size() + 1, cut.getNumberOfGlyphs(), "the characters' glyphs and .notdef");
            for (int cp : characters) {
                int before = whole.getUnicodeCmapLookup().getGlyphId(cp);
                int after = cut.getUnicodeCmapLookup().getGlyphId(cp);
                assertTrue(after > 0, Character.toString(cp));
                assertEquals(whole.getAdvanceWidth(before), cut.getAdvanceWidth(after), Character.toString(cp));
                assertArrayEquals(
                        outline(glyph(whole.getCFF().getFont(), before)),
                        outline(glyph(cut.getCFF().getFont(), after)),
                        Character.toString(cp));
            }
        }
    }

    /** Past what format 4 can count, the character map holds format 12 alone, which still reads back. */
    @org.junit.jupiter.api.Test
    void aCharacterMapTooLongForFormat4IsFormat12Alone() {
        java.util.TreeMap<Integer, Integer> many = new java.util.TreeMap<>();
        for (int i = 0; i < 9000; i++) {
            many.put(0x4E00 + i, 1 + (i * 7919) % 9000); // glyphs in no order: no two characters share a run
        }
        byte[] cmap = OpenTypeSubset.cmap(many);
        assertEquals(1, CompactFont.u16(cmap, 2), "one subtable");
        CharacterMap read = CharacterMap.read(cmap, 0);
        many.forEach((cp, glyph) -> assertEquals(glyph, read.glyph(cp)));
        java.util.TreeMap<Integer, Integer> few = new java.util.TreeMap<>(many.headMap(0x4E00 + 100));
        assertEquals(2, CompactFont.u16(OpenTypeSubset.cmap(few), 2), "formats 4 and 12");
    }

    /** A glyph of a whole font by its number: a CID-keyed font's charstrings are found by CID. */
    private static Type2CharString glyph(CFFFont font, int gid) throws IOException {
        return font instanceof CFFCIDFont cid
                ? cid.getType2CharString(font.getCharset().getCIDForGID(gid))
                : font.getType2CharString(gid);
    }

    private static Set<Integer> allGlyphs(int count) {
        Set<Integer> all = new TreeSet<>();
        for (int g = 1; g < count; g++) {
            all.add(g);
        }
        return all;
    }

    /** The outline's segments, as numbers rounded to a hundredth of a unit. */
    private static long[] outline(Type2CharString glyph) {
        List<Long> values = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = glyph.getPath().getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            values.add((long) type);
            int n = type == PathIterator.SEG_CUBICTO
                    ? 6
                    : type == PathIterator.SEG_QUADTO ? 4 : type == PathIterator.SEG_CLOSE ? 0 : 2;
            for (int k = 0; k < n; k++) {
                values.add(Math.round(c[k] * 100));
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
