package io.github.imprint.markdown;

import io.github.imprint.model.SourcePos;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * One Markdown file on its way into the model: where it is, how the user calls it, the chapter id it
 * will have, and the line its body starts on, so commonmark's positions become the file's. When the
 * body has includes expanded, {@code origins} gives each of its lines' real place (else null).
 */
record SourceFile(
        Path path, String displayName, String chapterId, int bodyLine, String language, List<SourcePos> origins) {

    SourcePos pos(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            Node parent = node.getParent();
            return parent == null ? SourcePos.of(displayName) : pos(parent);
        }
        SourceSpan span = spans.get(0);
        if (origins != null && span.getLineIndex() < origins.size()) {
            SourcePos origin = origins.get(span.getLineIndex());
            return new SourcePos(origin.file(), origin.line(), span.getColumnIndex() + 1);
        }
        return new SourcePos(displayName, span.getLineIndex() + 1 + bodyLine, span.getColumnIndex() + 1);
    }
}
