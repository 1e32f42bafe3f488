package io.github.imprint.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one publication needs.
 *
 * @param source            a Markdown file (an article) or a folder (a book, or one file as an article)
 * @param projectRoot       the boundary for images and the base of paths in messages
 * @param theme             a theme.yaml over the default theme, if any
 * @param defaults          metadata from the build, overridden by the sources
 * @param identitySeed      a stable name (Maven coordinates) from which an identifier is derived when none is given
 * @param formats           which editions to write
 * @param outputDirectory   where to write them
 * @param outputName        the file name without extension
 * @param timestamp         the build's time: {@code dcterms:modified} and the container's entry times
 * @param allowRemoteImages whether to download images from the network (off by default)
 * @param workDirectory     for downloads and caches
 */
public record PublishRequest(Path source, Path projectRoot, Optional<Path> theme, MetadataDefaults defaults,
                             String identitySeed, Set<Format> formats, Path outputDirectory, String outputName,
                             Instant timestamp, boolean allowRemoteImages, Path workDirectory) {

    public PublishRequest {
        formats = Set.copyOf(formats);
    }

    /**
     * The request as text for an up-to-date check: everything but the timestamp when the build sets
     * none (then the timestamp is "now" and would make every build look new).
     */
    public String withoutTimestampIfUnset(String configuredTimestamp) {
        boolean fixed = configuredTimestamp != null && configuredTimestamp.strip().length() > 1
                || System.getenv("SOURCE_DATE_EPOCH") != null;
        return String.join("\n", source.toAbsolutePath().toString(), projectRoot.toAbsolutePath().toString(),
                theme.map(t -> t.toAbsolutePath().toString()).orElse("-"), defaults.toString(), identitySeed,
                new java.util.TreeSet<>(formats).toString(), outputDirectory.toAbsolutePath().toString(), outputName,
                fixed ? timestamp.toString() : "-", Boolean.toString(allowRemoteImages));
    }
}
