/**
 * Text to glyphs: characters to glyph ids through the face's character map (or along the fallback
 * chain, which prefers a face of the text's kind), the standard ligatures, GPOS kerning, advances in
 * millipoints, ideographs in their language's forms; scripts whose letters change with their
 * neighbours (Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai and their kin) and text at odd bidi
 * levels go through the HarfBuzz inside the JDK ({@code ComplexShaper}), right to left where the level
 * says. Uses {@code font}
 * and {@code layout}.
 */
package io.github.imprint.typeset.shape;
