/**
 * Syntax colouring of code blocks: a small lexer per language (Java, Kotlin, XML, JSON, YAML, shell,
 * Python, JavaScript, Rust) that splits code into comments, strings, numbers, keywords and the rest.
 * JDK only.
 */
package io.github.imprint.typeset.highlight;
