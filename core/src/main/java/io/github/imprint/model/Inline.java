package io.github.imprint.model;

import java.util.List;
import java.util.Optional;

/** Inline content: what flows along a line. The set is closed; renderers switch over it. */
public sealed interface Inline {

    SourcePos pos();

    /** Nested inlines, in order. */
    default List<Inline> children() {
        return List.of();
    }

    /** The text of inlines without their markup or note calls, for titles, alt texts and contents. */
    static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendText(inlines, out);
        return out.toString().strip();
    }

    private static void appendText(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                out.append(text.text());
            } else if (inline instanceof Code code) {
                out.append(code.text());
            } else if (inline instanceof LineBreak) {
                out.append(' ');
            } else if (!(inline instanceof NoteRef)) {
                appendText(inline.children(), out);
            }
        }
    }

    default void accept(Visitor visitor) {
        visitor.visitInline(this);
        for (Inline child : children()) {
            child.accept(visitor);
        }
    }

    /** Plain text, with typographic punctuation already applied. */
    record Text(String text, SourcePos pos) implements Inline {}

    /** Literal code; its characters are never changed. */
    record Code(String text, SourcePos pos) implements Inline {}

    /**
     * A place links may point to: an {@code id} or {@code name} in the sources' HTML
     * ({@code <a id="…">}, {@code <dt id="…">}); it shows nothing.
     */
    record Anchor(String id, SourcePos pos) implements Inline {}

    /** A forced line break. */
    record LineBreak(SourcePos pos) implements Inline {}

    /** Inline content with a style: emphasis, strong, sub- and superscript and the rest. */
    record Styled(Style style, List<Inline> content, SourcePos pos) implements Inline {
        public Styled {
            content = List.copyOf(content);
        }

        @Override
        public List<Inline> children() {
            return content;
        }
    }

    enum Style {
        EMPHASIS,
        STRONG,
        STRIKETHROUGH,
        INSERTED,
        SUPERSCRIPT,
        SUBSCRIPT,
        KEYBOARD
    }

    /** A run of text in another language ({@code <span lang>}). */
    record Span(String language, List<Inline> content, SourcePos pos) implements Inline {
        public Span {
            content = List.copyOf(content);
        }

        @Override
        public List<Inline> children() {
            return content;
        }
    }

    /** An abbreviation with its expansion. */
    record Abbreviation(Optional<String> expansion, List<Inline> content, SourcePos pos) implements Inline {
        public Abbreviation {
            content = List.copyOf(content);
        }

        @Override
        public List<Inline> children() {
            return content;
        }
    }

    record Link(LinkTarget target, Optional<String> title, List<Inline> content, SourcePos pos) implements Inline {
        public Link {
            content = List.copyOf(content);
        }

        @Override
        public List<Inline> children() {
            return content;
        }
    }

    /** An image inside running text. */
    record Image(ImageRef image, String alt, SourcePos pos) implements Inline {}

    /**
     * A cross-reference to a numbered figure, table or listing, or to a heading, by its label
     * ({@code @fig-stack}): the editions print its number, its page or both, as {@code form} asks, and
     * link to it.
     */
    record Reference(String label, Form form, SourcePos pos) implements Inline {

        public enum Form {
            /** "Figure 3.2"; for a heading, its title. */
            NUMBER,
            /** "page 97", or "the facing page" when it is that close in print. */
            PAGE,
            /** "Figure 3.2 on page 97", "… on the facing page", or the number alone on the same page. */
            FULL
        }
    }

    /**
     * A mark of the index ({@code <!-- index: ownership!moving -->}): it shows nothing, and the index's
     * locators point here.
     *
     * @param id     unique in its chapter, for links to it
     * @param term   the entry and its sub-entries, outermost first, as printed
     * @param sortAs how each level sorts, where the author said ({@code Ångström@Angstrom}); else the term
     * @param kind   a place, the start or the end of a range, or a cross-reference
     * @param target for a cross-reference, the term it points to, outermost first; else empty
     */
    record IndexMark(String id, List<String> term, List<String> sortAs, Kind kind, List<String> target, SourcePos pos)
            implements Inline {

        public IndexMark {
            term = List.copyOf(term);
            sortAs = List.copyOf(sortAs);
            target = List.copyOf(target);
        }

        public enum Kind {
            /** The term is spoken of here. */
            PLACE,
            /** A passage on the term begins here ({@code |(}). */
            BEGIN,
            /** The passage ends here ({@code |)}). */
            END,
            /** The entry sends the reader to another term ({@code |see …}). */
            SEE,
            /** The entry names a related term as well ({@code |see also …}). */
            SEE_ALSO
        }
    }

    /** The call of a footnote: its id and number in the chapter's {@link Chapter#notes()}. */
    record NoteRef(String noteId, int number, SourcePos pos) implements Inline {}
}
