/**
 * A chapter's blocks to a flow of lines, spaces and units, the page builder's input. The walk
 * ({@link io.github.imprint.typeset.flow.ChapterWalk}) goes through the blocks with its cursor
 * ({@link io.github.imprint.typeset.flow.Cursor}); each block kind is set by a class of its own (lists,
 * code, figures, tables, notes, quotations and asides); {@link io.github.imprint.typeset.flow.LineSetter}
 * is the one place for the baseline grid and for widows and orphans, and
 * {@link io.github.imprint.typeset.flow.StructureRecorder} records the logical structure as the blocks
 * are set. Uses the line breaker, the shaper, hyphenation and highlighting; never imports the
 * typesetter that calls it.
 */
package io.github.imprint.typeset.flow;
