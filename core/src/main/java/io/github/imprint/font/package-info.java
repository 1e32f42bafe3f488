/**
 * Font faces and their data: the bundled Noto families (serif, sans, mono, with their styles, and
 * the script and emoji faces, and the CJK faces when their artifact is on the class path), loaded lazily and cached per JVM as bytes, parsed per use with
 * FontBox; which script a family is for and which scripts need shaping ({@code Scripts}); subsets
 * for embedding (TrueType through FontBox; CFF, which FontBox reads but does not write, by
 * {@code CompactFontSubset} and {@code OpenTypeSubset}); outlines and advances; the forms by language ({@code LocalForms}) and what shaped
 * glyphs stand for ({@code GlyphTexts}). Uses {@code diag} and FontBox.
 */
package io.github.imprint.font;
