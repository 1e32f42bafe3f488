package io.github.imprint.typeset.linebreak;

import io.github.imprint.layout.Destination;
import io.github.imprint.typeset.shape.ShapedText;

/**
 * The material of a paragraph, as in Knuth and Plass, "Breaking Paragraphs into Lines" (1981): boxes
 * that are set as they are, glue that stretches and shrinks, and penalties that mark where a line may
 * or may not end. Widths are millipoints.
 */
public sealed interface Item {

    /** A penalty this high forbids a break; this low forces one. */
    int INFINITY = 10_000;

    long width();

    /**
     * Shaped text, or an empty box (an indent, when {@code text} is null).
     *
     * @param protrudeLeft  how far the box may hang into the left margin when it starts a line
     * @param protrudeRight how far it may hang into the right margin when it ends one
     * @param note          the footnote this box calls, or null
     * @param expand        how much wider or narrower font expansion may make the box (its glyphs
     *                      scaled horizontally, as pdfTeX's font expansion does)
     */
    record Box(long width, ShapedText text, long protrudeLeft, long protrudeRight, Destination.Note note, long expand)
            implements Item {

        /** Empty space that does not stretch: an indent, a list label's room. */
        public static Box space(long width) {
            return new Box(width, null, 0, 0, null, 0);
        }
    }

    /**
     * Space between words: natural width, how much it may stretch and shrink. {@code space} is false for
     * the glue between ideographs (or between Thai words), where a line may break and justification may
     * open a little room, but the text has no space.
     */
    record Glue(long width, long stretch, long shrink, boolean space) implements Item {

        public Glue(long width, long stretch, long shrink) {
            this(width, stretch, shrink, true);
        }
    }

    /**
     * A possible break with its cost. {@code flagged} marks a hyphen break (two in a row cost extra);
     * {@code hyphen} is the text set at the end of the line when the break is taken, and
     * {@code discretionary} marks a break found by hyphenation, which the first pass does not try.
     */
    record Penalty(
            long width, int penalty, boolean flagged, ShapedText hyphen, long protrudeRight, boolean discretionary)
            implements Item {

        public static Penalty forced() {
            return new Penalty(0, -INFINITY, false, null, 0, false);
        }

        public static Penalty forbidden() {
            return new Penalty(0, INFINITY, false, null, 0, false);
        }

        /** A break allowed here without anything set, such as after a slash in a URL. */
        public static Penalty allowed(int cost) {
            return new Penalty(0, cost, false, null, 0, false);
        }
    }
}
