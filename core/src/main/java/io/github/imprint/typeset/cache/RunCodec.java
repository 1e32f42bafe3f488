package io.github.imprint.typeset.cache;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Spot;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.SourcePos;
import io.github.imprint.typeset.flow.SetChapter;
import io.github.imprint.typeset.flow.Statistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link CachedRun} in the cache's format: its chapters (index, characters no face has, anchors,
 * index marks, statistics, structure, diagnostics, each map in its order), its pages, its glyph texts
 * and its languages. Maps keep their order because the reports made from them ("first used at") and
 * the structure tree are made in that order.
 */
public final class RunCodec {

    private static final Diagnostic.Severity[] SEVERITIES = Diagnostic.Severity.values();

    private RunCodec() {}

    /** The run in the cache's format. */
    public static byte[] write(CachedRun run) {
        LayoutCodec.Writer w = new LayoutCodec.Writer(new Bytes.Out());
        Bytes.Out out = w.out;
        out.unsigned(run.sets().size());
        for (SetChapter chapter : run.sets()) {
            out.signed(chapter.index());
            out.unsigned(chapter.missing().size());
            chapter.missing().forEach((cp, pos) -> {
                out.signed(cp);
                w.position(pos);
            });
            out.unsigned(chapter.anchors().size());
            chapter.anchors().forEach((d, id) -> {
                w.destination(d);
                w.block(id);
            });
            out.unsigned(chapter.spots().size());
            chapter.spots().forEach((d, spot) -> {
                w.destination(d);
                w.spot(spot);
            });
            Statistics s = chapter.statistics();
            for (int n :
                    new int[] {s.paragraphs(), s.lines(), s.hyphenated(), s.overfull(), s.secondPass(), s.emergency()
                    }) {
                out.signed(n);
            }
            out.unsigned(chapter.structure().size());
            chapter.structure().forEach(w::node);
            List<Diagnostic> diagnostics = chapter.diagnostics().all();
            out.unsigned(diagnostics.size());
            for (Diagnostic d : diagnostics) {
                out.unsigned(d.severity().ordinal());
                out.string(d.message());
                w.position(d.pos());
                out.string(d.hint());
            }
        }
        out.unsigned(run.pages().size());
        run.pages().forEach(w::page);
        out.unsigned(run.glyphTexts().size());
        for (CachedRun.GlyphText t : run.glyphTexts()) {
            w.face(t.face());
            out.signed(t.glyph());
            out.string(t.text());
        }
        Set<String> languages = new TreeSet<>(run.languages());
        out.unsigned(languages.size());
        languages.forEach(out::string);
        return out.toArray();
    }

    /** The run {@link #write} wrote into {@code bytes} from {@code from} to {@code end}. */
    public static CachedRun read(byte[] bytes, int from, int end) {
        LayoutCodec.Reader r = new LayoutCodec.Reader(new Bytes.In(bytes, from, end));
        Bytes.In in = r.in;
        int chapters = in.count();
        List<SetChapter> sets = new ArrayList<>(chapters);
        for (int c = 0; c < chapters; c++) {
            int index = in.integer();
            Map<Integer, SourcePos> missing = new LinkedHashMap<>();
            for (int i = in.count(); i > 0; i--) {
                missing.put(in.integer(), r.position());
            }
            Map<Destination, BlockId> anchors = new LinkedHashMap<>();
            for (int i = in.count(); i > 0; i--) {
                anchors.put(r.destination(), r.block());
            }
            Map<Destination, Spot> spots = new LinkedHashMap<>();
            for (int i = in.count(); i > 0; i--) {
                spots.put(r.destination(), r.spot());
            }
            Statistics statistics =
                    Statistics.of(in.integer(), in.integer(), in.integer(), in.integer(), in.integer(), in.integer());
            int nodes = in.count();
            List<StructureNode> structure = new ArrayList<>(nodes);
            for (int i = 0; i < nodes; i++) {
                structure.add(r.node());
            }
            Diagnostics diagnostics = new Diagnostics();
            for (int i = in.count(); i > 0; i--) {
                diagnostics.report(new Diagnostic(
                        LayoutCodec.of(SEVERITIES, in.unsigned()), in.string(), r.position(), in.string()));
            }
            sets.add(new SetChapter(
                    index,
                    new ArrayList<>(),
                    new LinkedHashMap<>(),
                    missing,
                    anchors,
                    spots,
                    statistics,
                    structure,
                    diagnostics,
                    ""));
        }
        int n = in.count();
        List<Page> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pages.add(r.page());
        }
        List<CachedRun.GlyphText> texts = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            texts.add(new CachedRun.GlyphText(r.face(), in.integer(), in.string()));
        }
        Set<String> languages = new LinkedHashSet<>();
        for (int i = in.count(); i > 0; i--) {
            languages.add(in.string());
        }
        if (!in.atEnd()) {
            throw new DamagedRun("has bytes after its last page");
        }
        return new CachedRun(sets, pages, texts, languages);
    }
}
