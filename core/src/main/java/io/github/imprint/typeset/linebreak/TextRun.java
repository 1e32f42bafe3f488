package io.github.imprint.typeset.linebreak;

import io.github.imprint.font.FontFace;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Role;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.shape.Marking;
import java.util.Optional;

/**
 * A stretch of a paragraph's text in one style, before it becomes items. Made with {@link #of}, then
 * the parts that differ from plain text: {@code TextRun.of(text, face, size).rgb(…).role(…).build()}.
 *
 * @param marking       colour, role, structure block, rise, link and language of the text
 * @param hyphenator    the language's patterns, empty where words must not be hyphenated
 * @param ligatures     whether standard ligatures may form (never in code)
 * @param breaks        where the text may break: as words, or as a path, code or a string does
 * @param note          the footnote this run calls (its number's superscript), or null
 */
public record TextRun(
        String text,
        FontFace face,
        long size,
        Marking marking,
        Optional<Hyphenator> hyphenator,
        boolean ligatures,
        Breaks breaks,
        Destination.Note note) {

    /** Where a run's text may break, by what it is ({@link CodeBreaks} has the rules for code). */
    public enum Breaks {
        /** Running text: at spaces and by hyphenation; a path or URL in it breaks as {@link #PATH}. */
        WORDS,
        /** A URL, a path or inline code: at spaces and after its separators, never hyphenated. */
        PATH,
        /** A code block's token: at spaces and at token boundaries, never inside a name or a number. */
        CODE,
        /** A string in a code block: only where nothing else lets the line fit. */
        STRING
    }

    /** Plain black text: no block, no hyphenation, no ligatures, no link. */
    public static Builder of(String text, FontFace face, long size) {
        return new Builder(text, face, size);
    }

    /** The parts of a run that differ from plain text. */
    public static final class Builder {
        private final String text;
        private final FontFace face;
        private final long size;
        private int rgb;
        private Role role = Role.PARAGRAPH;
        private BlockId block = BlockId.NONE;
        private long rise;
        private Destination link;
        private String language;
        private Optional<Hyphenator> hyphenator = Optional.empty();
        private boolean ligatures;
        private Breaks breaks = Breaks.WORDS;
        private Destination.Note note;

        private Builder(String text, FontFace face, long size) {
            this.text = text;
            this.face = face;
            this.size = size;
        }

        public Builder rgb(int rgb) {
            this.rgb = rgb;
            return this;
        }

        public Builder role(Role role) {
            this.role = role;
            return this;
        }

        public Builder block(BlockId block) {
            this.block = block;
            return this;
        }

        public Builder rise(long rise) {
            this.rise = rise;
            return this;
        }

        public Builder link(Destination link) {
            this.link = link;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder hyphenator(Optional<Hyphenator> hyphenator) {
            this.hyphenator = hyphenator;
            return this;
        }

        public Builder ligatures(boolean ligatures) {
            this.ligatures = ligatures;
            return this;
        }

        /** Where the text may break: as words (the default), a path, code or a string. */
        public Builder breaks(Breaks breaks) {
            this.breaks = breaks;
            return this;
        }

        /** The run is the call of footnote {@code note}. */
        public Builder note(Destination.Note note) {
            this.note = note;
            return this;
        }

        public TextRun build() {
            return new TextRun(
                    text,
                    face,
                    size,
                    new Marking(rgb, role, block, rise, link, language),
                    hyphenator,
                    ligatures,
                    breaks,
                    note);
        }
    }
}
