package io.github.imprint.typeset.cache;

import io.github.imprint.font.FontFace;
import io.github.imprint.layout.Page;
import io.github.imprint.typeset.flow.SetChapter;
import java.util.List;
import java.util.Set;

/**
 * A run of chapters as setting left it, before its pages were numbered: each chapter's record (its
 * flow already let go), the run's pages, and the two things setting told the rest of the process on
 * the side, which a run read from the cache must tell it again: what the shaper found glyphs stand
 * for, and the languages the run asked to hyphenate.
 *
 * @param glyphTexts the glyphs on the run's pages that only shaping can name, with their text
 * @param languages  the languages whose hyphenation the run asked for
 */
public record CachedRun(List<SetChapter> sets, List<Page> pages, List<GlyphText> glyphTexts, Set<String> languages) {

    /** What glyph {@code glyph} of {@code face} stands for. */
    public record GlyphText(FontFace face, int glyph, String text) {}

    public CachedRun {
        sets = List.copyOf(sets);
        pages = List.copyOf(pages);
        glyphTexts = List.copyOf(glyphTexts);
        languages = Set.copyOf(languages);
    }
}
