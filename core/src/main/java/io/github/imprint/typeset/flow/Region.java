package io.github.imprint.typeset.flow;

import io.github.imprint.layout.Role;
import io.github.imprint.theme.Element;

/**
 * The part of the text block a container fills: its left edge and width within the text block, and
 * the style and role of the text set in it. The body is the whole measure; a quotation, a list item or
 * an aside is a narrower region inside its parent's.
 */
public record Region(long x, long width, Element element, Role role) {

    /**
     * A region inside this one, indented on the left and right; deep nesting stops indenting once the
     * width would fall below {@code floor}, so text never runs out of room.
     */
    Region inner(long left, long right, Element element, Role role, long floor) {
        if (width - left - right < floor) {
            return new Region(x, width, element, role);
        }
        return new Region(x + left, width - left - right, element, role);
    }
}
