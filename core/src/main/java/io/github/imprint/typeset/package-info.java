/**
 * Model and theme to pages: {@link io.github.imprint.typeset.Typesetter} runs the named steps — set
 * each chapter's blocks into a flow ({@code typeset.flow}) and fill its pages ({@code typeset.paginate}),
 * number the pages, report, set a book's front matter ({@code typeset.front}) — and
 * {@link io.github.imprint.typeset.Trace} names what a run can tell of itself. Uses its subpackages,
 * {@code model}, {@code theme}, {@code font}, {@code layout} and {@code diag}; never PDFBox.
 */
package io.github.imprint.typeset;
