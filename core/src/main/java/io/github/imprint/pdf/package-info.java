/**
 * Layout to PDF with PDFBox: fonts embedded as subsets, every glyph placed explicitly, images embedded
 * once (SVG drawn as vectors, read with the JDK's own XML parser and no DTDs), the whole tagged
 * (structure tree, marked content, artifacts) with XMP metadata and, unless the theme says no, the
 * PDF/A-2a and PDF/UA-1 claims; written to a temporary file and moved into place. The only user of
 * PDFBox's {@code pdmodel}; uses {@code layout}, {@code font} and {@code diag}; never breaks a line.
 */
package io.github.imprint.pdf;
