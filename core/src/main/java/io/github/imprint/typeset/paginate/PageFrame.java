package io.github.imprint.typeset.paginate;

/**
 * The page's geometry in millipoints: trim size and margins, inside being the spine side. On a recto
 * (odd page) the inside margin is on the left.
 */
public record PageFrame(long width, long height, long top, long bottom, long inside, long outside) {

    public long textHeight() {
        return height - top - bottom;
    }

    public long measure() {
        return width - inside - outside;
    }

    public long left(int pageNumber) {
        return pageNumber % 2 == 1 ? inside : outside;
    }
}
