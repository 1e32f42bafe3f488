package io.github.imprint.font;

import java.nio.charset.StandardCharsets;

/**
 * What a PDF font descriptor says of a face with CFF outlines, read straight from its tables: the
 * PostScript name (the CFF program's own, in its Name INDEX), units per em and bounding box
 * ({@code head}), ascender and descender ({@code hhea}), cap height and weight class ({@code OS/2},
 * zero where it has none), italic angle and fixed pitch ({@code post}). Reading these few numbers
 * spares parsing the whole font, which for a CJK face takes a tenth of a second.
 */
public record FaceHeader(
        String postScriptName,
        int unitsPerEm,
        int xMin,
        int yMin,
        int xMax,
        int yMax,
        int ascender,
        int descender,
        int capHeight,
        int weightClass,
        double italicAngle,
        boolean fixedPitch) {

    public static FaceHeader of(FontFace face) {
        byte[] font = FontLibrary.bytes(face);
        byte[] head = Sfnt.table(font, "head");
        byte[] hhea = Sfnt.table(font, "hhea");
        byte[] os2 = Sfnt.table(font, "OS/2");
        byte[] post = Sfnt.table(font, "post");
        byte[] cff = Sfnt.table(font, "CFF ");
        String name = new String(CompactFont.Index.at(cff, cff[2] & 0xFF).item(cff, 0), StandardCharsets.ISO_8859_1);
        return new FaceHeader(
                name,
                OpenTypeTables.u16(head, 18),
                (short) OpenTypeTables.u16(head, 36),
                (short) OpenTypeTables.u16(head, 38),
                (short) OpenTypeTables.u16(head, 40),
                (short) OpenTypeTables.u16(head, 42),
                (short) OpenTypeTables.u16(hhea, 4),
                (short) OpenTypeTables.u16(hhea, 6),
                os2 != null && os2.length >= 90 ? (short) OpenTypeTables.u16(os2, 88) : 0,
                os2 != null ? OpenTypeTables.u16(os2, 4) : 0,
                OpenTypeTables.u32(post, 4) / 65536.0,
                OpenTypeTables.u32(post, 12) != 0);
    }
}
