package io.github.imprint.typeset.flow;

import io.github.imprint.layout.Role;
import io.github.imprint.model.Contributor;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Metadata;
import io.github.imprint.theme.Element;
import java.util.List;

/**
 * An article's head, above its first block when the sources do not open with a title of their own:
 * the headline, the standfirst (the subtitle, else the description) and the byline with the date.
 */
final class ArticleHeader {

    private ArticleHeader() {}

    static void set(Cursor c, Metadata metadata) {
        LineSetter lines = c.lines;
        long measure = c.frame.measure();
        lines.ragged(List.of(new Inline.Text(metadata.title(), c.chapter.pos())), Element.H1, Role.TITLE, 0, measure);
        metadata.subtitle()
                .or(metadata::description)
                .ifPresent(s -> lines.ragged(
                        List.of(new Inline.Text(s, c.chapter.pos())), Element.STANDFIRST, Role.PARAGRAPH, 0, measure));
        List<String> authors =
                metadata.authors().stream().map(Contributor::name).toList();
        String byline = (authors.isEmpty() ? "" : "By " + String.join(", ", authors))
                + metadata.longDate()
                        .map(d -> (authors.isEmpty() ? "" : " · ") + d)
                        .orElse("");
        if (!byline.isEmpty()) {
            lines.ragged(List.of(new Inline.Text(byline, c.chapter.pos())), Element.BYLINE, Role.PARAGRAPH, 0, measure);
        }
        lines.keepNext = false;
    }
}
