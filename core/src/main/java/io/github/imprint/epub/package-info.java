/**
 * Model to EPUB 3: one XHTML content document per chapter, the package document with Dublin Core and
 * accessibility metadata, the navigation document and an NCX, CSS generated from the theme, font
 * subsets, images and a cover, zipped as the OCF container asks. Uses {@code model}, {@code theme},
 * {@code font} and {@code diag}; never a parser's classes.
 */
package io.github.imprint.epub;
