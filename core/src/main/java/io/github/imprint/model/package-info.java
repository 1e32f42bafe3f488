/**
 * The format-neutral document model: a {@link io.github.imprint.model.Publication} of chapters made of
 * sealed {@link io.github.imprint.model.Block} and {@link io.github.imprint.model.Inline} records, each
 * with its {@link io.github.imprint.model.SourcePos}. Immutable; imports nothing but the JDK, and never a
 * parser's or renderer's classes.
 */
package io.github.imprint.model;
