package io.github.imprint.publish;

import java.util.List;
import java.util.Optional;

/**
 * Metadata from outside the sources, such as a POM's name, description, developers, organization,
 * licence and inception year. The sources' own front matter overrides each of them.
 */
public record MetadataDefaults(
        Optional<String> title,
        Optional<String> description,
        List<String> authors,
        Optional<String> publisher,
        Optional<String> rights,
        Optional<String> year,
        Optional<String> language) {

    public MetadataDefaults {
        authors = List.copyOf(authors);
    }

    public static MetadataDefaults none() {
        return new MetadataDefaults(
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
