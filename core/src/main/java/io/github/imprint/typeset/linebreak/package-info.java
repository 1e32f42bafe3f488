/**
 * Line breaking over boxes, glue and penalties: the Knuth–Plass total-fit breaker for justified text
 * and a first-fit breaker for ragged text, both over the same {@link io.github.imprint.typeset.linebreak.Item}
 * lists (a paragraph's bidirectional levels and its breaks in unspaced scripts found as they are
 * made), set lines put in visual order, and the {@link io.github.imprint.typeset.linebreak.BreakTrace}
 * that tells how a paragraph was broken. Uses {@code typeset.shape}, {@code typeset.hyphen}, {@code font} and {@code layout}.
 */
package io.github.imprint.typeset.linebreak;
