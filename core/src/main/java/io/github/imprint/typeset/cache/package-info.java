/**
 * What one build's typesetting leaves for the next: each run of chapters set and paginated, before its
 * pages are numbered, kept in the work folder under a digest of everything its setting reads
 * ({@link RunKey}), written in a compact form of our own ({@link RunCodec}) and checked when read back
 * ({@link RunCache}). A run found there is not set again; a damaged entry is reported once and ignored.
 * Imports {@code model}, {@code diag}, {@code theme}, {@code font}, {@code layout} and
 * {@code typeset.flow}; never its parent.
 */
package io.github.imprint.typeset.cache;
