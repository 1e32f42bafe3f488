package io.github.imprint.publish;

import io.github.imprint.typeset.Trace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything one publication needs. Made with {@link #of}, then the parts that differ from the
 * defaults: {@code PublishRequest.of(source, root, out, name).theme(t).formats(Set.of(Format.PDF)).build()}.
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
 * @param traces            what the typesetter is to tell of its decisions, in {@code NAME.trace.txt} beside
 *                          the editions (none by default)
 */
public record PublishRequest(
        Path source,
        Path projectRoot,
        Optional<Path> theme,
        MetadataDefaults defaults,
        String identitySeed,
        Set<Format> formats,
        Path outputDirectory,
        String outputName,
        Instant timestamp,
        boolean allowRemoteImages,
        Path workDirectory,
        Set<Trace> traces) {

    public PublishRequest {
        formats = Set.copyOf(formats);
        traces = Set.copyOf(traces);
    }

    /**
     * A request for both editions of {@code source}, written to {@code outputDirectory} as
     * {@code outputName}: no theme, no metadata from a build, the output name as identity seed, the
     * time of the call as timestamp, no remote images, and {@code .imprint} in the output folder as work
     * folder.
     */
    public static Builder of(Path source, Path projectRoot, Path outputDirectory, String outputName) {
        return new Builder(source, projectRoot, outputDirectory, outputName);
    }

    /** A builder that starts from this request. */
    public Builder with() {
        return new Builder(source, projectRoot, outputDirectory, outputName)
                .theme(theme)
                .defaults(defaults)
                .identitySeed(identitySeed)
                .formats(formats)
                .timestamp(timestamp)
                .allowRemoteImages(allowRemoteImages)
                .workDirectory(workDirectory)
                .traces(traces);
    }

    /** The parts of a request that differ from the defaults (see {@link #of}). */
    public static final class Builder {
        private final Path source;
        private final Path projectRoot;
        private final Path outputDirectory;
        private final String outputName;
        private Optional<Path> theme = Optional.empty();
        private MetadataDefaults defaults = MetadataDefaults.none();
        private String identitySeed;
        private Set<Format> formats = Set.of(Format.PDF, Format.EPUB);
        private Instant timestamp = Instant.now();
        private boolean allowRemoteImages;
        private Path workDirectory;
        private Set<Trace> traces = Set.of();

        private Builder(Path source, Path projectRoot, Path outputDirectory, String outputName) {
            this.source = source;
            this.projectRoot = projectRoot;
            this.outputDirectory = outputDirectory;
            this.outputName = outputName;
            this.identitySeed = outputName;
            this.workDirectory = outputDirectory.resolve(".imprint");
        }

        public Builder theme(Optional<Path> theme) {
            this.theme = theme;
            return this;
        }

        public Builder theme(Path theme) {
            return theme(Optional.of(theme));
        }

        public Builder defaults(MetadataDefaults defaults) {
            this.defaults = defaults;
            return this;
        }

        public Builder identitySeed(String identitySeed) {
            this.identitySeed = identitySeed;
            return this;
        }

        public Builder formats(Set<Format> formats) {
            this.formats = formats;
            return this;
        }

        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder allowRemoteImages(boolean allowRemoteImages) {
            this.allowRemoteImages = allowRemoteImages;
            return this;
        }

        public Builder workDirectory(Path workDirectory) {
            this.workDirectory = workDirectory;
            return this;
        }

        public Builder traces(Set<Trace> traces) {
            this.traces = traces;
            return this;
        }

        public PublishRequest build() {
            return new PublishRequest(
                    source,
                    projectRoot,
                    theme,
                    defaults,
                    identitySeed,
                    formats,
                    outputDirectory,
                    outputName,
                    timestamp,
                    allowRemoteImages,
                    workDirectory,
                    traces);
        }
    }

    /**
     * The request as text for an up-to-date check: everything but the timestamp when the build sets
     * none (then the timestamp is "now" and would make every build look new).
     */
    public String withoutTimestampIfUnset(String configuredTimestamp) {
        boolean fixed =
                configuredTimestamp != null && configuredTimestamp.strip().length() > 1
                        || System.getenv("SOURCE_DATE_EPOCH") != null;
        return String.join(
                "\n",
                source.toAbsolutePath().toString(),
                projectRoot.toAbsolutePath().toString(),
                theme.map(t -> t.toAbsolutePath().toString()).orElse("-"),
                defaults.toString(),
                identitySeed,
                new TreeSet<>(formats).toString(),
                outputDirectory.toAbsolutePath().toString(),
                outputName,
                fixed ? timestamp.toString() : "-",
                Boolean.toString(allowRemoteImages),
                new TreeSet<>(traces).toString());
    }
}
