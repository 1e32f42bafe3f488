/**
 * Text to glyphs: characters to glyph ids through the face's character map (or along the fallback
 * chain), the standard ligatures, GPOS kerning, advances in millipoints. Uses {@code font} and
 * {@code layout}.
 */
package io.github.imprint.typeset.shape;
