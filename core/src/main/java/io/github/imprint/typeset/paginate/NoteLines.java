package io.github.imprint.typeset.paginate;

import io.github.imprint.layout.Destination;
import java.util.List;

/** A footnote's lines, set at the width of the text block, and the note the lines that call it carry. */
public record NoteLines(Destination.Note note, List<Flow.Line> lines) {

    public NoteLines {
        lines = List.copyOf(lines);
    }
}
