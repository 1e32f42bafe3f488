package io.github.imprint.typeset.paginate;

import java.util.List;

/**
 * A footnote's lines, set at the width of the text block, and the key the lines that call it carry.
 */
public record Footnote(int key, List<Flow.Line> lines) {

    public Footnote {
        lines = List.copyOf(lines);
    }
}
