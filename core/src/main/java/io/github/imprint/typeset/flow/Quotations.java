package io.github.imprint.typeset.flow;

import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.Block;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Style;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.paginate.Flow;

/**
 * Block quotations and asides (boxes, notes, pull quotes): their blocks set in a narrower region. A
 * quotation is indented on both sides; an aside on the left, with its title in bold and a bar of the
 * theme's border colour beside its lines.
 */
final class Quotations {

    /** Block quotations and list items of at most this many lines are never split across pages. */
    static final int SHORT_BLOCK = 4;

    private Quotations() {}

    static void blockQuote(Cursor c, Block.BlockQuote q, Region region) {
        Style style = c.theme.style(Element.BLOCKQUOTE);
        long indent = style.indent().millipoints();
        c.lines.space(style.spaceBefore().millipoints());
        int first = c.flow.size();
        c.structure.open(StructureNode.Kind.BLOCK_QUOTE, null);
        ChapterWalk.blocks(
                c, q.blocks(), ChapterWalk.inner(c, region, indent, indent, Element.BLOCKQUOTE, Role.BLOCK_QUOTE));
        c.structure.close();
        c.lines.keepTogether(first, SHORT_BLOCK);
        c.lines.space(style.spaceAfter().millipoints());
        c.lines.indentNext = false;
    }

    static void division(Cursor c, Block.Division division, Region region) {
        Style style = c.theme.style(Element.ASIDE);
        long indent = c.leading;
        c.lines.space(style.spaceBefore().millipoints());
        c.structure.open(StructureNode.Kind.DIV, null);
        if (!division.title().isEmpty()) {
            c.lines.ragged(
                    division.title(),
                    Element.ASIDE,
                    Role.ASIDE,
                    region.x() + indent,
                    region.width() - indent,
                    SetLine.Alignment.LEFT,
                    true);
            c.lines.keepNext = true;
        }
        Element element = division.kind() == Block.Division.Kind.PULL_QUOTE ? Element.BLOCKQUOTE : Element.ASIDE;
        int first = c.flow.size() - (division.title().isEmpty() ? 0 : 2);
        ChapterWalk.blocks(c, division.blocks(), ChapterWalk.inner(c, region, indent, 0, element, Role.ASIDE));
        c.structure.close();
        Flow.Bar bar =
                new Flow.Bar(region.x() + indent / 3, 1_500, style.border().rgb());
        for (int f = Math.max(0, first); f < c.flow.size(); f++) {
            if (c.flow.get(f) instanceof Flow.Line line) {
                c.flow.set(f, line.withBar(bar));
            }
        }
        c.lines.space(style.spaceAfter().millipoints());
        c.lines.indentNext = false;
    }
}
