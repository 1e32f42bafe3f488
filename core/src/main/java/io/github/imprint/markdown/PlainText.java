package io.github.imprint.markdown;

import io.github.imprint.model.Inline;

import java.util.List;

/** The text of inlines without their markup, for titles and alt texts. */
final class PlainText {

    private PlainText() {
    }

    static String of(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        append(inlines, out);
        return out.toString().strip();
    }

    private static void append(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text) {
                out.append(text.text());
            } else if (inline instanceof Inline.Code code) {
                out.append(code.text());
            } else if (inline instanceof Inline.LineBreak) {
                out.append(' ');
            } else if (!(inline instanceof Inline.NoteRef)) {
                append(inline.children(), out);
            }
        }
    }
}
