/**
 * Layout to PDF with PDFBox: fonts embedded as subsets, every glyph placed explicitly, images embedded
 * once (SVG painted as vectors from the {@code svg} package's drawing), the whole tagged
 * (structure tree, marked content, artifacts) with XMP metadata and, unless the theme says no, the
 * PDF/A-2a and PDF/UA-1 claims; written to a temporary file and moved into place. The only user of
 * PDFBox's {@code pdmodel}; uses {@code layout}, {@code font}, {@code svg} and {@code diag}; never
 * breaks a line.
 */
package io.github.imprint.pdf;
