/**
 * Font faces and their data: the bundled Noto families (serif, sans, mono, with their styles), loaded
 * lazily and cached per JVM as bytes, parsed per use with FontBox; subsets for embedding; outlines
 * and advances. Uses {@code diag} and FontBox.
 */
package io.github.imprint.font;
