/**
 * The page builder: fills pages from a flow of lines, spaces and figures, keeping widows, orphans and
 * headings in check, setting footnotes at the foot of the page that calls them, and adding folios.
 * Uses {@code typeset.linebreak} and {@code layout}.
 */
package io.github.imprint.typeset.paginate;
