/**
 * Model and theme to pages: {@link io.github.imprint.typeset.Typesetter} runs the named steps — set
 * each chapter's blocks into a flow of lines and spaces ({@link io.github.imprint.typeset.FlowBuilder}),
 * then fill pages from the flow ({@code paginate}). Uses its subpackages, {@code model}, {@code theme},
 * {@code font}, {@code layout} and {@code diag}; never PDFBox.
 */
package io.github.imprint.typeset;
