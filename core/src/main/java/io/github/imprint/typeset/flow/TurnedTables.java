package io.github.imprint.typeset.flow;

import io.github.imprint.layout.Placed;
import io.github.imprint.typeset.paginate.Flow;
import java.util.ArrayList;
import java.util.List;

/**
 * A table too wide for the measure, set across pages turned on their side. The table has been set as
 * any table is, with the text block's height for its width; this cuts what it added to the flow (its
 * caption's lines and its rows) into landscape pages, each as tall as the measure is wide: the caption
 * and the first rows on the first, the header row repeated above the rows of each page after it. Each
 * page becomes one {@link Flow.Unit#turned}, which the page builder puts on a page of its own and the
 * PDF writer turns, as LaTeX's {@code sidewaystable} does; rows are kept whole.
 *
 * <p>The turned pages float as figures do: the text after the table fills the page the table would
 * not fit on, so no page is left half empty before it; the running head and folio stay where they
 * are on every page.
 */
final class TurnedTables {

    private TurnedTables() {}

    /** Replaces the flow from {@code from} on (the table's caption and rows) by turned pages. */
    static void turn(Cursor c, int from, Flow.Unit header) {
        List<Flow> set = new ArrayList<>(c.flow.subList(from, c.flow.size()));
        c.flow.subList(from, c.flow.size()).clear();
        long room = c.frame.measure();
        List<Placed> page = new ArrayList<>();
        long y = 0;
        for (Flow item : set) {
            if (y > 0 && y + item.height() > room && item instanceof Flow.Unit) {
                c.flow.add(Flow.Unit.turned(page, c.frame.textHeight()));
                page = new ArrayList<>();
                y = 0;
                if (header != null) {
                    place(header, y, page);
                    y += header.height();
                }
            }
            place(item, y, page);
            y += item.height();
        }
        if (!page.isEmpty()) {
            c.flow.add(Flow.Unit.turned(page, c.frame.textHeight()));
        }
    }

    private static void place(Flow item, long y, List<Placed> page) {
        if (item instanceof Flow.Line line) {
            page.addAll(line.line().place(line.x(), y + line.ascent()));
        } else if (item instanceof Flow.Unit unit) {
            unit.items().forEach(placed -> page.add(placed.moved(0, y)));
        }
    }
}
