package io.github.imprint.typeset.flow;

import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Role;
import io.github.imprint.model.Block;
import io.github.imprint.model.Inline;
import io.github.imprint.theme.Element;
import java.util.List;

/**
 * Captions of numbered blocks: the number goes before the caption's words ("Figure 3.2. The stack and
 * the heap", the label in bold), and the block's anchor is recorded where the caption or the block
 * stands, for references and links to find. A table's and a listing's caption stand above them, kept
 * with their first line; a figure's below its image ({@link Figures}).
 */
final class Captions {

    private Captions() {}

    /** The caption's inlines with the block's number before them, when it has one. */
    static List<Inline> numbered(Cursor c, Block block, List<Inline> caption) {
        return c.references.words().captioned(c.references.numbering().of(block), caption, block.pos());
    }

    /** Records that a numbered block's anchor stands at {@code at}. */
    static void anchor(Cursor c, Block block, BlockId at) {
        c.references
                .numbering()
                .of(block)
                .ifPresent(t -> c.anchors.putIfAbsent(new Destination.Anchor(c.chapter.id(), t.anchor()), at));
    }

    /** A table's or a listing's caption, above it and kept with it; nothing when it has none. */
    static void above(Cursor c, Block block, List<Inline> caption, Region region) {
        List<Inline> words = numbered(c, block, caption);
        if (words.isEmpty()) {
            return;
        }
        anchor(c, block, c.structure.nextLeaf());
        c.lines.ragged(words, Element.CAPTION, Role.CAPTION, region.x(), region.width());
    }
}
