package io.github.imprint.typeset.shape;

import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Role;

/**
 * What a run of text is painted with and belongs to, carried unchanged from the inline it came from
 * to the glyphs on the page: its colour, its role, its structure block, its baseline shift, its link
 * and the language a span sets apart.
 *
 * @param rise     baseline shift in millipoints, positive upward (superscripts)
 * @param link     where the text links to, or null
 * @param language the language a span sets apart from its block's, or null
 * @param level    the text's bidirectional embedding level (UAX #9): even is left to right, odd right to
 *     left, and its glyphs are shaped and stored in the order they are seen
 */
public record Marking(int rgb, Role role, BlockId block, long rise, Destination link, String language, int level) {

    /** Left-to-right text at the paragraph's own level. */
    public Marking(int rgb, Role role, BlockId block, long rise, Destination link, String language) {
        this(rgb, role, block, rise, link, language, 0);
    }

    /** The same marking at another embedding level. */
    public Marking at(int level) {
        return level == this.level ? this : new Marking(rgb, role, block, rise, link, language, level);
    }

    /** Whether the text runs right to left. */
    public boolean rightToLeft() {
        return (level & 1) == 1;
    }

    /** Plain text of {@code role} in {@code block}: no shift, no link, the block's language. */
    public static Marking of(int rgb, Role role, BlockId block) {
        return new Marking(rgb, role, block, 0, null, null);
    }
}
