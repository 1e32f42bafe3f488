/**
 * One theme for both editions: page geometry, fonts, and per-element styles (size, leading, colour,
 * spacing), from the bundled {@code default-theme.yaml} overridden by a project's {@code theme.yaml}.
 * Uses {@code diag} and {@code yaml}; knows nothing of PDF or EPUB.
 */
package io.github.imprint.theme;
