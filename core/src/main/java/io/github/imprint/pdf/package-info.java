/**
 * Layout to PDF with PDFBox: fonts embedded as subsets, every glyph placed explicitly, images embedded
 * once, written to a temporary file and moved into place. The only user of PDFBox's {@code pdmodel};
 * uses {@code layout}, {@code font} and {@code diag}; never breaks a line.
 */
package io.github.imprint.pdf;
