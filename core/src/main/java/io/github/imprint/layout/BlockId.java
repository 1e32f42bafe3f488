package io.github.imprint.layout;

/**
 * Which block of the publication an item belongs to: a leaf of the logical structure (a paragraph, a
 * heading, a caption …), whose placed items share the id, or a container (a section, a list, a table
 * row), which holds other nodes. Ids are handed out in reading order within a chapter, from 1, apart
 * for leaves and for containers; the front matter of a book numbers its blocks as the part after the
 * last chapter, and the index as the part after that.
 *
 * @param chapter   the index of the chapter the block is set in
 * @param serial    the block's place among its chapter's leaves, or among its containers
 * @param container whether the id names a container
 */
public record BlockId(int chapter, int serial, boolean container) {

    /** The root of the structure, the document itself. */
    public static final BlockId DOCUMENT = new BlockId(0, 0, true);

    /** No block: what artifacts (running heads, rules, leaders) carry. */
    public static final BlockId NONE = new BlockId(0, 0, false);

    /** The chapter's leaf block number {@code serial}. */
    public static BlockId leaf(int chapter, int serial) {
        return new BlockId(chapter, serial, false);
    }

    /** The chapter's container number {@code serial}. */
    public static BlockId container(int chapter, int serial) {
        return new BlockId(chapter, serial, true);
    }

    /** Whether the id names a leaf, something that holds placed items. */
    public boolean isLeaf() {
        return !container && serial > 0;
    }

    /**
     * A number unique among the publication's leaves, or among its containers, for names written into
     * an edition (a note's structure element is called {@code note} and this number).
     */
    public int number() {
        return chapter * 1_000_000 + serial;
    }
}
