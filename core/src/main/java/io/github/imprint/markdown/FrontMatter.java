package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;
import io.github.imprint.model.SourcePos;
import io.github.imprint.yaml.YamlNode;
import io.github.imprint.yaml.YamlReader;
import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter (between {@code ---} lines at the very top) and
 * its body, with the number of lines the body is shifted by, so positions stay true to the file.
 */
record FrontMatter(Optional<YamlNode.Mapping> fields, String body, int bodyLine) {

    static FrontMatter split(String text, String file) {
        if (!text.startsWith("---\n")) {
            return new FrontMatter(Optional.empty(), text, 0);
        }
        int end = findClosing(text);
        if (end < 0) {
            throw new PublishException(Diagnostic.error(
                    new SourcePos(file, 1, 1),
                    "front matter is not closed",
                    "end it with a line of three dashes: ---"));
        }
        String yaml = text.substring(4, end);
        int closingEnd = text.indexOf('\n', end + 1);
        String body = closingEnd < 0 ? "" : text.substring(closingEnd + 1);
        int bodyLine = (int) text.substring(0, closingEnd < 0 ? text.length() : closingEnd + 1)
                .chars()
                .filter(c -> c == '\n')
                .count();
        Optional<YamlNode> root = YamlReader.read(yaml, file, 1);
        if (root.isPresent() && !(root.get() instanceof YamlNode.Mapping)) {
            throw new PublishException(Diagnostic.error(
                    root.get().pos(),
                    "front matter must be a mapping of keys to values, not "
                            + root.get().describe(),
                    "write one 'key: value' per line, such as 'title: My article'"));
        }
        return new FrontMatter(root.map(YamlNode.Mapping.class::cast), body, bodyLine);
    }

    /** The offset of the closing {@code ---} or {@code ...} line, or -1. */
    private static int findClosing(String text) {
        int lineStart = 4;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd)
                    .stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return lineStart;
            }
            if (lineEnd < 0) {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }
}
