package io.github.imprint.layout;

import java.util.List;

/**
 * One page: its size, its number among all pages (1-based), its folio as printed, and what is on it
 * in reading order.
 *
 * @param turn where some of the page's items are set on the page turned on its side (a table too
 *     wide for the measure), or null when none are
 */
public record Page(int number, String folio, long width, long height, List<Placed> items, Turn turn) {

    public Page {
        items = List.copyOf(items);
    }

    public Page(int number, String folio, long width, long height, List<Placed> items) {
        this(number, folio, width, height, items, null);
    }

    /**
     * Items {@code from} to {@code to} (exclusive) are placed in a landscape frame: x along the turned
     * page's width, which runs up the page from its text block's foot, y down from the turned page's
     * top, which is the text block's left edge. The landscape point (x, y) stands at the portrait point
     * ({@code left} + y, {@code foot} - x), so the text reads when the book is turned a quarter clockwise,
     * and a viewer shows the page turned that way.
     *
     * @param left the text block's left edge, from the page's left
     * @param foot the text block's foot, from the page's top
     */
    public record Turn(int from, int to, long left, long foot) {

        /** The same turn with its items {@code by} places later (items put before them). */
        public Turn shifted(int by) {
            return new Turn(from + by, to + by, left, foot);
        }

        public boolean holds(int item) {
            return item >= from && item < to;
        }
    }
}
