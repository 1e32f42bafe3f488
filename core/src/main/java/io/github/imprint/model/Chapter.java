package io.github.imprint.model;

import java.util.List;
import java.util.Optional;

/**
 * One chapter: one source file, one content document in the EPUB.
 *
 * @param id       unique in the publication, a valid XML name
 * @param title    from front matter or the first heading; empty for untitled matter such as a cover
 * @param language when the chapter's language differs from the publication's
 * @param blocks   the body
 * @param notes    footnotes in the order of their first call
 * @param depth    where the chapter stands in the book's outline: 1 at the top, 2 for a section of the
 *                 chapter before it at depth 1, and so on (a book's {@code SUMMARY.md} nests them); its
 *                 headings are set that many levels down
 * @param part     the title of the part this chapter opens, when a part begins here
 */
public record Chapter(
        String id,
        Optional<String> title,
        Optional<String> language,
        SourcePos pos,
        List<Block> blocks,
        List<Footnote> notes,
        int depth,
        Optional<String> part) {

    public Chapter {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
        depth = Math.max(1, depth);
    }

    /** A chapter at the top of the outline, in no part. */
    public Chapter(
            String id,
            Optional<String> title,
            Optional<String> language,
            SourcePos pos,
            List<Block> blocks,
            List<Footnote> notes) {
        this(id, title, language, pos, blocks, notes, 1, Optional.empty());
    }

    /** Visits the body, then the notes. */
    public void accept(Visitor visitor) {
        visitor.enterChapter(this);
        for (Block block : blocks) {
            block.accept(visitor);
        }
        for (Footnote note : notes) {
            for (Block block : note.blocks()) {
                block.accept(visitor);
            }
        }
    }
}
