/**
 * Sources to model: reading files strictly as UTF-8, front matter, commonmark parsing with its
 * extensions and ours (fenced divs, figures, GitHub's alerts, MkDocs' admonitions, heading attributes),
 * raw HTML read by jsoup into the model's safe subset, typographic punctuation, images, mdBook's
 * includes, and the assembly of chapters into a book: a folder, {@code book.yaml}, an mdBook's
 * {@code SUMMARY.md} and {@code book.toml}, or an MkDocs {@code nav}, with heading levels that never
 * skip. SVG figures are measured and checked through {@code svg}. The only user of commonmark, jsoup
 * and tomlj; must not import any renderer.
 */
package io.github.imprint.markdown;
