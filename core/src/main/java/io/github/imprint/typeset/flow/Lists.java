package io.github.imprint.typeset.flow;

import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.Block;
import io.github.imprint.model.Inline;
import io.github.imprint.theme.Style;
import io.github.imprint.typeset.linebreak.FirstFit;
import io.github.imprint.typeset.linebreak.Item;
import io.github.imprint.typeset.linebreak.ParagraphItems;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.paginate.Flow;
import java.util.List;
import java.util.Optional;

/**
 * Bulleted, numbered and task lists: each item's label set flush right in a hanging indent of one and
 * a half lines (on the right, flush left, when the text runs right to left), its blocks in the region
 * beside it. The label rides on the item's first line; an item
 * that does not open with a paragraph gets a line of its own for it. Short items stay whole.
 */
final class Lists {

    private Lists() {}

    static void set(Cursor c, Block.ListBlock list, Region region) {
        long leading = c.leading;
        long indent = leading * 3 / 2;
        int number = list.start();
        Style style = c.theme.style(region.element());
        c.structure.open(StructureNode.Kind.L, null);
        for (Block.ListItem item : list.items()) {
            c.structure.open(StructureNode.Kind.LI, null);
            String labelText = item.task().map(done -> done ? "■" : "□").orElse(list.ordered() ? number + "." : "•");
            number++;
            ParagraphItems labelItems = new ParagraphItems(c.shaper, false, false, c::missing);
            c.runs.add(
                    labelItems,
                    List.of(new Inline.Text(labelText, item.pos())),
                    InlineRuns.context(
                            c.theme,
                            style,
                            Role.LIST_LABEL,
                            c.structure.leaf(Role.LIST_LABEL, c.at),
                            Optional.empty()));
            List<Item> labelList = labelItems.finish();
            // the label stands in the indent on the side the lines start from, close to the text
            boolean rtl = c.rightToLeft;
            SetLine label = SetLine.set(
                            labelList,
                            FirstFit.breakLines(labelList, indent).lines(),
                            indent - leading / 4,
                            rtl ? SetLine.Alignment.LEFT : SetLine.Alignment.RIGHT)
                    .get(0);
            Region inner =
                    ChapterWalk.inner(c, region, rtl ? 0 : indent, rtl ? indent : 0, region.element(), Role.LIST_ITEM);
            long labelX = rtl ? region.x() + region.width() - indent + leading / 4 : region.x();
            int itemStart = c.flow.size();
            boolean first = true;
            c.structure.open(StructureNode.Kind.LBODY, null);
            for (Block child : item.blocks()) {
                c.at = child.pos();
                if (first && child instanceof Block.Paragraph p) {
                    c.lines.paragraph(p.content(), inner, 0, label, labelX);
                } else {
                    if (first) {
                        c.flow.add(new Flow.Line(label, labelX, leading, LineSetter.ascent(leading), true, null, 0));
                    }
                    ChapterWalk.block(c, child, inner);
                }
                first = false;
            }
            c.structure.close();
            c.structure.close();
            c.lines.keepTogether(itemStart, Quotations.SHORT_BLOCK);
            if (!list.tight()) {
                c.lines.space(leading / 2);
            }
        }
        c.structure.close();
        c.lines.indentNext = false;
    }
}
