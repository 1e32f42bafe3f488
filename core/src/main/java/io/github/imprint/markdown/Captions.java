package io.github.imprint.markdown;

import io.github.imprint.model.Inline;
import io.github.imprint.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels and captions of figures, tables and listings, written as pandoc-crossref and Quarto write
 * them, so that the sources still read well on GitHub:
 *
 * <ul>
 * <li>a figure: {@code ![What it shows](stack.svg "The stack and the heap"){#fig-stack}}; without a
 *     title, the alt text is its caption;
 * <li>a table: a paragraph after it, {@code : The operators {#tbl-operators}} (or
 *     {@code Table: …}), set apart by a blank line;
 * <li>a listing: attributes in the code block's info string, after the language as GitHub wants it,
 *     {@code ```rust {#lst-main caption="The main function"}}, or in pandoc's own form
 *     {@code ```{#lst-main .rust caption="…"}}.
 * </ul>
 *
 * Labels take their kind's prefix ({@code fig-}, {@code tbl-}, {@code lst-}); a heading's is
 * {@code sec-}, written as its id ({@code ## Ownership {#sec-ownership}}).
 */
final class Captions {

    private Captions() {}

    /** {@code {#fig-x}} (or another kind's prefix) alone, as it follows a figure or ends a table's caption. */
    static final Pattern LABEL = Pattern.compile("\\s*\\{#((?:fig|tbl|lst)-[\\w-]+)\\}\\s*$");

    private static final Pattern ATTRIBUTES = Pattern.compile("\\{([^}]*)\\}\\s*$");
    private static final Pattern ID = Pattern.compile("(?:^|\\s)#([\\w-]+)");
    private static final Pattern CLASS = Pattern.compile("(?:^|\\s)\\.([\\w+#-]+)");
    private static final Pattern CAPTION = Pattern.compile("(?:^|\\s)caption\\s*=\\s*\"([^\"]*)\"");

    /** A code block's info string, read: its language, label and caption. */
    record Info(Optional<String> language, String label, String caption) {}

    static Info info(String info) {
        Matcher attributes = ATTRIBUTES.matcher(info);
        if (!attributes.find()) {
            return new Info(firstWord(info), "", "");
        }
        String inside = attributes.group(1);
        String before = info.substring(0, attributes.start()).strip();
        Matcher id = ID.matcher(inside);
        Matcher cls = CLASS.matcher(inside);
        Matcher caption = CAPTION.matcher(inside);
        Optional<String> language =
                firstWord(before).or(() -> cls.find() ? Optional.of(cls.group(1)) : Optional.empty());
        return new Info(language, id.find() ? id.group(1) : "", caption.find() ? caption.group(1) : "");
    }

    private static Optional<String> firstWord(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped.split("\\s+")[0]);
    }

    /** Whether a paragraph's text opens as a table's caption does: {@code : …} or {@code Table: …}. */
    static boolean tableCaption(String firstText) {
        return firstText.startsWith(": ") || firstText.startsWith("Table: ");
    }

    /**
     * A caption's inlines without the opening {@code : } or {@code Table: } and the closing label; the
     * label goes to {@code label}.
     */
    static List<Inline> withoutMarks(List<Inline> content, StringBuilder label) {
        List<Inline> out = new ArrayList<>(content);
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text first) {
            String text = first.text();
            String rest = text.startsWith(": ") ? text.substring(2) : text.replaceFirst("^Table: ", "");
            out.set(0, new Inline.Text(rest.stripLeading(), first.pos()));
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text last) {
            Matcher m = LABEL.matcher(last.text());
            if (m.find()) {
                label.append(m.group(1));
                String rest = last.text().substring(0, m.start()).stripTrailing();
                if (rest.isEmpty()) {
                    out.remove(out.size() - 1);
                } else {
                    out.set(out.size() - 1, new Inline.Text(rest, last.pos()));
                }
            }
        }
        return out;
    }

    /** A figure's caption: its title, or with a label and no title its alt text. */
    static List<Inline> figure(String title, String alt, String label, SourcePos pos, Typography typography) {
        String words = title != null && !title.isBlank() ? title.strip() : label.isEmpty() ? "" : alt.strip();
        return words.isEmpty() ? List.of() : List.of(new Inline.Text(typography.apply(words), pos));
    }
}
