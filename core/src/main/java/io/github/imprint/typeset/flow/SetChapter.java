package io.github.imprint.typeset.flow;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Spot;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.SourcePos;
import io.github.imprint.typeset.paginate.Flow;
import io.github.imprint.typeset.paginate.NoteLines;
import java.util.List;
import java.util.Map;

/**
 * A chapter set into a flow, ready to be paginated: its flow and footnotes (let go of once its pages
 * stand, see {@link #dropFlow()}), and what outlives them: the anchors, the structure, the characters
 * no font has, the statistics and the diagnostics.
 *
 * @param notes   the chapter's footnotes, by number
 * @param missing each code point no font has, at its first use
 * @param spots   the index marks, each with its place in its block
 * @param trace   how each paragraph was broken, when a trace was asked for; else empty
 */
public record SetChapter(
        int index,
        List<Flow> flow,
        Map<Destination.Note, NoteLines> notes,
        Map<Integer, SourcePos> missing,
        Map<Destination, BlockId> anchors,
        Map<Destination, Spot> spots,
        Statistics statistics,
        List<StructureNode> structure,
        Diagnostics diagnostics,
        String trace) {

    /** Lets go of the flow once it is paginated, so a long book does not hold every chapter's lines. */
    public void dropFlow() {
        flow.clear();
        notes.clear();
    }
}
