package io.github.imprint.layout;

import io.github.imprint.model.Direction;
import java.util.List;
import java.util.Map;

/**
 * The typeset publication: its pages, and the statistics of the run that made them.
 *
 * @param title    for the document's metadata
 * @param language the document's BCP 47 language
 * @param anchors  link targets inside the document (chapters, headings, footnotes) and the block (see
 *                 {@link Placed.GlyphRun#block()}) that stands at each
 * @param spots    link targets that stand inside a block rather than at its start (index marks), with
 *                 their place in it; see {@link Spot#find}
 * @param structure the logical structure, in reading order (see {@link StructureNode})
 * @param trace    what the typesetter told of its decisions, when asked; else empty
 */
public record PagedDocument(
        String title,
        String language,
        List<Page> pages,
        Statistics statistics,
        Map<Destination, BlockId> anchors,
        Map<Destination, Spot> spots,
        List<StructureNode> structure,
        String trace) {

    public PagedDocument {
        pages = List.copyOf(pages);
        anchors = Map.copyOf(anchors);
        spots = Map.copyOf(spots);
        structure = List.copyOf(structure);
    }

    /** Whether the document's language is written right to left, so its spreads open from the right. */
    public boolean rightToLeft() {
        return Direction.of(language).rightToLeft();
    }

    /** What the typesetter did, for logs and benchmarks. */
    public record Statistics(int paragraphs, int lines, int hyphenated, int overfull, int secondPass, int emergency) {}
}
