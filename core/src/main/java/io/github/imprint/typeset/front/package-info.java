/**
 * A book's front matter, set after its body: the cover page, the title page, the imprint page and the
 * table of contents ({@link io.github.imprint.typeset.front.FrontMatter}), and the running heads and
 * folios of every page ({@link io.github.imprint.typeset.front.RunningHeads}). Sets its lines through
 * {@code typeset.flow}; never imports the typesetter that calls it.
 */
package io.github.imprint.typeset.front;
