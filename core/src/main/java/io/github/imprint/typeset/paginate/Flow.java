package io.github.imprint.typeset.paginate;

import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Placed;
import io.github.imprint.typeset.linebreak.SetLine;
import java.util.List;

/**
 * The vertical material of a publication, in reading order, before it is cut into pages. Heights are
 * millipoints. {@code breakBefore} says whether a page may end just before the element: false keeps it
 * with what precedes (a paragraph's second line, the line after a heading, a caption).
 */
public sealed interface Flow {

    long height();

    boolean breakBefore();

    /**
     * A line of text, {@code x} from the text block's left edge, on a baseline {@code ascent} below its top.
     *
     * @param label extra pieces in the margin, such as a list item's bullet, placed at {@code labelX}
     */
    record Line(
            SetLine line, long x, long height, long ascent, boolean breakBefore, SetLine label, long labelX, Bar bar)
            implements Flow {

        public Line(SetLine line, long x, long height, long ascent, boolean breakBefore, SetLine label, long labelX) {
            this(line, x, height, ascent, breakBefore, label, labelX, null);
        }

        public Line withBar(Bar bar) {
            return new Line(line, x, height, ascent, breakBefore, label, labelX, bar);
        }
    }

    /** A vertical rule beside a line, marking a box such as an aside; lines in a row make one rule. */
    record Bar(long x, long width, int rgb) {}

    /**
     * Vertical space; at the top of a page it vanishes. It may give up {@code shrink} (whole lines, so
     * the grid holds) on a page that would otherwise end short before a heading kept with what follows.
     */
    record Space(long height, boolean breakBefore, long shrink) implements Flow {

        public Space(long height, boolean breakBefore) {
            this(height, breakBefore, 0);
        }

        Space squeezed() {
            return new Space(height - shrink, breakBefore, 0);
        }
    }

    /**
     * Items placed as one unbreakable unit (a figure with its caption, a table row, a turned page),
     * relative to the unit's top-left corner. A {@code floating} unit (a figure) that does not fit where it stands goes
     * to the top of the next page, and the text after it fills the page. A table row carries its
     * table's {@code header}, which is repeated above it when the row starts a page.
     */
    record Unit(
            List<Placed> items,
            long height,
            boolean breakBefore,
            List<Destination.Note> notes,
            boolean floating,
            Unit header,
            boolean turned)
            implements Flow {

        public Unit(
                List<Placed> items, long height, boolean breakBefore, List<Destination.Note> notes, boolean floating) {
            this(items, height, breakBefore, notes, floating, null, false);
        }

        public Unit(
                List<Placed> items,
                long height,
                boolean breakBefore,
                List<Destination.Note> notes,
                boolean floating,
                Unit header) {
            this(items, height, breakBefore, notes, floating, header, false);
        }

        /**
         * A page's worth of items set on the page turned on its side (a table too wide for the
         * measure), in the landscape frame {@link io.github.imprint.layout.Page.Turn} describes. It
         * fills a page of its own and floats as a figure does: the text after it fills the page it
         * would not fit on, and turned pages that wait go one to a page.
         */
        public static Unit turned(List<Placed> items, long height) {
            return new Unit(items, height, true, List.of(), true, null, true);
        }
    }

    /**
     * The start of a chapter: a new page (a recto, when {@code recto}), unless the current one is still
     * empty; {@code title} is the chapter's running head from here on.
     */
    record NewPage(String title, boolean recto, boolean bare) implements Flow {

        public NewPage(String title, boolean recto) {
            this(title, recto, false);
        }

        @Override
        public long height() {
            return 0;
        }

        @Override
        public boolean breakBefore() {
            return true;
        }
    }
}
