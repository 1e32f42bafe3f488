package io.github.imprint.typeset.flow;

import io.github.imprint.typeset.linebreak.Item;
import java.util.List;

/**
 * How wide a table's columns are, from what they hold: CSS's automatic table layout, for a table as
 * wide as the measure.
 *
 * <p>Every cell has two widths. Its <em>minimum</em> is its widest piece that cannot break: the
 * longest word, or the longest stretch of inline code between the places code may break. A word's
 * hyphenation points do not count, so a column is never made so narrow that its words must be
 * hyphenated ("Arithmetic re-mainder"). Its <em>maximum</em> is its text set on one line. A column's
 * minimum and maximum are the largest of its cells'.
 *
 * <p>When the maxima fit the width available, every column gets its maximum and what is left is shared
 * in proportion to the maxima, so no cell wraps and the table still spans the measure. When only the
 * minima fit, each column starts at its minimum and the rest is poured in as water fills vessels of
 * different heights: every column still short of its maximum gets an equal part, and a column that
 * reaches its maximum drops out. So short columns ("Return Error", a version number) are set whole
 * first, and the column of explanations beside them takes the rest and wraps; CSS's interpolation
 * between minimum and maximum would instead give every column the same fraction of what it lacks, and
 * wrap the short ones too. When not even the minima fit, the widths are the minima scaled down, and
 * the caller, told so by {@link #fits()}, may set the table's text smaller and ask again.
 */
record ColumnWidths(long[] widths, boolean fits) {

    /** The widths of the columns of {@code cells} (rows of cells' items) sharing {@code available}. */
    static ColumnWidths of(List<List<List<Item>>> cells, int columns, long available) {
        long[] min = new long[columns];
        long[] max = new long[columns];
        for (List<List<Item>> row : cells) {
            for (int col = 0; col < row.size() && col < columns; col++) {
                min[col] = Math.max(min[col], minimum(row.get(col)));
                max[col] = Math.max(max[col], maximum(row.get(col)));
            }
        }
        long minSum = 0;
        long maxSum = 0;
        for (int col = 0; col < columns; col++) {
            max[col] = Math.max(max[col], min[col]);
            minSum += min[col];
            maxSum += max[col];
        }
        long[] widths = new long[columns];
        if (maxSum <= available && maxSum > 0) {
            share(widths, max, max, available - maxSum, maxSum);
            return new ColumnWidths(widths, true);
        }
        if (minSum <= available) {
            System.arraycopy(min, 0, widths, 0, columns);
            pour(widths, max, available - minSum);
            return new ColumnWidths(widths, true);
        }
        for (int col = 0; col < columns; col++) {
            widths[col] = min[col] * available / minSum;
        }
        return new ColumnWidths(widths, false);
    }

    /** {@code base} plus {@code extra} shared in proportion to {@code weights} (which sum to {@code total}). */
    private static void share(long[] widths, long[] base, long[] weights, long extra, long total) {
        int n = widths.length;
        for (int col = 0; col < n; col++) {
            long part = total > 0 ? extra * weights[col] / total : extra / n;
            widths[col] = base[col] + part;
        }
    }

    /** Shares {@code extra} equally among the columns short of their maximum, until it is used up. */
    private static void pour(long[] widths, long[] max, long extra) {
        while (extra > 0) {
            int wanting = 0;
            long least = Long.MAX_VALUE;
            for (int col = 0; col < widths.length; col++) {
                if (widths[col] < max[col]) {
                    wanting++;
                    least = Math.min(least, max[col] - widths[col]);
                }
            }
            if (wanting == 0) {
                return;
            }
            long part = Math.max(1, Math.min(least, extra / wanting));
            for (int col = 0; col < widths.length && extra > 0; col++) {
                if (widths[col] < max[col]) {
                    widths[col] += part;
                    extra -= part;
                }
            }
        }
    }

    /** The widest run of boxes between two places the cell's text may break, hyphens not counted. */
    static long minimum(List<Item> items) {
        long widest = 0;
        long run = 0;
        for (Item item : items) {
            if (item instanceof Item.Box box) {
                run += box.width();
            } else if (item instanceof Item.Glue
                    || item instanceof Item.Penalty p && p.penalty() < Item.INFINITY && !p.discretionary()) {
                widest = Math.max(widest, run);
                run = 0;
            }
        }
        return Math.max(widest, run);
    }

    /** The cell's text on one line (its widest line where it has forced breaks). */
    static long maximum(List<Item> items) {
        long widest = 0;
        long line = 0;
        for (Item item : items) {
            if (item instanceof Item.Penalty p && p.penalty() == -Item.INFINITY) {
                widest = Math.max(widest, line);
                line = 0;
            } else if (item instanceof Item.Box box) {
                line += box.width();
            } else if (item instanceof Item.Glue glue) {
                line += glue.width();
            }
        }
        return Math.max(widest, line);
    }
}
