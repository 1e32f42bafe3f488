package io.github.imprint.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A block of a chapter: what stacks vertically. The set is closed; renderers switch over it.
 */
public sealed interface Block {

    SourcePos pos();

    /** Blocks nested inside this one, in order. */
    default List<Block> childBlocks() {
        return List.of();
    }

    /** The inline content this block holds directly, in order. */
    default List<Inline> inlines() {
        return List.of();
    }

    /** Visits this block, its inlines and its nested blocks, depth first in reading order. */
    default void accept(Visitor visitor) {
        visitor.visitBlock(this);
        for (Inline inline : inlines()) {
            inline.accept(visitor);
        }
        for (Block child : childBlocks()) {
            child.accept(visitor);
        }
    }

    /** A heading, level 1 to 6; {@code id} is unique in the whole publication. */
    record Heading(int level, String id, List<Inline> content, SourcePos pos) implements Block {
        public Heading {
            content = List.copyOf(content);
        }

        @Override
        public List<Inline> inlines() {
            return content;
        }
    }

    record Paragraph(List<Inline> content, SourcePos pos) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }

        @Override
        public List<Inline> inlines() {
            return content;
        }
    }

    record BlockQuote(List<Block> blocks, SourcePos pos) implements Block {
        public BlockQuote {
            blocks = List.copyOf(blocks);
        }

        @Override
        public List<Block> childBlocks() {
            return blocks;
        }
    }

    /**
     * A bulleted or numbered list.
     *
     * @param start the first number of an ordered list
     * @param tight whether items are set without space between them
     */
    record ListBlock(boolean ordered, int start, boolean tight, List<ListItem> items, SourcePos pos) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }

        @Override
        public List<Block> childBlocks() {
            return List.copyOf(items);
        }
    }

    /** One item of a list; {@code task} is present for task-list items and says whether it is done. */
    record ListItem(Optional<Boolean> task, List<Block> blocks, SourcePos pos) implements Block {
        public ListItem {
            blocks = List.copyOf(blocks);
        }

        @Override
        public List<Block> childBlocks() {
            return blocks;
        }
    }

    /**
     * Literal text, set in the mono font; {@code language} names the syntax, if given. Given a caption
     * or a label it is a listing, numbered as the theme says ({@link Numbering}).
     *
     * @param label the author's label ({@code lst-…}), or empty
     */
    record CodeBlock(Optional<String> language, String text, List<Inline> caption, String label, SourcePos pos)
            implements Block {
        public CodeBlock {
            caption = List.copyOf(caption);
        }

        public CodeBlock(Optional<String> language, String text, SourcePos pos) {
            this(language, text, List.of(), "", pos);
        }

        @Override
        public List<Inline> inlines() {
            return caption;
        }
    }

    /** A scene break or section rule. */
    record ThematicBreak(SourcePos pos) implements Block {}

    /**
     * An image set apart from the text, with an optional caption; numbered when it has a caption or a
     * label ({@link Numbering}).
     *
     * @param label the author's label ({@code fig-…}), or empty
     */
    record Figure(ImageRef image, String alt, List<Inline> caption, String label, SourcePos pos) implements Block {
        public Figure {
            caption = List.copyOf(caption);
        }

        public Figure(ImageRef image, String alt, List<Inline> caption, SourcePos pos) {
            this(image, alt, caption, "", pos);
        }

        @Override
        public List<Inline> inlines() {
            return caption;
        }
    }

    /**
     * A table: the header rows, then the body rows, each a list of cells.
     *
     * @param alignments one per column
     * @param caption    what the table shows, set above it; with a caption or a label the table is
     *                   numbered ({@link Numbering})
     * @param label      the author's label ({@code tbl-…}), or empty
     */
    record Table(
            List<Alignment> alignments,
            List<List<Cell>> header,
            List<List<Cell>> body,
            List<Inline> caption,
            String label,
            SourcePos pos)
            implements Block {
        public Table {
            alignments = List.copyOf(alignments);
            header = header.stream().map(List::copyOf).toList();
            body = body.stream().map(List::copyOf).toList();
            caption = List.copyOf(caption);
        }

        public Table(List<Alignment> alignments, List<List<Cell>> header, List<List<Cell>> body, SourcePos pos) {
            this(alignments, header, body, List.of(), "", pos);
        }

        /** The same table with a caption and a label. */
        public Table captioned(List<Inline> caption, String label) {
            return new Table(alignments, header, body, caption, label, pos);
        }

        @Override
        public List<Inline> inlines() {
            return Stream.concat(
                            caption.stream(),
                            Stream.concat(header.stream(), body.stream())
                                    .flatMap(List::stream)
                                    .flatMap(c -> c.content().stream()))
                    .toList();
        }

        public enum Alignment {
            NONE,
            LEFT,
            CENTER,
            RIGHT
        }

        public record Cell(List<Inline> content, SourcePos pos) {
            public Cell {
                content = List.copyOf(content);
            }
        }
    }

    /**
     * A definition list ({@code <dl>}, or mdBook's {@code term} then {@code : definition}): terms, each
     * with its definition.
     */
    record DefinitionList(List<Definition> items, SourcePos pos) implements Block {
        public DefinitionList {
            items = List.copyOf(items);
        }

        @Override
        public List<Inline> inlines() {
            return items.stream()
                    .flatMap(d -> d.terms().stream())
                    .flatMap(List::stream)
                    .toList();
        }

        @Override
        public List<Block> childBlocks() {
            return items.stream().flatMap(d -> d.details().stream()).toList();
        }

        /** One or more terms ({@code <dt>}) and what defines them ({@code <dd>}). */
        public record Definition(List<List<Inline>> terms, List<Block> details, SourcePos pos) {
            public Definition {
                terms = terms.stream().map(List::copyOf).toList();
                details = List.copyOf(details);
            }
        }
    }

    /**
     * A fenced div ({@code ::: aside}): a box such as a teaser, a pull quote or an editor's note.
     *
     * @param kind    what the box is, which decides its semantics
     * @param classes every class the author gave, for styling
     * @param title   the box's title, possibly empty
     */
    record Division(Kind kind, List<String> classes, List<Inline> title, List<Block> blocks, SourcePos pos)
            implements Block {
        public Division {
            classes = List.copyOf(classes);
            title = List.copyOf(title);
            blocks = List.copyOf(blocks);
        }

        @Override
        public List<Inline> inlines() {
            return title;
        }

        @Override
        public List<Block> childBlocks() {
            return blocks;
        }

        /** The kinds of box the first class names; anything else is {@link #GENERIC}. */
        public enum Kind {
            ASIDE,
            PULL_QUOTE,
            NOTE,
            GENERIC;

            public static Kind of(String firstClass) {
                return switch (firstClass) {
                    case "aside", "sidebar", "teaser", "related" -> ASIDE;
                    case "pullquote", "pull-quote" -> PULL_QUOTE;
                    case "note", "editor-note", "editors-note" -> NOTE;
                    default -> GENERIC;
                };
            }
        }
    }
}
