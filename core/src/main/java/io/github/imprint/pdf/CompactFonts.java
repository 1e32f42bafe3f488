package io.github.imprint.pdf;

import io.github.imprint.font.FaceHeader;
import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.font.FontSubset;
import java.io.IOException;
import java.io.OutputStream;
import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Faces with CFF outlines, embedded as PDF's Type 0 fonts over a {@code CIDFontType0}: the CFF program
 * subset to the glyphs the pages show ({@link FontSubset#compact}) in a {@code FontFile3} stream of
 * subtype {@code CIDFontType0C}. The subset's CIDs are the glyphs' numbers in the whole font, so the
 * content streams show them as they show a TrueType face's (Identity-H); the widths ({@code W}) come
 * from the font's horizontal metrics, in thousandths of an em, as the charstrings give them, and the
 * descriptor's numbers from its tables ({@link FaceHeader}), with no second parse of the font. PDFBox
 * embeds TrueType outlines only; it reads this font back from the dictionaries written here, which
 * checks the program.
 */
final class CompactFonts {

    private CompactFonts() {}

    static PDType0Font embed(PDDocument pdf, FontFace face, BitSet used) throws IOException {
        Set<Integer> glyphs = used.stream().boxed().collect(Collectors.toCollection(TreeSet::new));
        FaceHeader header = FaceHeader.of(face);
        FontMetrics metrics = FontMetrics.of(face);
        byte[] program = FontSubset.compact(face, glyphs);
        String name = tag(glyphs) + "+" + header.postScriptName().replaceAll("[^!-~]|[\\[\\]()<>{}/%#]", "");
        float scale = 1000f / header.unitsPerEm();

        COSStream file = pdf.getDocument().createCOSStream();
        file.setItem(COSName.SUBTYPE, COSName.getPDFName("CIDFontType0C"));
        try (OutputStream out = file.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(program);
        }
        PDFontDescriptor descriptor = new PDFontDescriptor(new COSDictionary());
        descriptor.setFontName(name);
        descriptor.setSymbolic(true);
        descriptor.setFixedPitch(header.fixedPitch());
        descriptor.setItalic(header.italicAngle() != 0);
        descriptor.setItalicAngle((float) header.italicAngle());
        descriptor.setFontBoundingBox(new PDRectangle(
                header.xMin() * scale,
                header.yMin() * scale,
                (header.xMax() - header.xMin()) * scale,
                (header.yMax() - header.yMin()) * scale));
        descriptor.setAscent(header.ascender() * scale);
        descriptor.setDescent(header.descender() * scale);
        descriptor.setCapHeight((header.capHeight() > 0 ? header.capHeight() : header.ascender()) * scale);
        // no stem width is recorded in an OpenType font; this is what Acrobat assumes for a regular weight
        descriptor.setStemV(header.weightClass() > 0 ? 10 + 220 * Math.max(0, header.weightClass() - 50) / 900f : 80);
        descriptor.getCOSObject().setItem(COSName.FONT_FILE3, file);

        COSArray widths = new COSArray();
        for (int glyph : glyphs) {
            COSArray one = new COSArray();
            one.add(COSInteger.get(Math.round(metrics.advance(glyph) * scale)));
            widths.add(COSInteger.get(glyph));
            widths.add(one);
        }
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cidFont.setName(COSName.BASE_FONT, name);
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.W, widths);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, name);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        return new PDType0Font(type0);
    }

    /** Six capitals that tell this subset from others of the same font (ISO 32000-1, 9.6.4). */
    private static String tag(Set<Integer> glyphs) {
        long hash = 1125899906842597L;
        for (int g : glyphs) {
            hash = 31 * hash + g;
        }
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash /= 26;
        }
        return tag.toString().toUpperCase(Locale.ROOT);
    }
}
