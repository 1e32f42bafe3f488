package io.github.imprint.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An image the sources refer to, already found, checked and measured.
 *
 * @param file      the image on disk, inside the project
 * @param format    sniffed from the file's bytes
 * @param width     in pixels (0 for SVG without a size)
 * @param height    in pixels
 * @param widthHint the width the author asked for ({@code 50%}, {@code 300}), if any
 * @param printFile the file the PDF prints: the image itself, or for a WebP image the PNG or JPEG of the
 *                  same name beside it (PDF cannot hold WebP); empty when a WebP image has none
 */
public record ImageRef(
        Path file, ImageFormat format, int width, int height, Optional<String> widthHint, Optional<Path> printFile) {

    /** An image the PDF prints as it is. */
    public ImageRef(Path file, ImageFormat format, int width, int height, Optional<String> widthHint) {
        this(file, format, width, height, widthHint, Optional.of(file));
    }

    /** The same image, shown at another width. */
    public ImageRef withWidthHint(Optional<String> hint) {
        return new ImageRef(file, format, width, height, hint, printFile);
    }
}
