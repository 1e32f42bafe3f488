package io.github.imprint.typeset.front;

import io.github.imprint.layout.Role;
import io.github.imprint.model.Identifier;
import io.github.imprint.model.Labels;
import io.github.imprint.model.Metadata;
import io.github.imprint.theme.Element;
import io.github.imprint.typeset.flow.Cursor;
import io.github.imprint.typeset.linebreak.SetLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The imprint page, the title page's verso, in the byline's small type: title, people, publisher and
 * date, rights, identifier, and which Imprint set the book and when.
 */
final class ImprintPage {

    private ImprintPage() {}

    static void set(Cursor c, Metadata metadata, Labels labels, String built) {
        List<String> lines = new ArrayList<>();
        lines.add(metadata.title() + metadata.subtitle().map(s -> ": " + s).orElse(""));
        metadata.contributors().forEach(person -> lines.add(person.name()));
        String published = metadata.publisher().orElse("")
                + metadata.longDate()
                        .map(d -> (metadata.publisher().isPresent() ? ", " : "") + d)
                        .orElse("");
        if (!published.isEmpty()) {
            lines.add(published);
        }
        metadata.rights().ifPresent(lines::add);
        Identifier identifier = metadata.identifier();
        lines.add(
                identifier.scheme() == Identifier.Scheme.ISBN
                        ? "ISBN " + identifier.value().replaceFirst("^urn:isbn:", "")
                        : identifier.value());
        lines.add(labels.typesetWith() + " " + built);
        for (String line : lines) {
            c.lines()
                    .ragged(
                            TitlePage.text(c, line),
                            Element.BYLINE,
                            Role.PARAGRAPH,
                            0,
                            c.frame().measure(),
                            SetLine.Alignment.LEFT);
        }
        c.lines().release();
    }
}
