/**
 * Text to glyphs: characters to glyph ids through the face's character map (or along the fallback
 * chain, which prefers a face of the text's kind), the standard ligatures, GPOS kerning, advances in
 * millipoints; scripts whose letters change with their neighbours (Devanagari, Bengali, Tamil, Thai
 * and their kin) go through the HarfBuzz inside the JDK ({@code ComplexShaper}). Uses {@code font}
 * and {@code layout}.
 */
package io.github.imprint.typeset.shape;
