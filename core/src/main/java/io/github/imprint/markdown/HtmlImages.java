package io.github.imprint.markdown;

import io.github.imprint.model.Inline;
import io.github.imprint.model.SourcePos;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * An {@code <img>} written in raw HTML, in a block or in running text: its {@code src} goes through
 * the same checks as a Markdown image's (inside the folders, a format Imprint reads), its {@code alt}
 * is the description, and a {@code width} in pixels or per cent is kept as a Markdown image's width
 * attribute is. A {@code data:}, {@code javascript:} or {@code vbscript:} source never reaches an
 * edition: the image is left out, its description kept as text, and that is said once per file.
 */
final class HtmlImages {

    private HtmlImages() {}

    /** The image, or the text that stands for it. */
    static Inline image(ChapterContext context, String src, String alt, String width, SourcePos pos) {
        String source = src.strip();
        String description = alt.strip();
        Optional<String> scheme = Links.scriptScheme(source);
        if (source.isEmpty() || scheme.isPresent()) {
            context.html.note(
                    scheme.map(sc -> "<img> with a " + sc + ": source left out").orElse("<img> without a src left out"),
                    pos,
                    "put the image in a file beside the chapter and write <img src=\"file.png\" alt=\"…\">");
            return new Inline.Text(description, pos);
        }
        if (description.isEmpty()) {
            context.diagnostics.warning(
                    pos,
                    "image has no alt text",
                    "describe the image: <img src=\"" + source + "\" alt=\"what it shows\">");
        }
        Optional<String> hint = Optional.of(width.strip())
                .filter(w -> w.matches("\\d{1,5}(px)?|\\d{1,3}%"))
                .map(w -> w.endsWith("%") || w.endsWith("px") ? w : w + "px");
        return context.images
                .resolve(context.diagnostics, source, context.source.path(), pos, hint)
                .<Inline>map(ref -> new Inline.Image(ref, description, pos))
                .orElse(new Inline.Text(description, pos));
    }

    /** A drawing written inline as {@code <svg>}: its description from {@code <title>} or {@code aria-label}. */
    static Inline drawing(ChapterContext context, Element e, String svg, SourcePos pos) {
        Element title = e.selectFirst("title");
        String alt = title != null ? title.text().strip() : e.attr("aria-label").strip();
        if (alt.isEmpty()) {
            context.diagnostics.warning(
                    pos, "drawing has no alt text", "give the <svg> a <title> that says what it shows");
        }
        Optional<String> width = Optional.of(e.attr("width").strip())
                .filter(w -> w.matches("\\d{1,5}(px)?"))
                .map(w -> w.endsWith("px") ? w : w + "px");
        return context.images
                .drawing(context.diagnostics, svg, pos, width)
                .<Inline>map(ref -> new Inline.Image(ref, alt, pos))
                .orElse(new Inline.Text(alt, pos));
    }

    /** SVG markup with the namespace HTML lets authors leave out. */
    static String withNamespace(String svg) {
        return svg.contains("xmlns=")
                ? svg
                : svg.replaceFirst("(?i)^<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }
}
