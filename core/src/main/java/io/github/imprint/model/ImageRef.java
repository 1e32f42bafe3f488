package io.github.imprint.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An image the sources refer to, already found, checked and measured.
 *
 * @param file      the image on disk, inside the project
 * @param mediaType sniffed from the file's bytes, such as {@code image/png}
 * @param width     in pixels (0 for SVG without a size)
 * @param height    in pixels
 * @param widthHint the width the author asked for ({@code 50%}, {@code 300}), if any
 */
public record ImageRef(Path file, String mediaType, int width, int height, Optional<String> widthHint) {
}
