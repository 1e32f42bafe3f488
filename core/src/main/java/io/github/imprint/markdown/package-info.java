/**
 * Sources to model: reading files strictly as UTF-8, front matter, commonmark parsing with its
 * extensions and ours (fenced divs, figures, safe raw HTML), typographic punctuation, images, and the
 * assembly of chapters into a book; SVG figures are measured and checked through {@code svg}. The only
 * user of commonmark; must not import any renderer.
 */
package io.github.imprint.markdown;
