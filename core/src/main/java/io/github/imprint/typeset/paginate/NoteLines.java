package io.github.imprint.typeset.paginate;

import java.util.List;

/**
 * A footnote's lines, set at the width of the text block, under the number the lines that call it
 * carry (footnotes are numbered within their chapter, and a chapter is paginated on its own).
 */
public record NoteLines(int number, List<Flow.Line> lines) {

    public NoteLines {
        lines = List.copyOf(lines);
    }
}
