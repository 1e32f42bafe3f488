package io.github.imprint.typeset.flow;

import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.Block;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Style;
import io.github.imprint.typeset.linebreak.FirstFit;
import io.github.imprint.typeset.linebreak.Item;
import io.github.imprint.typeset.linebreak.ParagraphItems;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.paginate.Flow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tables: columns of equal width with half a line between them, each cell's text ragged in its
 * column's alignment (header cells bold and never hyphenated), a rule under each row. A row is one
 * unbreakable unit; the header row is repeated above a row that starts a page.
 */
final class Tables {

    private Tables() {}

    static void set(Cursor c, Block.Table table, Region region) {
        Style style = c.theme.style(Element.TABLE);
        c.lines.space(style.spaceBefore().millipoints());
        int columns = Math.max(1, table.alignments().size());
        long gap = c.leading / 2;
        long columnWidth = (region.width() - gap * (columns - 1)) / columns;
        long lineHeight = style.leading().millipoints();
        long total = 0;
        List<List<Block.Table.Cell>> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        Flow.Unit headerRow = null;
        c.structure.open(StructureNode.Kind.TABLE, null);
        for (int r = 0; r < rows.size(); r++) {
            c.structure.open(StructureNode.Kind.TR, null);
            boolean header = r < table.header().size();
            Role role = header ? Role.TABLE_HEADER_CELL : Role.TABLE_CELL;
            List<Placed> items = new ArrayList<>();
            long rowHeight = lineHeight;
            List<Block.Table.Cell> row = rows.get(r);
            for (int col = 0; col < row.size() && col < columns; col++) {
                c.at = row.get(col).pos();
                ParagraphItems cellItems =
                        new ParagraphItems(c.shaper, false, false, c::missing).rightToLeft(c.rightToLeft);
                InlineRuns.Context context = InlineRuns.context(
                        c.theme, style, role, c.structure.leaf(role, c.at), header ? Optional.empty() : c.hyphenator);
                if (header) {
                    context = InlineRuns.bold(context);
                }
                c.runs.add(cellItems, row.get(col).content(), context);
                List<Item> list = cellItems.finish();
                SetLine.Alignment alignment = switch (table.alignments().get(col)) {
                    case CENTER -> SetLine.Alignment.CENTER;
                    case RIGHT -> SetLine.Alignment.RIGHT;
                    default -> SetLine.Alignment.LEFT;
                };
                long y = 0;
                // a right-to-left table's first column is on the right
                int place = c.rightToLeft ? columns - 1 - col : col;
                long x = region.x() + place * (columnWidth + gap);
                for (SetLine line : SetLine.set(
                        list, FirstFit.breakLines(list, columnWidth).lines(), columnWidth, alignment, c.rightToLeft)) {
                    items.addAll(line.place(x, y + LineSetter.ascent(lineHeight) + lineHeight / 6));
                    y += lineHeight;
                }
                rowHeight = Math.max(rowHeight, y);
            }
            c.structure.close();
            rowHeight += lineHeight / 3;
            items.add(new Placed.Rule(
                    region.x(),
                    rowHeight - 300,
                    region.width(),
                    header ? 600 : 250,
                    style.border().rgb(),
                    Role.ARTIFACT));
            Flow.Unit unit = new Flow.Unit(
                    items,
                    rowHeight,
                    r == 0 ? !c.lines.keepNext : r > table.header().size(),
                    List.of(),
                    false,
                    header ? null : headerRow);
            if (header && r == table.header().size() - 1) {
                headerRow = new Flow.Unit(items, rowHeight, true, List.of(), false);
            }
            c.flow.add(unit);
            c.lines.keepNext = false;
            total += rowHeight;
        }
        c.structure.close();
        long after = c.lines.roundUp(total + style.spaceAfter().millipoints()) - total;
        c.flow.add(new Flow.Space(after, true));
        c.lines.indentNext = false;
    }
}
