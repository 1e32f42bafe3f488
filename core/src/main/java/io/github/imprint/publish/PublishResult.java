package io.github.imprint.publish;

import io.github.imprint.diag.Diagnostic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a publish run made: each edition's file and its figures, in the order of {@link Format}, the
 * warnings on the way, and the typesetter's trace when one was asked for.
 */
public record PublishResult(Map<Format, Edition> editions, List<Diagnostic> diagnostics, Optional<Path> trace) {

    public PublishResult(Map<Format, Edition> editions, List<Diagnostic> diagnostics) {
        this(editions, diagnostics, Optional.empty());
    }

    public PublishResult {
        editions = editions.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(editions));
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * One written edition; {@code pages} is 0 for an EPUB.
     *
     * @param details what it took, for a build's debug output: the typesetter's figures for a PDF
     */
    public record Edition(Format format, Path file, long bytes, int chapters, int pages, Duration time, String details) {

        public Edition(Format format, Path file, long bytes, int chapters, int pages, Duration time) {
            this(format, file, bytes, chapters, pages, time, "");
        }
    }
}
