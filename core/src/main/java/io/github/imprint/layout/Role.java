package io.github.imprint.layout;

/**
 * What a placed item is in the document's structure, so the PDF can be tagged and the EPUB can learn
 * where pages begin. {@link #ARTIFACT} marks what belongs to the page, not the text: folios, running
 * heads, rules.
 */
public enum Role {
    TITLE,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    PARAGRAPH,
    BLOCK_QUOTE,
    LIST_ITEM,
    LIST_LABEL,
    CODE,
    FIGURE,
    CAPTION,
    TABLE_HEADER_CELL,
    TABLE_CELL,
    NOTE,
    NOTE_LABEL,
    ASIDE,
    ARTIFACT;

    public static Role heading(int level) {
        return values()[H1.ordinal() + Math.max(1, Math.min(6, level)) - 1];
    }
}
