package io.github.imprint.pdf;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.font.GlyphTexts;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Placed;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The map from a font's glyphs to the text they show, which PDF/A asks of every glyph used. PDFBox
 * writes it from the font's character map, so a glyph only substitution makes (a Devanagari conjunct,
 * a half form) is left out of it. For such a font we write the map ourselves: a glyph a character
 * reaches maps to that character, and a glyph the shaper made maps to the shortest text of a shaped
 * run that uses it (ties by the text's order), so the map is the same whatever order pages were set
 * in. Readers take the words themselves from each run's ActualText; this map is the fallback. For
 * right-to-left runs, which have no ActualText, each glyph maps to what shaping found it shows
 * ({@link GlyphTexts}): an Arabic letter's joining forms to the letter, not to a presentation form.
 */
final class ToUnicode {

    private ToUnicode() {}

    /** Glyph to text, per face, for glyphs of runs whose glyphs do not map one to one onto characters. */
    static Map<FontFace, Map<Integer, String>> shaped(List<Page> pages) {
        Map<FontFace, Map<Integer, String>> texts = new HashMap<>();
        for (Page page : pages) {
            for (Placed placed : page.items()) {
                if (placed instanceof Placed.GlyphRun run
                        && run.ligated()
                        && !run.rightToLeft()
                        && !run.text().isEmpty()) {
                    Map<Integer, String> face = texts.computeIfAbsent(run.face(), f -> new HashMap<>());
                    for (int glyph : run.glyphs()) {
                        face.merge(glyph, run.text().strip(), GlyphTexts::preferred);
                    }
                }
            }
        }
        return texts;
    }

    /**
     * Replaces the font's map when some used glyph has no character, or always for a font PDFBox did
     * not embed ({@code whole}) or one that draws clusters as glyphs of their own ({@code clusters},
     * character id to text); otherwise leaves PDFBox's.
     */
    static void complete(
            PDDocument pdf,
            PDType0Font font,
            FontFace face,
            BitSet used,
            Map<Integer, String> shaped,
            boolean whole,
            Map<Integer, String> clusters)
            throws IOException {
        FontMetrics metrics = FontMetrics.of(face);
        Map<Integer, String> map = new TreeMap<>();
        boolean incomplete = !clusters.isEmpty();
        for (int glyph = used.nextSetBit(1); glyph >= 0; glyph = used.nextSetBit(glyph + 1)) {
            OptionalInt cp = metrics.character(glyph);
            Optional<String> text = text(metrics, glyph, shaped);
            if (text.isPresent()) {
                map.put(glyph, text.get());
            }
            // a letter's form, a glyph only shaping reaches, or a CJK glyph that a radical or
            // compatibility character also reaches: PDFBox's map names another text, or none
            incomplete |= text.isPresent()
                    && (cp.isEmpty()
                            || !text.get().equals(Character.toString(cp.getAsInt()))
                            || cp.getAsInt() >= 0x2E80);
        }
        map.putAll(clusters);
        if (!incomplete && !whole) {
            return;
        }
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = List.copyOf(map.entrySet());
        for (int start = 0; start < entries.size(); start += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(start, Math.min(entries.size(), start + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                cmap.append(String.format("<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    cmap.append(String.format("%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        PDStream stream = new PDStream(pdf);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    /**
     * What a glyph shows: for a letter's form, the letter (not its presentation form); else the
     * character that reaches it; else what a shaped run found it shows.
     */
    static Optional<String> text(FontMetrics metrics, int glyph, Map<Integer, String> shaped) {
        OptionalInt cp = metrics.character(glyph);
        Optional<String> seen = GlyphTexts.of(metrics.face(), glyph);
        if (seen.isPresent() && (cp.isEmpty() || GlyphTexts.presentationForm(cp.getAsInt()))) {
            return seen;
        }
        if (cp.isPresent()) {
            return Optional.of(Character.toString(cp.getAsInt()));
        }
        return shaped != null ? Optional.ofNullable(shaped.get(glyph)) : Optional.empty();
    }
}
