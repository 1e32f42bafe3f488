package io.github.imprint.typeset.flow;

import io.github.imprint.layout.BlockId;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Tables: columns as wide as their content asks ({@link ColumnWidths}, CSS's automatic layout) with
 * half a line between them, each cell's text ragged in its column's alignment (header cells bold and
 * never hyphenated, body cells only where a word is wider than its column), a rule under each row. A table whose words cannot fit at the style's size is set
 * smaller, half a point at a time, down to the code floor ({@code code.min-size}). A row is kept whole
 * up to four lines; a taller one splits between its lines as a paragraph does, two lines at least on
 * each side, and the header row is repeated above whatever starts a page. A table whose words do not
 * fit even at the floor goes onto pages turned on their side when the theme allows
 * ({@link TurnedTables}).
 */
final class Tables {

    /** Rows up to this many lines are kept whole. */
    private static final int WHOLE = 4;
    /** How far the table's size steps down when its words do not fit: half a point. */
    private static final long STEP = 500;

    private Tables() {}

    static void set(Cursor c, Block.Table table, Region region) {
        Style style = c.theme.style(Element.TABLE);
        c.lines.space(style.spaceBefore().millipoints());
        int columns = Math.max(1, table.alignments().size());
        long gap = c.leading / 2;
        long available = region.width() - gap * (columns - 1);
        List<List<Block.Table.Cell>> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        long floor =
                Math.min(style.size().millipoints(), c.theme.code().minSize().millipoints());
        // each size's measures, shaped once though both the upright and the turned widths ask for them
        Map<Long, List<List<List<Item>>>> measures = new HashMap<>();
        Function<Long, List<List<List<Item>>>> measure =
                at -> measures.computeIfAbsent(at, k -> measured(c, table, rows, style, k));
        Fitted fitted = fit(measure, style, floor, columns, available);
        // too wide even at the floor: across a page turned on its side, the text block's height wide
        boolean turned = !fitted.widths().fits() && c.theme.tables().landscape();
        if (turned) {
            region = new Region(0, c.frame.textHeight(), region.element(), region.role());
            fitted = fit(measure, style, floor, columns, region.width() - gap * (columns - 1));
        }
        long size = fitted.size();
        ColumnWidths widths = fitted.widths();
        int from = c.flow.size();
        long lineHeight = style.leading().millipoints() * size / style.size().millipoints();
        long total = 0;
        Flow.Unit headerRow = null;
        c.structure.open(StructureNode.Kind.TABLE, null);
        Captions.above(c, table, table.caption(), region);
        for (int r = 0; r < rows.size(); r++) {
            c.structure.open(StructureNode.Kind.TR, null);
            boolean header = r < table.header().size();
            Role role = header ? Role.TABLE_HEADER_CELL : Role.TABLE_CELL;
            List<Block.Table.Cell> row = rows.get(r);
            List<List<SetLine>> cells = new ArrayList<>();
            List<Long> xs = new ArrayList<>();
            long x = region.x();
            int k = 1; // the row's lines: its tallest cell's
            for (int col = 0; col < row.size() && col < columns; col++) {
                c.at = row.get(col).pos();
                long width = widths.widths()[col];
                // where every word fits its column, none is hyphenated
                List<Item> list = cell(
                        c, row.get(col), header, style, size, !widths.fits(), c.structure.leaf(role, c.at), c::missing);
                SetLine.Alignment alignment = switch (table.alignments().get(col)) {
                    case CENTER -> SetLine.Alignment.CENTER;
                    case RIGHT -> SetLine.Alignment.RIGHT;
                    default -> SetLine.Alignment.LEFT;
                };
                // a right-to-left table's first column is on the right
                xs.add(c.rightToLeft ? 2 * region.x() + region.width() - x - width : x);
                cells.add(SetLine.set(list, FirstFit.breakLines(list, width).lines(), width, alignment, c.rightToLeft));
                k = Math.max(k, cells.get(cells.size() - 1).size());
                x += width + gap;
            }
            c.structure.close();
            long rowHeight = k * lineHeight + lineHeight / 3;
            boolean first = r == 0 ? !c.lines.keepNext : r > table.header().size();
            boolean split = !header && k > WHOLE && !turned;
            // a split row is a unit per line; the last carries the row's rule
            List<List<Placed>> units = new ArrayList<>();
            for (int j = 0; j < (split ? k : 1); j++) {
                units.add(new ArrayList<>());
            }
            for (int col = 0; col < cells.size(); col++) {
                for (int j = 0; j < cells.get(col).size(); j++) {
                    long y = (split ? 0 : j * lineHeight) + LineSetter.ascent(lineHeight) + lineHeight / 6;
                    units.get(split ? j : 0).addAll(cells.get(col).get(j).place(xs.get(col), y));
                }
            }
            long lastHeight = split ? rowHeight - (k - 1) * lineHeight : rowHeight;
            units.get(units.size() - 1)
                    .add(new Placed.Rule(
                            region.x(),
                            lastHeight - 300,
                            region.width(),
                            header ? 600 : 250,
                            style.border().rgb(),
                            Role.ARTIFACT));
            for (int j = 0; j < units.size(); j++) {
                long height = j == units.size() - 1 ? lastHeight : lineHeight;
                boolean breakBefore = j == 0 ? first : j >= 2 && j <= k - 2;
                c.flow.add(
                        new Flow.Unit(units.get(j), height, breakBefore, List.of(), false, header ? null : headerRow));
            }
            if (header && r == table.header().size() - 1) {
                headerRow = new Flow.Unit(units.get(0), rowHeight, true, List.of(), false);
            }
            c.lines.keepNext = false;
            total += rowHeight;
        }
        c.structure.close();
        if (turned) {
            // the turned pages float; the space before them is the one space the text keeps
            TurnedTables.turn(c, from, headerRow);
        } else {
            long after = c.lines.roundUp(total + style.spaceAfter().millipoints()) - total;
            c.flow.add(new Flow.Space(after, true));
        }
        c.lines.indentNext = false;
    }

    /** The size a table is set at and its columns' widths there. */
    private record Fitted(long size, ColumnWidths widths) {}

    /**
     * The widths at the style's size, or at the largest size half a point at a time down to
     * {@code floor} at which every word fits {@code available}; the floor's when none does.
     */
    private static Fitted fit(
            Function<Long, List<List<List<Item>>>> measure, Style style, long floor, int columns, long available) {
        long size = style.size().millipoints();
        ColumnWidths widths = ColumnWidths.of(measure.apply(size), columns, available);
        while (!widths.fits() && size > floor) {
            size = Math.max(floor, size - STEP);
            widths = ColumnWidths.of(measure.apply(size), columns, available);
        }
        return new Fitted(size, widths);
    }

    /** Every cell's items at {@code size}, for measuring: no structure is recorded, no glyph reported. */
    private static List<List<List<Item>>> measured(
            Cursor c, Block.Table table, List<List<Block.Table.Cell>> rows, Style style, long size) {
        List<List<List<Item>>> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<List<Item>> items = new ArrayList<>();
            for (Block.Table.Cell cell : rows.get(r)) {
                boolean header = r < table.header().size();
                items.add(cell(c, cell, header, style, size, false, BlockId.NONE, cp -> {}));
            }
            cells.add(items);
        }
        return cells;
    }

    /** The items of a cell's text at {@code size}: bold and unhyphenated in a header row. */
    private static List<Item> cell(
            Cursor c,
            Block.Table.Cell cell,
            boolean header,
            Style style,
            long size,
            boolean hyphenate,
            BlockId block,
            IntConsumer missing) {
        Role role = header ? Role.TABLE_HEADER_CELL : Role.TABLE_CELL;
        ParagraphItems items = new ParagraphItems(c.shaper, false, false, missing).rightToLeft(c.rightToLeft);
        InlineRuns.Context context = InlineRuns.context(
                        c.theme, style, role, block, header || !hyphenate ? Optional.empty() : c.hyphenator)
                .withSize(size);
        if (header) {
            context = InlineRuns.bold(context);
        }
        c.runs.add(items, cell.content(), context);
        return items.finish();
    }
}
