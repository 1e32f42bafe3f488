/**
 * A book's back matter: the index, set after the body is numbered so its locators can give the pages
 * the marks stand on, and before the front matter, so the contents can give the index's page. It owns
 * the index's entries in print ({@link io.github.imprint.typeset.back.IndexPages}) and the columns they
 * fill ({@link io.github.imprint.typeset.back.Columns}).
 */
package io.github.imprint.typeset.back;
