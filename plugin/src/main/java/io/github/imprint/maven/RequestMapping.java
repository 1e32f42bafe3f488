package io.github.imprint.maven;

import io.github.imprint.publish.Format;
import io.github.imprint.publish.MetadataDefaults;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.typeset.Trace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.model.Developer;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;

/**
 * The pure function from a POM's configuration to a publish request, kept apart from the mojos so it
 * can be tested without Maven running.
 */
final class RequestMapping {

    /** The configuration the mojos collect. */
    record Configuration(
            Path basedir,
            Path sourceDirectory,
            Path theme,
            Path outputDirectory,
            String finalName,
            List<String> formats,
            String outputTimestamp,
            boolean allowRemoteImages,
            String language,
            Path workDirectory,
            String coordinates,
            String trace) {}

    private RequestMapping() {}

    static PublishRequest request(Configuration c, Model pom, String sourceDateEpoch) {
        return PublishRequest.of(c.sourceDirectory(), c.basedir(), c.outputDirectory(), c.finalName())
                .theme(Optional.ofNullable(c.theme()))
                .defaults(defaults(pom, c.language()))
                .identitySeed(c.coordinates())
                .formats(formats(c.formats()))
                .timestamp(timestamp(c.outputTimestamp(), sourceDateEpoch))
                .allowRemoteImages(c.allowRemoteImages())
                .workDirectory(c.workDirectory())
                .traces(traces(c.trace()))
                .build();
    }

    static Set<Trace> traces(String names) {
        return Trace.parse(names == null ? "" : names)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown trace in imprint.trace '" + names + "'; name paragraphs, pages or all"));
    }

    static Set<Format> formats(List<String> names) {
        Set<Format> formats = new LinkedHashSet<>();
        for (String name : names) {
            formats.add(Format.parse(name)
                    .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; Imprint writes: "
                            + List.of(Format.values()).stream()
                                    .map(Format::extension)
                                    .toList())));
        }
        return formats;
    }

    /**
     * The build's time: {@code project.build.outputTimestamp} (ISO 8601 or seconds since the epoch), else
     * {@code SOURCE_DATE_EPOCH}, else now.
     */
    static Instant timestamp(String outputTimestamp, String sourceDateEpoch) {
        if (outputTimestamp != null && !outputTimestamp.isBlank() && outputTimestamp.length() > 1) {
            String t = outputTimestamp.strip();
            if (t.matches("\\d+")) {
                return Instant.ofEpochSecond(Long.parseLong(t));
            }
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "project.build.outputTimestamp '" + t
                                + "' is neither ISO 8601 (2024-01-05T00:00:00Z) nor seconds since the epoch",
                        e);
            }
        }
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
        }
        return Instant.now();
    }

    static MetadataDefaults defaults(Model pom, String language) {
        List<String> authors = new ArrayList<>();
        for (Developer developer : pom.getDevelopers()) {
            if (developer.getName() != null && !developer.getName().isBlank()) {
                authors.add(developer.getName().strip());
            }
        }
        Optional<String> publisher =
                Optional.ofNullable(pom.getOrganization()).map(o -> o.getName()).filter(n -> n != null && !n.isBlank());
        Optional<String> rights = pom.getLicenses().stream()
                .map(License::getName)
                .filter(n -> n != null && !n.isBlank())
                .findFirst()
                .map(n -> "Licensed under " + n);
        return new MetadataDefaults(
                Optional.ofNullable(pom.getName()).filter(n -> !n.isBlank()),
                Optional.ofNullable(pom.getDescription()).map(String::strip).filter(n -> !n.isBlank()),
                authors,
                publisher,
                rights,
                Optional.ofNullable(pom.getInceptionYear()).filter(y -> y.matches("\\d{4}")),
                Optional.ofNullable(language)
                        .map(l -> l.strip().toLowerCase(Locale.ROOT))
                        .filter(l -> !l.isEmpty()));
    }
}
