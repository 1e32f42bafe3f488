package io.github.imprint.typeset.front;

import io.github.imprint.layout.Role;
import io.github.imprint.model.Contributor;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Metadata;
import io.github.imprint.theme.Element;
import io.github.imprint.typeset.flow.Cursor;
import io.github.imprint.typeset.flow.LineSetter;
import io.github.imprint.typeset.linebreak.SetLine;
import java.util.List;

/** A book's title page: title, subtitle, people and publisher, centred on the page's upper half. */
final class TitlePage {

    private TitlePage() {}

    static void set(Cursor c, Metadata metadata) {
        LineSetter lines = c.lines();
        long measure = c.frame().measure();
        long leading = c.leading();
        lines.fixedSpace(lines.roundUp(c.frame().textHeight() / 4));
        lines.ragged(text(c, metadata.title()), Element.H1, Role.TITLE, 0, measure, SetLine.Alignment.CENTER);
        metadata.subtitle()
                .ifPresent(s -> lines.ragged(
                        text(c, s), Element.STANDFIRST, Role.PARAGRAPH, 0, measure, SetLine.Alignment.CENTER));
        lines.fixedSpace(leading * 2);
        for (Contributor person : metadata.contributors()) {
            lines.ragged(
                    text(c, person.name()), Element.STANDFIRST, Role.PARAGRAPH, 0, measure, SetLine.Alignment.CENTER);
        }
        metadata.publisher().ifPresent(p -> {
            lines.fixedSpace(leading * 4);
            lines.ragged(text(c, p), Element.BYLINE, Role.PARAGRAPH, 0, measure, SetLine.Alignment.CENTER);
        });
        lines.release();
    }

    static List<Inline> text(Cursor c, String words) {
        return List.of(new Inline.Text(words, c.at()));
    }
}
