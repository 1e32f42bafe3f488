package io.github.imprint.typeset.back;

import io.github.imprint.typeset.linebreak.SetLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills columns with rows, page after page, and balances the last page.
 *
 * <p>A row is a line, or a space that vanishes at a column's head. A row may be tied to the one before
 * (the second line of an entry, the first entry under a letter's heading); a column never ends at a
 * tie unless nothing else would fit, so a heading does not end a column alone; a column that opens
 * with a sub-entry repeats its entry above it, as "ownership (continued)". On the last page the
 * rows left are shared out so the columns end as nearly level as the ties allow, as LaTeX's
 * {@code multicol} does: the shortest column height at which the rows still fit in the columns there
 * are, found by halving.
 */
final class Columns {

    /**
     * A line at {@code x} in its column, on a baseline {@code ascent} below its top; or a space. A row
     * with a {@code header} (a sub-entry's line, whose entry is repeated as "ownership (continued)")
     * has it set above it when it starts a column.
     */
    record Row(SetLine line, long x, long height, long ascent, boolean tied, Row header) {

        Row(SetLine line, long x, long height, long ascent, boolean tied) {
            this(line, x, height, ascent, tied, null);
        }

        Row withHeader(Row other) {
            return new Row(line, x, height, ascent, tied, other);
        }

        static Row space(long height) {
            return new Row(null, 0, height, 0, false);
        }

        boolean isSpace() {
            return line == null;
        }
    }

    private Columns() {}

    /**
     * The rows, cut into pages of {@code columns} columns: the first page's columns {@code first} high
     * (below the title), the others' {@code height}. Each page is its columns, each column its rows.
     */
    static List<List<List<Row>>> fill(List<Row> rows, int columns, long first, long height) {
        List<List<List<Row>>> pages = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            long h = pages.isEmpty() ? first : height;
            List<List<Row>> page = new ArrayList<>();
            if (end(rows, i, columns, h) == rows.size()) {
                long low = 0;
                long high = h;
                while (low < high) {
                    long mid = (low + high) / 2;
                    if (end(rows, i, columns, mid) == rows.size()) {
                        high = mid;
                    } else {
                        low = mid + 1;
                    }
                }
                h = high;
            }
            for (int c = 0; c < columns && i < rows.size(); c++) {
                int end = cut(rows, i, h);
                page.add(rows.subList(i, end));
                i = end;
            }
            pages.add(page);
        }
        return pages;
    }

    /** Where the rows from {@code start} stop when they fill {@code columns} columns {@code h} high. */
    private static int end(List<Row> rows, int start, int columns, long h) {
        int i = start;
        for (int c = 0; c < columns && i < rows.size(); c++) {
            i = cut(rows, i, h);
        }
        return i;
    }

    /** The end of a column that starts at row {@code start} and is {@code h} high; at least one line. */
    static int cut(List<Row> rows, int start, long h) {
        int i = start;
        while (i < rows.size() && rows.get(i).isSpace()) {
            i++; // a space at a column's head vanishes
        }
        int first = i;
        long used = i < rows.size() && rows.get(i).header() != null
                ? rows.get(i).header().height()
                : 0;
        while (i < rows.size() && (i == first || used + rows.get(i).height() <= h)) {
            used += rows.get(i).height();
            i++;
        }
        int end = i;
        while (end < rows.size() && end > first + 1 && rows.get(end).tied()) {
            end--;
        }
        return end < rows.size() && rows.get(end).tied() ? i : end;
    }
}
