/**
 * YAML 1.2 documents (front matter, {@code book.yaml}, {@code theme.yaml}) read into small trees whose
 * every node knows its {@link io.github.imprint.model.SourcePos}. The only user of SnakeYAML Engine;
 * uses {@code model} and {@code diag}. Aliases are limited, so a "billion laughs" document fails fast.
 */
package io.github.imprint.yaml;
