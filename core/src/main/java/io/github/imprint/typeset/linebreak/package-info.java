/**
 * Line breaking over boxes, glue and penalties: the Knuth–Plass total-fit breaker for justified text
 * and a first-fit breaker for ragged text, both over the same {@link io.github.imprint.typeset.linebreak.Item}
 * lists. Uses {@code typeset.shape} and {@code layout}.
 */
package io.github.imprint.typeset.linebreak;
