package io.github.imprint.font;

import io.github.imprint.font.CompactFont.Entry;
import io.github.imprint.font.CompactFont.Index;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * A subset of a CFF font program: the glyphs asked for, in their order, as a CID-keyed font whose CID
 * for each glyph is the glyph's number in the whole font. A PDF shows the glyphs by those numbers
 * (Identity-H), so the content streams need not change with the subset; an OpenType wrapper maps
 * characters to the subset's own glyph numbers ({@link OpenTypeSubset}).
 *
 * <p>FontBox reads CFF but writes none; this is how the subset is written. A name-keyed font becomes
 * CID-keyed with one Font DICT, its Private DICT; a CID-keyed one keeps its Font DICTs and gets a new
 * FDSelect. The Top DICT keeps its entries but those the subset changes: {@code ROS} becomes
 * Adobe-Identity-0, the charset, FDSelect, FDArray and CharStrings point at what follows it, and the
 * unique ids, which name the whole font, go. Every
 * offset is written as a five-byte integer, so each DICT's size is known before the offsets are:
 * one pass lays the table out. Subroutines that no kept glyph calls ({@link SubroutineUse}) become a
 * lone {@code return}; the others keep their numbers, so no charstring is rewritten.
 */
final class CompactFontSubset {

    private static final int STANDARD_STRINGS = 391;
    private static final byte[] RETURN = {11};

    private CompactFontSubset() {}

    /** The subset of {@code cff} holding glyph 0 and {@code glyphs}, in increasing order of glyph. */
    static byte[] of(byte[] cff, Set<Integer> glyphs) {
        CompactFont font = CompactFont.read(cff);
        List<Integer> kept = new ArrayList<>();
        kept.add(0);
        glyphs.stream()
                .filter(g -> g > 0 && g < font.charStrings().size())
                .sorted()
                .forEach(kept::add);
        List<byte[]> global = font.globalSubrs();
        List<List<byte[]>> locals = font.localSubrs();
        BitSet globalUsed = new BitSet();
        List<BitSet> localUsed = new ArrayList<>();
        locals.forEach(l -> localUsed.add(new BitSet()));
        List<byte[]> charStrings = new ArrayList<>();
        for (int g : kept) {
            int fd = font.fdSelect()[g];
            SubroutineUse.walk(font.charStrings().get(g), global, locals.get(fd), globalUsed, localUsed.get(fd));
            charStrings.add(font.charStrings().get(g));
        }
        List<byte[]> strings = new ArrayList<>(font.strings());
        int adobe = STANDARD_STRINGS + strings.size();
        strings.add("Adobe".getBytes(StandardCharsets.US_ASCII));
        strings.add("Identity".getBytes(StandardCharsets.US_ASCII));

        byte[] charset = charset(kept);
        byte[] fdSelect = new byte[1 + kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            fdSelect[1 + k] = (byte) font.fdSelect()[kept.get(k)];
        }
        byte[] charStringIndex = Index.of(charStrings);
        List<byte[]> privates = new ArrayList<>();
        List<byte[]> subrs = new ArrayList<>();
        for (int fd = 0; fd < font.fontDicts().size(); fd++) {
            List<Entry> priv = new ArrayList<>(font.privates().get(fd));
            boolean hasSubrs = priv.removeIf(e -> e.operator() == CompactFont.SUBRS)
                    && locals.get(fd).size() > 0;
            if (hasSubrs) {
                priv.add(new Entry(CompactFont.SUBRS, CompactFont.fixed(0)));
            }
            int size = CompactFont.dictBytes(priv).length;
            if (hasSubrs) {
                priv.set(priv.size() - 1, new Entry(CompactFont.SUBRS, CompactFont.fixed(size)));
            }
            privates.add(CompactFont.dictBytes(priv));
            subrs.add(hasSubrs ? Index.of(emptied(locals.get(fd), localUsed.get(fd))) : new byte[0]);
        }
        byte[] globalIndex = Index.of(emptied(global, globalUsed));

        // the layout: header, name, Top DICT, strings, global subroutines, charset, FDSelect,
        // CharStrings, FDArray, then each Private DICT followed by its local subroutines
        byte[] header = {1, 0, 4, 4};
        byte[] names = Index.of(List.of(font.name()));
        List<Entry> top = topDict(font, adobe, 0, 0, 0, 0);
        int topSize = Index.of(List.of(CompactFont.dictBytes(top))).length;
        byte[] stringIndex = Index.of(strings);
        int charsetAt = header.length + names.length + topSize + stringIndex.length + globalIndex.length;
        int fdSelectAt = charsetAt + charset.length;
        int charStringsAt = fdSelectAt + fdSelect.length;
        int fdArrayAt = charStringsAt + charStringIndex.length;
        List<byte[]> fontDicts = new ArrayList<>();
        int fdArraySize = 0;
        for (int pass = 0; pass < 2; pass++) { // the FDArray's size, then its offsets
            fontDicts.clear();
            int privateAt = fdArrayAt + fdArraySize;
            for (int fd = 0; fd < font.fontDicts().size(); fd++) {
                List<Entry> dict =
                        new ArrayList<>(font.cidKeyed() ? font.fontDicts().get(fd) : List.of());
                dict.removeIf(e -> e.operator() == CompactFont.PRIVATE);
                dict.add(new Entry(CompactFont.PRIVATE, CompactFont.fixed(privates.get(fd).length, privateAt)));
                fontDicts.add(CompactFont.dictBytes(dict));
                privateAt += privates.get(fd).length + subrs.get(fd).length;
            }
            fdArraySize = Index.of(fontDicts).length;
        }
        top = topDict(font, adobe, charsetAt, fdSelectAt, charStringsAt, fdArrayAt);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.writeBytes(names);
        out.writeBytes(Index.of(List.of(CompactFont.dictBytes(top))));
        out.writeBytes(stringIndex);
        out.writeBytes(globalIndex);
        out.writeBytes(charset);
        out.writeBytes(fdSelect);
        out.writeBytes(charStringIndex);
        out.writeBytes(Index.of(fontDicts));
        for (int fd = 0; fd < privates.size(); fd++) {
            out.writeBytes(privates.get(fd));
            out.writeBytes(subrs.get(fd));
        }
        return out.toByteArray();
    }

