package io.github.imprint.pdf;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Placed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Right-to-left clusters drawn as one glyph each, so that text extraction reads their letters in order.
 *
 * <p><b>Why.</b> Extraction sorts a line's glyphs by where they stand and turns each right-to-left
 * stretch around. A glyph that does not advance the pen (a haraka or a Hebrew point on its letter, the
 * alef of Noto Naskh's lam-alef, drawn where the lam is) stands where its neighbour stands; poppler
 * takes it for a word of its own, whichever order the two are drawn in, and the word comes back torn.
 * The cure is the font's own: a composite glyph, which TrueType has for accented letters, made of the
 * cluster's glyphs at their places. It is drawn where the cluster's letter is, advances as that letter,
 * and shows what the cluster's glyphs show, in the order they are seen, as every right-to-left glyph's
 * text is written ({@code font.GlyphTexts}); turned around with the rest of the line, it reads in order.
 *
 * <p><b>What.</b> A cluster is a letter and the glyphs that do not advance that stand over it (the
 * shaper may give them before the letter or after it). Each distinct cluster of a face, its glyphs
 * and their offsets in font units, gets a character id past the face's own glyphs, in the order the
 * pages meet it, so the same book gives the same ids; {@link CompositeGlyphs} adds the glyphs
 * to the embedded subset. Only TrueType faces have them: a CFF face's runs are drawn as they were.
 */
final class ClusterGlyphs {

    /**
     * One glyph of a cluster, placed from the letter's origin, in font units; {@code index} is where it
     * stands in its run, which is not part of what the cluster is.
     */
    record Component(int glyph, int dx, int dy, int index) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Component c && c.glyph == glyph && c.dx == dx && c.dy == dy;
        }

        @Override
        public int hashCode() {
            return (glyph * 31 + dx) * 31 + dy;
        }
    }

    /** A cluster drawn as one glyph: its letter first, then the glyphs on it in the order they are seen. */
    record Cluster(List<Component> components) {
        int base() {
            return components.get(0).glyph();
        }
    }

    private final Map<FontFace, Map<Cluster, Integer>> ids;
    /** Each right-to-left run with a cluster, as it is drawn; found once, when the pages are read. */
    private final Map<Placed.GlyphRun, Placed.GlyphRun> drawn;
    /** Per face, what each cluster's glyph advances: its letter's advance. */
    private final Map<FontFace, Map<Integer, Integer>> advances = new HashMap<>();

    private ClusterGlyphs(Map<FontFace, Map<Cluster, Integer>> ids, Map<Placed.GlyphRun, Placed.GlyphRun> drawn) {
        this.ids = ids;
        this.drawn = drawn;
        ids.forEach((face, clusters) -> {
            FontMetrics metrics = FontMetrics.of(face);
            Map<Integer, Integer> byId = new HashMap<>();
            clusters.forEach((cluster, id) -> byId.put(id, metrics.advance(cluster.base())));
            advances.put(face, byId);
        });
    }

    /** Every cluster of the document's right-to-left runs, numbered in page order. */
    static ClusterGlyphs of(List<Page> pages) {
        Map<FontFace, Map<Cluster, Integer>> ids = new HashMap<>();
        Map<Placed.GlyphRun, Placed.GlyphRun> drawn = new IdentityHashMap<>();
        for (Page page : pages) {
            for (Placed placed : page.items()) {
                if (placed instanceof Placed.GlyphRun run && drawnWhole(run)) {
                    FontMetrics metrics = FontMetrics.of(run.face());
                    Map<Cluster, Integer> face = ids.computeIfAbsent(run.face(), f -> new LinkedHashMap<>());
                    Map<Integer, Cluster> clusters = clusters(run, metrics);
                    for (Cluster cluster : clusters.values()) {
                        if (metrics.glyphCount() + face.size() < 0xFFFF) {
                            face.putIfAbsent(cluster, metrics.glyphCount() + face.size());
                        }
                    }
                    if (!clusters.isEmpty()) {
                        drawn.put(run, substituted(run, clusters, face));
                    }
                }
            }
        }
        return new ClusterGlyphs(ids, drawn);
    }

    /** A face's clusters by their character ids, in the order the ids were given. */
    Map<Integer, Cluster> of(FontFace face) {
        Map<Integer, Cluster> byId = new LinkedHashMap<>();
        ids.getOrDefault(face, Map.of()).forEach((cluster, id) -> byId.put(id, cluster));
        return byId;
    }

    /** What a glyph id of the face advances, in font units: its own, or its cluster's letter's. */
    int advance(FontMetrics metrics, int glyph) {
        if (glyph < metrics.glyphCount()) {
            return metrics.advance(glyph);
        }
        return advances.getOrDefault(metrics.face(), Map.of()).getOrDefault(glyph, 0);
    }

    /** The run with each cluster drawn as its one glyph, at its letter's place; the run itself if it has none. */
    Placed.GlyphRun drawn(Placed.GlyphRun run) {
        return drawn.getOrDefault(run, run);
    }

    private static Placed.GlyphRun substituted(
            Placed.GlyphRun run, Map<Integer, Cluster> clusters, Map<Cluster, Integer> face) {
        int n = run.glyphs().length;
        boolean[] drawnWithBase = new boolean[n];
        for (Cluster cluster : clusters.values()) {
            for (Component c :
                    cluster.components().subList(1, cluster.components().size())) {
                drawnWithBase[c.index()] = true;
            }
        }
        int[] glyphs = new int[n];
        long[] xs = new long[n];
        long[] rises = run.rises() == null ? null : new long[n];
        int out = 0;
        for (int g = 0; g < n; g++) {
            if (drawnWithBase[g]) {
                continue;
            }
            Cluster cluster = clusters.get(g);
            Integer id = cluster == null ? null : face.get(cluster);
            glyphs[out] = id != null ? id : run.glyphs()[g];
            xs[out] = run.xs()[g];
            if (rises != null) {
                rises[out] = run.rises()[g];
            }
            out++;
        }
        if (out == n) {
            return run;
        }
        return new Placed.GlyphRun(
                run.face(),
                run.size(),
                run.baseline(),
                Arrays.copyOf(glyphs, out),
                Arrays.copyOf(xs, out),
                run.text(),
                run.ligated(),
                run.rgb(),
                run.role(),
                run.block(),
                run.scale(),
                run.link(),
                run.language(),
                rises == null ? null : Arrays.copyOf(rises, out),
                true);
    }

    /**
     * What each of the face's cluster glyphs shows, as every right-to-left glyph's text is written: the
     * texts of its glyphs in the order they are seen, the marks before their letter.
     */
    Map<Integer, String> texts(FontFace face, Map<Integer, String> shaped) {
        FontMetrics metrics = FontMetrics.of(face);
        Map<Integer, String> texts = new LinkedHashMap<>();
        of(face).forEach((id, cluster) -> {
            StringBuilder text = new StringBuilder();
            List<Component> components = cluster.components();
            for (int k = 1; k <= components.size(); k++) {
                ToUnicode.text(metrics, components.get(k % components.size()).glyph(), shaped)
                        .ifPresent(text::append);
            }
            if (!text.isEmpty()) {
                texts.put(id, text.toString());
            }
        });
        return texts;
    }

    /**
     * Adds the face's cluster glyphs to its embedded subset, after PDFBox made it: the glyphs to the
     * font program, and their ids to the CID-to-glyph map and the widths. The CID set, which PDF/A-2
     * does not ask for and veraPDF counts from the program's own glyphs, is left out.
     */
    void embed(PDType0Font font, FontFace face) throws IOException {
        Map<Integer, Cluster> clusters = of(face);
        if (clusters.isEmpty()) {
            return;
        }
        FontMetrics metrics = FontMetrics.of(face);
        PDCIDFont descendant = font.getDescendantFont();
        COSDictionary dict = descendant.getCOSObject();
        COSStream map = (COSStream) dict.getDictionaryObject(COSName.CID_TO_GID_MAP);
        byte[] cidToGid = read(map);
        PDFontDescriptor descriptor = descendant.getFontDescriptor();
        PDStream file = descriptor.getFontFile2();
        byte[] program = file.toByteArray();
        int glyphs = CompositeGlyphs.glyphCount(program);
        List<List<CompositeGlyphs.Part>> parts = new ArrayList<>();
        int last = 0;
        for (Map.Entry<Integer, Cluster> e : clusters.entrySet()) {
            List<CompositeGlyphs.Part> composite = new ArrayList<>();
            for (Component c : e.getValue().components()) {
                int gid = 2 * c.glyph() + 1 < cidToGid.length
                        ? (cidToGid[2 * c.glyph()] & 0xFF) << 8 | cidToGid[2 * c.glyph() + 1] & 0xFF
                        : 0;
                composite.add(new CompositeGlyphs.Part(gid, c.dx(), c.dy()));
            }
            parts.add(composite);
            last = Math.max(last, e.getKey());
        }
        byte[] grown = CompositeGlyphs.append(program, parts);
        byte[] newMap = Arrays.copyOf(cidToGid, Math.max(cidToGid.length, 2 * (last + 1)));
        COSArray widths = (COSArray) dict.getDictionaryObject(COSName.W);
        int k = 0;
        for (Map.Entry<Integer, Cluster> e : clusters.entrySet()) {
            int id = e.getKey();
            int gid = glyphs + k++;
            newMap[2 * id] = (byte) (gid >> 8);
            newMap[2 * id + 1] = (byte) gid;
            COSArray width = new COSArray();
            width.add(COSInteger.get(Math.round(metrics.advance(e.getValue().base()) * 1000f / metrics.unitsPerEm())));
            widths.add(COSInteger.get(id));
            widths.add(width);
        }
        write(map, newMap);
        write(file.getCOSObject(), grown);
        file.getCOSObject().setInt(COSName.LENGTH1, grown.length);
        descriptor.getCOSObject().removeItem(COSName.CID_SET);
    }

    private static byte[] read(COSStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }

    private static void write(COSStream stream, byte[] bytes) throws IOException {
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(bytes);
        }
    }

    private static boolean drawnWhole(Placed.GlyphRun run) {
        return run.rightToLeft() && !FontLibrary.compact(run.face());
    }

    /**
     * The run's clusters, by the index of their letter. A shaper gives a right-to-left cluster's marks
     * before its letter, and so each glyph that does not advance belongs to the letter after it; but the
     * run's first letter is moved before its marks ({@code ComplexShaper}: a run starts where its first
     * glyph stands), so a mark between the first letter and the second belongs to the first when it
     * stands over its width, not by the second's edge.
     */
    private static Map<Integer, Cluster> clusters(Placed.GlyphRun run, FontMetrics metrics) {
        int[] glyphs = run.glyphs();
        int n = glyphs.length;
        double unitsPerPoint = metrics.unitsPerEm() / (double) run.size();
        Map<Integer, List<Component>> byBase = new TreeMap<>();
        for (int g = 0; g < n; g++) {
            if (metrics.advance(glyphs[g]) != 0) {
                continue;
            }
            int before = g - 1;
            while (before >= 0 && metrics.advance(glyphs[before]) == 0) {
                before--;
            }
            int after = g + 1;
            while (after < n && metrics.advance(glyphs[after]) == 0) {
                after++;
            }
            // a mark over the first letter is the first letter's, unless it hangs by the next one's edge
            // (a Hebrew holam stands at its vav's top left, over the letter before it)
            boolean firstLetters = before >= 0
                    && firstAdvancing(glyphs, metrics) == before
                    && over(run, metrics, before, g)
                    && (after >= n || run.xs()[after] - run.xs()[g] > run.size() * 3 / 20);
            int base = firstLetters || after >= n ? before : after;
            if (base < 0) {
                continue;
            }
            long rise = run.rises() == null ? 0 : run.rises()[g] - run.rises()[base];
            byBase.computeIfAbsent(base, b -> new ArrayList<>())
                    .add(new Component(
                            glyphs[g],
                            (int) Math.round((run.xs()[g] - run.xs()[base]) * unitsPerPoint / run.scale()),
                            (int) Math.round(rise * unitsPerPoint),
                            g));
        }
        Map<Integer, Cluster> clusters = new TreeMap<>();
        byBase.forEach((base, marks) -> {
            List<Component> components = new ArrayList<>(marks.size() + 1);
            components.add(new Component(glyphs[base], 0, 0, base));
            components.addAll(marks);
            clusters.put(base, new Cluster(List.copyOf(components)));
        });
        return clusters;
    }

    private static int firstAdvancing(int[] glyphs, FontMetrics metrics) {
        int g = 0;
        while (g < glyphs.length && metrics.advance(glyphs[g]) == 0) {
            g++;
        }
        return g;
    }

    /** Whether glyph {@code g} stands over the width of the letter at {@code base}. */
    private static boolean over(Placed.GlyphRun run, FontMetrics metrics, int base, int g) {
        if (base < 0 || base >= run.glyphs().length) {
            return false;
        }
        double width = metrics.advance(run.glyphs()[base]) * (double) run.size() / metrics.unitsPerEm() * run.scale();
        // a hair (a fiftieth of a point) inside each edge: positions are rounded to thousandths of a point
        return run.xs()[g] > run.xs()[base] - 20 && run.xs()[g] < run.xs()[base] + width - 20;
    }
}
