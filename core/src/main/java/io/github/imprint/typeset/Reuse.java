package io.github.imprint.typeset;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.GlyphTexts;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Placed;
import io.github.imprint.model.Publication;
import io.github.imprint.theme.Theme;
import io.github.imprint.typeset.cache.CachedRun;
import io.github.imprint.typeset.cache.RunKey;
import io.github.imprint.typeset.cache.Runs;
import io.github.imprint.typeset.flow.References;
import io.github.imprint.typeset.flow.SetChapter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs of chapters taken from an earlier build's store instead of set again, and runs set now kept
 * for the next build. A run is reused only when nothing it reads has changed ({@link RunKey}); when a
 * trace is asked for, or the run refers to pages, it is always set. A run taken from the store tells
 * the process what setting it would have told it: the languages it hyphenates (so the report of
 * languages without patterns is the same) and what its shaped glyphs stand for (so the PDF's text
 * map is the same).
 */
final class Reuse {

    private final Runs runs;
    private final RunKey key;
    private final Publication publication;

    private Reuse(Runs runs, RunKey key, Publication publication) {
        this.runs = runs;
        this.key = key;
        this.publication = publication;
    }

    static Reuse of(Runs runs, Publication publication, Theme theme, References references, Set<Trace> traces) {
        boolean reuses = runs.keeps() && traces.isEmpty();
        return new Reuse(
                runs, reuses ? RunKey.of(runs, theme, publication, references.numbering()) : null, publication);
    }

    /** The run's name in the store, or empty when the run is always set. */
    Optional<String> name(List<Integer> run, References references) {
        if (key == null
                || run.stream()
                        .anyMatch(i ->
                                references.asksForPages(publication.chapters().get(i)))) {
            return Optional.empty();
        }
        return Optional.of(key.name(publication, run));
    }

    /** The run kept under {@code name}, told to the process as setting it would have. */
    Optional<CachedRun> find(String name, Function<String, ?> hyphenators) {
        Optional<CachedRun> found = runs.find(name);
        found.ifPresent(run -> {
            run.languages().forEach(hyphenators::apply);
            run.glyphTexts().forEach(t -> GlyphTexts.seen(t.face(), t.glyph(), t.text()));
        });
        return found;
    }

    /** Keeps a run just set, with the languages it asked to hyphenate. */
    void keep(String name, List<SetChapter> sets, List<Page> pages, Set<String> languages) {
        runs.keep(name, new CachedRun(sets, pages, glyphTexts(pages), languages));
    }

    /** The glyphs on {@code pages} whose text only shaping knows, each once. */
    private static List<CachedRun.GlyphText> glyphTexts(List<Page> pages) {
        Map<FontFace, Map<Integer, String>> byFace = new HashMap<>();
        Map<FontFace, Set<Integer>> seen = new HashMap<>();
        List<CachedRun.GlyphText> texts = new ArrayList<>();
        for (Page page : pages) {
            for (Placed item : page.items()) {
                if (!(item instanceof Placed.GlyphRun run)) {
                    continue;
                }
                Map<Integer, String> known = byFace.computeIfAbsent(run.face(), GlyphTexts::of);
                if (known.isEmpty()) {
                    continue;
                }
                Set<Integer> done = seen.computeIfAbsent(run.face(), f -> new HashSet<>());
                for (int glyph : run.glyphs()) {
                    String text = known.get(glyph);
                    if (text != null && done.add(glyph)) {
                        texts.add(new CachedRun.GlyphText(run.face(), glyph, text));
                    }
                }
            }
        }
        return texts;
    }
}
