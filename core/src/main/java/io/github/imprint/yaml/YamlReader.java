package io.github.imprint.yaml;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;
import io.github.imprint.model.SourcePos;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads one YAML document into a {@link YamlNode} tree. A malformed document is a
 * {@link PublishException} pointing at the problem; an alias that would repeat a collection is refused,
 * which bounds the tree's size by the document's.
 */
public final class YamlReader {

    private static final int MAX_DEPTH = 64;

    private YamlReader() {}

    /**
     * @param file      the file name for positions
     * @param lineShift lines above the document in its file (front matter starts on line 2)
     * @return the root, or empty for an empty document
     */
    public static Optional<YamlNode> read(String text, String file, int lineShift) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setMaxAliasesForCollections(0)
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(4 * 1024 * 1024)
                .build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            return root.map(node -> convert(node, file, lineShift, 0, new IdentityHashMap<>()));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getContextMark().or(e::getProblemMark).orElse(null);
            SourcePos pos = mark == null
                    ? SourcePos.of(file)
                    : new SourcePos(file, mark.getLine() + 1 + lineShift, mark.getColumn() + 1);
            String problem = (e.getContext() == null ? "" : e.getContext() + ": ")
                    + (e.getProblem() == null ? "malformed YAML" : e.getProblem());
            throw new PublishException(Diagnostic.error(
                    pos,
                    "malformed YAML: " + problem,
                    "check indentation, quotes and colons; a value with ': ' or '#' needs quotes"));
        } catch (YamlEngineException e) {
            throw new PublishException(Diagnostic.error(
                    new SourcePos(file, 1 + lineShift, 1),
                    "malformed YAML: " + e.getMessage(),
                    "aliases of lists and mappings are not allowed; write the values out"));
        }
    }

    private static YamlNode convert(Node node, String file, int lineShift, int depth, Map<Node, Boolean> seen) {
        SourcePos pos = node.getStartMark()
                .map(m -> new SourcePos(file, m.getLine() + 1 + lineShift, m.getColumn() + 1))
                .orElse(SourcePos.of(file));
        if (depth > MAX_DEPTH) {
            throw new PublishException(Diagnostic.error(
                    pos,
                    "YAML nested deeper than " + MAX_DEPTH + " levels",
                    "metadata and themes need only a few levels"));
        }
        if (!(node instanceof ScalarNode) && seen.put(node, Boolean.TRUE) != null) {
            throw new PublishException(Diagnostic.error(
                    pos,
                    "YAML alias repeats a list or mapping",
                    "write the values out instead of using anchors and aliases"));
        }
        if (node instanceof ScalarNode scalar) {
            return new YamlNode.Scalar(scalar.getValue(), scalar.getScalarStyle() == ScalarStyle.PLAIN, pos);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, file, lineShift, depth + 1, seen));
            }
            return new YamlNode.Sequence(items, pos);
        }
        MappingNode mapping = (MappingNode) node;
        Map<YamlNode.Key, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = convert(tuple.getKeyNode(), file, lineShift, depth + 1, seen);
            if (!(key instanceof YamlNode.Scalar scalarKey)) {
                throw new PublishException(Diagnostic.error(
                        key.pos(), "a mapping key must be a text", "write keys as plain words, such as 'title:'"));
            }
            entries.put(
                    new YamlNode.Key(scalarKey.text(), key.pos()),
                    convert(tuple.getValueNode(), file, lineShift, depth + 1, seen));
        }
        return new YamlNode.Mapping(entries, pos);
    }
}
