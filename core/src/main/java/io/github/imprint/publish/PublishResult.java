package io.github.imprint.publish;

import io.github.imprint.diag.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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
        editions = editions.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(editions));
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * One written edition; {@code pages} is 0 for an EPUB.
     *
     * @param details what it took, for a build's debug output: the typesetter's figures for a PDF
     */
    public record Edition(
            Format format, Path file, long bytes, int chapters, int pages, Duration time, String details) {

        public Edition(Format format, Path file, long bytes, int chapters, int pages, Duration time) {
            this(format, file, bytes, chapters, pages, time, "");
        }

        /** The same edition, found at {@code place}. */
        public Edition at(Path place) {
            return new Edition(format, place, bytes, chapters, pages, time, details);
        }

        /** One line for a log, as the plugin and the command line print it: "PDF edition F (92 KiB, 1 chapter, 6 pages) in 0.9 s". */
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "%s edition %s (%,d KiB, %s%s) in %.1f s",
                    format.extension().toUpperCase(Locale.ROOT),
                    file,
                    bytes / 1024,
                    counted(chapters, "chapter"),
                    pages > 0 ? ", " + counted(pages, "page") : "",
                    time.toMillis() / 1000.0);
        }
    }

    /** A count and its noun, the noun plural unless the count is one: "1 page", "1,204 pages". */
    public static String counted(long count, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }
}
