package io.github.imprint.typeset;

import io.github.imprint.model.SourcePos;

/**
 * Finds a character's own line and column from the position of the block it was set in. The model's
 * blocks know where they start; the sources know where each character is. The typesetter reads no
 * files, so whoever reads the sources (the publisher) supplies this; {@link #BLOCKS} keeps the
 * block's position.
 */
@FunctionalInterface
public interface Locator {

    Locator BLOCKS = (block, codePoint) -> block;

    /** The position of the first {@code codePoint} at or after {@code block}, or {@code block}. */
    SourcePos locate(SourcePos block, int codePoint);
}
