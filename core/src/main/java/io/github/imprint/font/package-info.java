/**
 * Font faces and their data: the bundled Noto families (serif, sans, mono, with their styles, and
 * the script and emoji faces), loaded lazily and cached per JVM as bytes, parsed per use with
 * FontBox; which script a family is for and which scripts need shaping ({@code Scripts}); subsets
 * for embedding; outlines and advances. Uses {@code diag} and FontBox.
 */
package io.github.imprint.font;
