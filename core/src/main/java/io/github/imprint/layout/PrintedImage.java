package io.github.imprint.layout;

/**
 * A raster image's size in pixels and the largest size it is printed at, in thousandths of a point:
 * what the PDF needs to judge whether it is sharper than print needs. The typesetter gives it for the
 * figures it will set before it sets them, and the PDF writer for the images its pages place.
 */
public record PrintedImage(int pixelsWide, int pixelsHigh, long width, long height) {

    /** The same image at the larger of its two printed sizes, for an image shown more than once. */
    public PrintedImage widest(PrintedImage other) {
        return new PrintedImage(
                pixelsWide, pixelsHigh, Math.max(width, other.width()), Math.max(height, other.height()));
    }
}
