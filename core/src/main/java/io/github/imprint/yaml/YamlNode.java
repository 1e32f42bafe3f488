package io.github.imprint.yaml;

import io.github.imprint.model.SourcePos;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A node of a YAML document with its position: a scalar, a sequence or a mapping. */
public sealed interface YamlNode {

    SourcePos pos();

    /** What the node is, as a message says it: "a text", "a list", "a mapping". */
    String describe();

    /** A scalar; {@code text} is its value as written, without quotes. */
    record Scalar(String text, boolean plain, SourcePos pos) implements YamlNode {
        @Override
        public String describe() {
            return "a text";
        }
    }

    record Sequence(List<YamlNode> items, SourcePos pos) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping; keys are scalars, in the order written, each with its own position. */
    record Mapping(Map<Key, YamlNode> entries, SourcePos pos) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A mapping key and where it stands, for "unknown key" messages. */
    record Key(String name, SourcePos pos) {}
}
