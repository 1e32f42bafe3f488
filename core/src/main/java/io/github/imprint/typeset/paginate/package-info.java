/**
 * The page builder: fills pages from a flow of lines, spaces and figures, keeping widows, orphans and
 * headings in check, setting footnotes at the foot of the page that calls them, keeping floats in
 * order, and adding folios; its {@link io.github.imprint.typeset.paginate.PageTrace} tells why each page
 * ends where it does. Uses {@code typeset.linebreak} and {@code layout}.
 */
package io.github.imprint.typeset.paginate;
