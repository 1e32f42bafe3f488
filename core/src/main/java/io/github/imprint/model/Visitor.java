package io.github.imprint.model;

/**
 * Walks a publication in reading order. Override what you need; {@link Publication#accept} and the
 * nodes' own {@code accept} methods do the descending.
 */
public interface Visitor {

    default void enterChapter(Chapter chapter) {}

    default void visitBlock(Block block) {}

    default void visitInline(Inline inline) {}
}
