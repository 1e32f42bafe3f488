package io.github.imprint.typeset.paginate;

/**
 * The page's geometry in millipoints: trim size and margins, inside being the spine side. On a recto
 * (odd page) the inside margin is on the left; in a book that reads right to left the recto is the
 * left-hand page of a spread, and its inside margin is on the right.
 */
public record PageFrame(
        long width, long height, long top, long bottom, long inside, long outside, boolean rightToLeft) {

    /** The frame of a book that reads left to right. */
    public PageFrame(long width, long height, long top, long bottom, long inside, long outside) {
        this(width, height, top, bottom, inside, outside, false);
    }

    public long textHeight() {
        return height - top - bottom;
    }

    public long measure() {
        return width - inside - outside;
    }

    public long left(int pageNumber) {
        return (pageNumber % 2 == 1) != rightToLeft ? inside : outside;
    }
}
