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
 */
public record Chapter(
        String id,
        Optional<String> title,
        Optional<String> language,
        SourcePos pos,
        List<Block> blocks,
        List<Footnote> notes) {

    public Chapter {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
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
