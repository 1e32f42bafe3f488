package io.github.imprint.model;

import java.util.List;

/**
 * A footnote's text.
 *
 * @param id     unique in its chapter, such as {@code fn-3}
 * @param number the number printed at the call and before the note
 */
public record Footnote(String id, int number, List<Block> blocks, SourcePos pos) {

    public Footnote {
        blocks = List.copyOf(blocks);
    }
}
