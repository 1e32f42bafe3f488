package io.github.imprint.typeset.front;

import io.github.imprint.layout.Destination;

/** One line of a book's table of contents: its level, words, link target, and the folio it points to. */
public record ContentsEntry(int level, String label, Destination target, String folio) {}
