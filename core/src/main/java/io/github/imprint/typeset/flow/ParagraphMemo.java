package io.github.imprint.typeset.flow;

import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Spot;
import io.github.imprint.model.Inline;
import io.github.imprint.model.SourcePos;
import io.github.imprint.model.Visitor;
import io.github.imprint.typeset.linebreak.SetLine;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chapter's paragraphs as the first pass set them, for the passes that set the chapter again once
 * the pages its references by page name are known (see {@link References}).
 *
 * <p>Only the paragraphs that hold such a reference read differently in a later pass; every other
 * paragraph breaks into the same lines, given the same region, indent and hyphens in a row before it.
 * So a later pass takes those lines from here and sets only the paragraphs whose words changed, and
 * the chapter's cost in a later pass is its references' paragraphs and its pagination rather than
 * all its lines. A paragraph is found by its content (the model's list, the same object in every
 * pass) and is taken only when all it was set with is equal and it gets the same block id; what
 * setting it recorded (anchors, index marks, characters no font has) is recorded again.
 */
public final class ParagraphMemo {

    /** How a paragraph was set, and what setting it recorded. */
    record Kept(
            Region region,
            long indent,
            int hyphensBefore,
            BlockId block,
            List<SetLine> lines,
            int hyphensAfter,
            int pass,
            int overfull,
            Map<Destination, BlockId> anchors,
            Map<Destination, Spot> spots,
            Map<Integer, SourcePos> missing) {}

    private final Map<List<Inline>, Kept> sets = new IdentityHashMap<>();

    /** The paragraph as set before, if it was set alike. */
    synchronized Kept find(List<Inline> content, Region region, long indent, int hyphensBefore, BlockId block) {
        Kept set = sets.get(content);
        return set != null
                        && set.region().equals(region)
                        && set.indent() == indent
                        && set.hyphensBefore() == hyphensBefore
                        && set.block().equals(block)
                ? set
                : null;
    }

    /** Keeps how a paragraph was set, unless its words may change from pass to pass. */
    synchronized void keep(List<Inline> content, Kept set) {
        if (!changes(content)) {
            sets.put(content, set);
        }
    }

    /** Whether the content holds a reference by page, whose words a later pass changes. */
    private static boolean changes(List<Inline> content) {
        boolean[] found = {false};
        Visitor visitor = new Visitor() {
            @Override
            public void visitInline(Inline inline) {
                found[0] |= inline instanceof Inline.Reference r && r.form() != Inline.Reference.Form.NUMBER;
            }
        };
        content.forEach(inline -> inline.accept(visitor));
        return found[0];
    }
}
