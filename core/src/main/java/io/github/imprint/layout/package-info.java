/**
 * The typeset result as plain data: a {@link io.github.imprint.layout.PagedDocument} of pages of placed
 * glyph runs, rules and images, each with its structure {@link io.github.imprint.layout.Role}, its
 * {@link io.github.imprint.layout.BlockId} and, for linked text, its {@link io.github.imprint.layout.Destination}. Lengths
 * are integer millipoints (1/1000 pt), measured from the page's top-left corner. Uses {@code model}
 * and {@code font}; knows nothing of PDF.
 */
package io.github.imprint.layout;
