package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.Contributor;
import io.github.imprint.model.Metadata;
import io.github.imprint.model.SourcePos;
import io.github.imprint.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the metadata keys of front matter and {@code book.yaml} into a {@link MetadataDraft}, checking
 * each value's type and form. A wrong type is an error at the value; an unknown key, a warning at the
 * key. Keys that are not metadata (a chapter's {@code id}, a book's {@code chapters}) are left to the
 * caller through {@code extraKeys}.
 */
final class MetadataFields {

    private static final Pattern DATE =
            Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?)?)?");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> KEYS = Set.of(
            "title",
            "subtitle",
            "author",
            "authors",
            "editor",
            "editors",
            "translator",
            "translators",
            "contributors",
            "language",
            "lang",
            "date",
            "publisher",
            "rights",
            "copyright",
            "identifier",
            "isbn",
            "description",
            "abstract",
            "subject",
            "subjects",
            "keywords",
            "series",
            "cover",
            "cover-image",
            "hyphenation");

    private final Diagnostics diagnostics;

    MetadataFields(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Applies every metadata key of {@code fields} to {@code draft}; returns the keys it did not know. */
    void apply(YamlNode.Mapping fields, MetadataDraft draft, Set<String> extraKeys) {
        for (Map.Entry<YamlNode.Key, YamlNode> entry : fields.entries().entrySet()) {
            String key = entry.getKey().name();
            YamlNode value = entry.getValue();
            if (extraKeys.contains(key)) {
                continue;
            }
            if (!KEYS.contains(key)) {
                diagnostics.warning(
                        entry.getKey().pos(),
                        "unknown front matter key '" + key + "'",
                        "known keys: title, subtitle, author, language, date, publisher, rights, identifier, "
                                + "description, subjects, series, cover, hyphenation");
                continue;
            }
            switch (key) {
                case "title" -> text(key, value).ifPresent(v -> draft.title = v);
                case "subtitle" -> text(key, value).ifPresent(v -> draft.subtitle = v);
                case "author", "authors" -> people(key, value, Contributor.Role.AUTHOR, draft);
                case "editor", "editors" -> people(key, value, Contributor.Role.EDITOR, draft);
                case "translator", "translators" -> people(key, value, Contributor.Role.TRANSLATOR, draft);
                case "contributors" -> people(key, value, Contributor.Role.CONTRIBUTOR, draft);
                case "language", "lang" -> language(key, value).ifPresent(v -> draft.language = v);
                case "date" -> date(value).ifPresent(v -> draft.date = v);
                case "publisher" -> text(key, value).ifPresent(v -> draft.publisher = v);
                case "rights", "copyright" -> text(key, value).ifPresent(v -> draft.rights = v);
                case "identifier", "isbn" -> text(key, value).ifPresent(v -> draft.identifier = v);
                case "description", "abstract" -> text(key, value).ifPresent(v -> draft.description = v);
                case "subject", "subjects", "keywords" -> draft.subjects = texts(key, value);
                case "series" -> series(value).ifPresent(v -> draft.series = v);
                case "cover", "cover-image" -> text(key, value).ifPresent(v -> draft.cover = v);
                case "hyphenation" ->
                    draft.hyphenation = texts(key, value).stream()
                            .flatMap(t -> Arrays.stream(t.split("\\s+")))
                            .toList();
                default -> throw new IllegalStateException(key);
            }
        }
    }

    /** Where each key stood, so later checks (an identifier, a cover) can point at it. */
    static Optional<SourcePos> valuePos(YamlNode.Mapping fields, String... keys) {
        for (Map.Entry<YamlNode.Key, YamlNode> entry : fields.entries().entrySet()) {
            for (String key : keys) {
                if (entry.getKey().name().equals(key)) {
                    return Optional.of(entry.getValue().pos());
                }
            }
        }
        return Optional.empty();
    }

    Optional<String> text(String key, YamlNode value) {
        if (value instanceof YamlNode.Scalar scalar) {
            String text = scalar.text().strip();
            if (text.length() > 10_000) {
                diagnostics.error(
                        value.pos(),
                        "'" + key + "' is " + text.length() + " characters long",
                        "metadata values are limited to 10,000 characters");
                return Optional.empty();
            }
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        diagnostics.error(
                value.pos(),
                "'" + key + "' must be a text, not " + value.describe(),
                "write it on one line: " + key + ": \"…\"");
        return Optional.empty();
    }

    private List<String> texts(String key, YamlNode value) {
        List<String> result = new ArrayList<>();
        if (value instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                text(key, item).ifPresent(result::add);
            }
        } else {
            text(key, value).ifPresent(result::add);
        }
        return result;
    }

    private void people(String key, YamlNode value, Contributor.Role defaultRole, MetadataDraft draft) {
        List<YamlNode> items = value instanceof YamlNode.Sequence s ? s.items() : List.of(value);
        List<Contributor> found = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Mapping person) {
                Optional<String> name = Optional.empty();
                boolean named = false;
                Contributor.Role role = defaultRole;
                for (Map.Entry<YamlNode.Key, YamlNode> field : person.entries().entrySet()) {
                    switch (field.getKey().name()) {
                        case "name" -> {
                            named = true;
                            name = text("name", field.getValue());
                        }
                        case "role" -> role = role(field.getValue()).orElse(role);
                        default ->
                            diagnostics.warning(
                                    field.getKey().pos(),
                                    "unknown key '" + field.getKey().name() + "' in a person",
                                    "a person has a name and a role");
                    }
                }
                if (name.isEmpty() && !named) {
                    diagnostics.error(item.pos(), "a person in '" + key + "' has no name", "add name: \"…\"");
                } else {
                    Contributor.Role chosen = role;
                    name.ifPresent(n -> found.add(new Contributor(n, chosen)));
                }
            } else {
                text(key, item).ifPresent(name -> found.add(new Contributor(name, defaultRole)));
            }
        }
        draft.contributors.removeIf(c -> c.role() == defaultRole);
        draft.contributors.addAll(found);
    }

    private Optional<Contributor.Role> role(YamlNode value) {
        return text("role", value).flatMap(text -> {
            for (Contributor.Role role : Contributor.Role.values()) {
                if (role.name().equalsIgnoreCase(text) || role.relator().equalsIgnoreCase(text)) {
                    return Optional.of(role);
                }
            }
            diagnostics.error(
                    value.pos(),
                    "unknown role '" + text + "'",
                    "use author, editor, translator, illustrator, photographer or contributor");
            return Optional.empty();
        });
    }

    private Optional<String> language(String key, YamlNode value) {
        return text(key, value)
                .filter(tag -> {
                    if (LANGUAGE.matcher(tag).matches()) {
                        return true;
                    }
                    diagnostics.error(
                            value.pos(),
                            "'" + tag + "' is not a BCP 47 language tag",
                            "write a tag such as en, en-GB, de or fr-CA");
                    return false;
                })
                .map(tag -> Locale.forLanguageTag(tag).toLanguageTag());
    }

    private Optional<String> date(YamlNode value) {
        return text("date", value).filter(date -> {
            if (DATE.matcher(date).matches()) {
                return true;
            }
            diagnostics.error(
                    value.pos(),
                    "'" + date + "' is not a date in ISO 8601 form",
                    "write the date as YYYY-MM-DD, such as 2024-01-05");
            return false;
        });
    }

    private Optional<Metadata.Series> series(YamlNode value) {
        if (value instanceof YamlNode.Mapping mapping) {
            Optional<String> name = Optional.empty();
            Optional<String> position = Optional.empty();
            for (Map.Entry<YamlNode.Key, YamlNode> field : mapping.entries().entrySet()) {
                switch (field.getKey().name()) {
                    case "name" -> name = text("name", field.getValue());
                    case "position", "number" -> position = text("position", field.getValue());
                    default ->
                        diagnostics.warning(
                                field.getKey().pos(),
                                "unknown key '" + field.getKey().name() + "' in series",
                                "a series has a name and a position");
                }
            }
            Optional<String> at = position;
            return name.map(n -> new Metadata.Series(n, at));
        }
        return text("series", value).map(n -> new Metadata.Series(n, Optional.empty()));
    }
}
