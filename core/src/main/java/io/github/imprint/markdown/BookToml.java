package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.Contributor;
import io.github.imprint.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * An mdBook's {@code book.toml}: its {@code [book]} table's {@code title}, {@code authors},
 * {@code description} and {@code language} become the publication's metadata, under what
 * {@code book.yaml} and front matter say. The other tables belong to mdBook's renderers and are left
 * alone without a word; a value of the wrong type is a warning at its position.
 */
final class BookToml {

    private BookToml() {}

    static void apply(String text, String display, MetadataDraft metadata, Diagnostics diagnostics) {
        TomlParseResult toml = Toml.parse(text);
        if (toml.hasErrors()) {
            TomlParseError error = toml.errors().get(0);
            diagnostics.error(
                    new SourcePos(
                            display, error.position().line(), error.position().column()),
                    "book.toml cannot be read: " + error.getMessage(),
                    "write it as TOML, as mdBook reads it: [book] then title = \"…\"");
            return;
        }
        TomlTable book = toml.getTable("book");
        if (book == null) {
            return;
        }
        string(book, "title", display, diagnostics).ifPresent(t -> metadata.title = t);
        string(book, "description", display, diagnostics).ifPresent(d -> metadata.description = d);
        string(book, "language", display, diagnostics).ifPresent(l -> metadata.language = l);
        if (book.contains("authors")) {
            if (book.isArray("authors")) {
                TomlArray authors = book.getArray("authors");
                List<Contributor> people = new ArrayList<>();
                for (int i = 0; i < authors.size(); i++) {
                    if (authors.get(i) instanceof String name && !name.isBlank()) {
                        people.add(new Contributor(name.strip(), Contributor.Role.AUTHOR));
                    }
                }
                if (!people.isEmpty()) {
                    metadata.contributors = people;
                }
            } else {
                warnType(book, "authors", "a list of names, such as [\"Ann Author\"]", display, diagnostics);
            }
        }
    }

    private static Optional<String> string(TomlTable book, String key, String display, Diagnostics d) {
        if (!book.contains(key)) {
            return Optional.empty();
        }
        if (!book.isString(key)) {
            warnType(book, key, "a string in quotes", display, d);
            return Optional.empty();
        }
        return Optional.of(book.getString(key).strip()).filter(s -> !s.isEmpty());
    }

    private static void warnType(TomlTable book, String key, String wanted, String display, Diagnostics d) {
        TomlPosition position = book.inputPositionOf(key);
        d.warning(
                position == null ? SourcePos.of(display) : new SourcePos(display, position.line(), position.column()),
                "book.toml's book." + key + " is not " + wanted + "; it is left out",
                "write " + key + " as mdBook expects it");
    }
}
