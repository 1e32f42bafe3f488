package io.github.imprint.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a publication says about itself, from front matter and then the build's defaults.
 *
 * @param language    BCP 47 tag, such as {@code en-GB}
 * @param date        ISO 8601 date of publication ({@code 2024-01-05}), or empty
 * @param cover       the cover image, or empty for a generated cover
 * @param hyphenation words with the breaks the author allows ({@code ta-ble}), before the patterns
 */
public record Metadata(
        String title,
        Optional<String> subtitle,
        List<Contributor> contributors,
        String language,
        Optional<String> date,
        Optional<String> publisher,
        Optional<String> rights,
        Identifier identifier,
        Optional<String> description,
        List<String> subjects,
        Optional<Series> series,
        Optional<ImageRef> cover,
        List<String> hyphenation) {

    public Metadata {
        contributors = List.copyOf(contributors);
        subjects = List.copyOf(subjects);
        hyphenation = List.copyOf(hyphenation);
    }

    /** The contributors whose role is {@link Contributor.Role#AUTHOR}, in the order given. */
    public List<Contributor> authors() {
        return contributors.stream()
                .filter(c -> c.role() == Contributor.Role.AUTHOR)
                .toList();
    }

    /**
     * The date as its language writes it in full ({@code 2024-01-05} in {@code en-GB}: "5 January
     * 2024"), so both editions print it alike; a year or a year and month stays as given.
     */
    public Optional<String> longDate() {
        return date.map(d -> {
            try {
                return LocalDate.parse(d)
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(Locale.forLanguageTag(language)));
            } catch (DateTimeParseException e) {
                return d;
            }
        });
    }

    /** A publication's series and its place in it. */
    public record Series(String name, Optional<String> position) {}
}
