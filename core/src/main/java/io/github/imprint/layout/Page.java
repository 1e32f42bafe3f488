package io.github.imprint.layout;

import java.util.List;

/**
 * One page: its size, its number among all pages (1-based), its folio as printed, and what is on it
 * in reading order.
 */
public record Page(int number, String folio, long width, long height, List<Placed> items) {

    public Page {
        items = List.copyOf(items);
    }
}
