package io.github.imprint.layout;

import io.github.imprint.model.SourcePos;

/**
 * One element of the document's logical structure, the tree a tagged PDF carries and a screen reader
 * walks: a leaf holds the placed items whose {@code block} is its {@link #id()}; a container (a section,
 * a list, a table row) holds other nodes. Nodes come in reading order, each after its parent; the root,
 * the document itself ({@link BlockId#DOCUMENT}), is not listed.
 *
 * @param id       the node's block: a leaf's or a container's
 * @param parent   the containing node's id
 * @param kind     what the node is
 * @param alt      a figure's alternative text, else null
 * @param language a section's BCP 47 language when it differs from the document's, else null
 * @param source   the position of the source block a leaf sets, for the EPUB to find it; else null
 */
public record StructureNode(BlockId id, BlockId parent, Kind kind, String alt, String language, SourcePos source) {

    public StructureNode(BlockId id, BlockId parent, Kind kind, String alt, String language) {
        this(id, parent, kind, alt, language, null);
    }

    /** The kinds of PDF 1.7's standard structure types (ISO 32000-1, 14.8.4) that Imprint uses. */
    public enum Kind {
        SECT("Sect"),
        H1("H1"),
        H2("H2"),
        H3("H3"),
        H4("H4"),
        H5("H5"),
        H6("H6"),
        P("P"),
        BLOCK_QUOTE("BlockQuote"),
        L("L"),
        LI("LI"),
        LBL("Lbl"),
        LBODY("LBody"),
        CODE("Code"),
        FIGURE("Figure"),
        CAPTION("Caption"),
        TABLE("Table"),
        TR("TR"),
        TH("TH"),
        TD("TD"),
        NOTE("Note"),
        DIV("Div"),
        TOC("TOC"),
        TOCI("TOCI"),
        INDEX("Index");

        private final String pdfName;

        Kind(String pdfName) {
            this.pdfName = pdfName;
        }

        /** The structure type's name in PDF. */
        public String pdfName() {
            return pdfName;
        }

        /** The kind of a leaf that holds items of {@code role}; null for artifacts. */
        public static Kind of(Role role) {
            return switch (role) {
                case TITLE, H1 -> H1;
                case H2 -> H2;
                case H3 -> H3;
                case H4 -> H4;
                case H5 -> H5;
                case H6 -> H6;
                case PARAGRAPH, BLOCK_QUOTE, LIST_ITEM, NOTE, ASIDE -> P;
                case LIST_LABEL, NOTE_LABEL -> LBL;
                case CODE -> CODE;
                case FIGURE -> FIGURE;
                case CAPTION -> CAPTION;
                case TABLE_HEADER_CELL -> TH;
                case TABLE_CELL -> TD;
                case ARTIFACT -> null;
            };
        }
    }
}
