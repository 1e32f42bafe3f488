/**
 * Checks of editions already written, shared by the plugin's {@code check} goal and the command line:
 * EPUBCheck run in-process on an EPUB ({@link io.github.imprint.check.EpubReport}), and what a PDF
 * claims and whether it is tagged ({@link io.github.imprint.check.PdfReport}). Uses EPUBCheck and
 * PDFBox; knows nothing of Maven.
 */
package io.github.imprint.check;
