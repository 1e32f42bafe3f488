package io.github.imprint.markdown;

import io.github.imprint.model.Contributor;
import io.github.imprint.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Metadata being gathered from several places, each overriding the one before: the build's defaults
 * (from the POM), then {@code book.yaml}, then an article's front matter. Empty fields are unset.
 */
public final class MetadataDraft {

    String title;
    String subtitle;
    List<Contributor> contributors = new ArrayList<>();
    String language;
    String date;
    String publisher;
    String rights;
    String identifier;
    String description;
    List<String> subjects = new ArrayList<>();
    Metadata.Series series;
    String cover;
    List<String> hyphenation = new ArrayList<>();

    /** Defaults from outside the sources; each may be null. */
    public static MetadataDraft defaults(
            String title,
            String description,
            List<String> authors,
            String publisher,
            String rights,
            String year,
            String language) {
        MetadataDraft draft = new MetadataDraft();
        draft.title = title;
        draft.description = description;
        if (authors != null) {
            authors.forEach(a -> draft.contributors.add(new Contributor(a, Contributor.Role.AUTHOR)));
        }
        draft.publisher = publisher;
        draft.rights = rights;
        draft.date = year;
        draft.language = language;
        return draft;
    }

    MetadataDraft copy() {
        MetadataDraft copy = new MetadataDraft();
        copy.title = title;
        copy.subtitle = subtitle;
        copy.contributors = new ArrayList<>(contributors);
        copy.language = language;
        copy.date = date;
        copy.publisher = publisher;
        copy.rights = rights;
        copy.identifier = identifier;
        copy.description = description;
        copy.subjects = new ArrayList<>(subjects);
        copy.series = series;
        copy.cover = cover;
        copy.hyphenation = new ArrayList<>(hyphenation);
        return copy;
    }

    Optional<String> title() {
        return Optional.ofNullable(title);
    }
}
