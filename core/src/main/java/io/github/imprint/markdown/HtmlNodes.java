package io.github.imprint.markdown;

import io.github.imprint.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** Small readings of parsed HTML that the HTML reader shares: names, code languages, trimmed runs. */
final class HtmlNodes {

    private HtmlNodes() {}

    static Optional<String> language(Element pre) {
        Element code = pre.selectFirst("> code");
        for (Element e : code == null ? List.of(pre) : List.of(code, pre)) {
            for (String c : e.classNames()) {
                if (c.startsWith("language-") || c.startsWith("lang-")) {
                    return Optional.of(c.substring(c.indexOf('-') + 1));
                }
            }
        }
        return Optional.empty();
    }

    static String tag(Element e) {
        return e.normalName().toLowerCase(Locale.ROOT);
    }

    static String stripFinalNewline(String text) {
        String t = text.startsWith("\n") ? text.substring(1) : text;
        return t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
    }

    /** Inlines without the spaces that open and close them, as HTML's layout drops them. */
    static List<Inline> trim(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in);
        while (!out.isEmpty() && out.get(0) instanceof Inline.Text t && t.text().isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty()
                && out.get(out.size() - 1) instanceof Inline.Text t
                && t.text().isBlank()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) {
            out.set(0, new Inline.Text(t.text().stripLeading(), t.pos()));
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) {
            out.set(out.size() - 1, new Inline.Text(t.text().stripTrailing(), t.pos()));
        }
        return out;
    }
}
