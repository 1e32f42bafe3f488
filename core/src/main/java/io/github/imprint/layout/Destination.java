package io.github.imprint.layout;

/**
 * Where a run of text links to. Links out of the publication are URIs; links inside it name a
 * chapter, a heading, a footnote, or the place a footnote is called from (a note's number links back
 * to its call).
 */
public sealed interface Destination {

    /** Where the link leads: itself, or for a cross-reference the place it names. */
    default Destination target() {
        return this;
    }

    /**
     * Words Imprint wrote for a cross-reference or an index locator ("Figure 3.2", "97"), linking to the
     * place they name; tagged as a {@code Reference} around its {@code Link}.
     */
    record Reference(Anchor anchor) implements Destination {

        @Override
        public Destination target() {
            return anchor;
        }
    }

    /** A URI outside the publication, such as {@code https://…} or {@code mailto:…}. */
    record Uri(String uri) implements Destination {}

    /** A chapter (its start when {@code anchor} is null) or an id inside it, such as a heading's. */
    record Anchor(String chapterId, String anchor) implements Destination {

        public static Anchor chapter(String chapterId) {
            return new Anchor(chapterId, null);
        }
    }

    /** Footnote {@code number} of chapter {@code chapter} (its index). */
    record Note(int chapter, int number) implements Destination {}

    /** The first place in the text that calls footnote {@code number} of chapter {@code chapter}. */
    record NoteCall(int chapter, int number) implements Destination {

        /** The note this call belongs to. */
        public Note note() {
            return new Note(chapter, number);
        }
    }
}
