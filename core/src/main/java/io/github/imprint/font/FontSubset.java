package io.github.imprint.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A subset of a face holding only the glyphs of the characters a publication uses. A face with CFF
 * outlines is cut by {@link CompactFontSubset} and, for the EPUB, wrapped by {@link OpenTypeSubset}. FontBox's
 * subsetter keeps the outlines, metrics and hinting tables and writes a new cmap, so the subset is a
 * complete TrueType font a reading system can use. It drops GSUB and GPOS, so the subset carries no
 * ligatures or kerning of its own, and we leave out the hinting programs (fpgm, prep, cvt), which
 * are most of a Noto subset's size and which today's reading systems' rasterisers ignore.
 */
public final class FontSubset {

    /** The tables a reading system needs; the large TrueType hinting programs are left out. */
    private static final List<String> TABLES =
            List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "glyf", "loca", "hmtx", "post");

    private FontSubset() {}

    /**
     * The TrueType bytes of {@code face} cut down to {@code codePoints} (those of the Basic Multilingual
     * Plane); the result is deterministic.
     */
    public static byte[] subset(FontFace face, Set<Integer> codePoints) {
        if (FontLibrary.compact(face)) {
            try {
                return OpenTypeSubset.of(FontLibrary.bytes(face), codePoints);
            } catch (IllegalArgumentException e) {
                throw damaged(face, e);
            }
        }
        try (TrueTypeFont font = FontLibrary.open(face)) {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            // FontBox's subsetter writes a format 4 character map only, so it can hold the BMP alone
            TreeSet<Integer> basic = new TreeSet<>(codePoints);
            basic.removeIf(cp -> cp > 0xFFFF);
            subsetter.addAll(basic);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset " + face.fileStem(), e);
        }
    }

    /**
     * The CFF program of a face with CFF outlines cut down to {@code glyphs} (and .notdef), as a
     * CID-keyed font whose CIDs are the glyphs' numbers in the whole font ({@link CompactFontSubset}).
     */
    public static byte[] compact(FontFace face, Set<Integer> glyphs) {
        try {
            return CompactFontSubset.of(Sfnt.table(FontLibrary.bytes(face), "CFF "), glyphs);
        } catch (IllegalArgumentException e) {
            throw damaged(face, e);
        }
    }

    private static DamagedFontException damaged(FontFace face, IllegalArgumentException e) {
        return new DamagedFontException(FontLibrary.file(face), "font cannot be subset: " + e.getMessage(), e);
    }
}