    /** The Top DICT: ROS first, as a CID-keyed font's must be, then the font's own entries, then the new offsets. */
    private static List<Entry> topDict(
            CompactFont font, int adobe, int charset, int fdSelect, int charStrings, int fdArray) {
        List<Entry> top = new ArrayList<>();
        top.add(new Entry(CompactFont.ROS, CompactFont.fixed(adobe, adobe + 1, 0)));
        for (Entry e : font.top()) {
            switch (e.operator()) {
                case CompactFont.ROS,
                        CompactFont.CHARSET,
                        CompactFont.ENCODING,
                        CompactFont.CHAR_STRINGS,
                        CompactFont.PRIVATE,
                        CompactFont.FD_ARRAY,
                        CompactFont.FD_SELECT,
                        CompactFont.CID_COUNT,
                        CompactFont.UNIQUE_ID,
                        CompactFont.UID_BASE,
                        CompactFont.XUID -> {}
                default -> top.add(e);
            }
        }
        top.add(new Entry(
                CompactFont.CID_COUNT, CompactFont.fixed(font.charStrings().size())));
        top.add(new Entry(CompactFont.CHARSET, CompactFont.fixed(charset)));
        top.add(new Entry(CompactFont.FD_SELECT, CompactFont.fixed(fdSelect)));
        top.add(new Entry(CompactFont.CHAR_STRINGS, CompactFont.fixed(charStrings)));
        top.add(new Entry(CompactFont.FD_ARRAY, CompactFont.fixed(fdArray)));
        return top;
    }

    /** A format 0 charset: each kept glyph after the first (.notdef) named by its CID, its old number. */
    private static byte[] charset(List<Integer> kept) {
        byte[] charset = new byte[1 + 2 * (kept.size() - 1)];
        for (int k = 1; k < kept.size(); k++) {
            charset[2 * k - 1] = (byte) (kept.get(k) >> 8);
            charset[2 * k] = (byte) (int) kept.get(k);
        }
        return charset;
    }

    private static List<byte[]> emptied(List<byte[]> subrs, BitSet used) {
        List<byte[]> out = new ArrayList<>(subrs.size());
        for (int i = 0; i < subrs.size(); i++) {
            out.add(used.get(i) ? subrs.get(i) : RETURN);
        }
        return out;
    }
}
