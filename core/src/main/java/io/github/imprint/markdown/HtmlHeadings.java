package io.github.imprint.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A raw HTML block that is one heading ({@code <h2 id="keywords">Keywords</h2>}, or {@code <h1
 * align="center">…</h1>} atop a README) becomes a Markdown heading before anything counts headings:
 * it then takes its level from the book's outline as every heading does (so levels never skip), its
 * {@code id} as an explicit id (links to it work), and a place in the contents and the outline. Its
 * text and inline markup go on as text and inline HTML, which the inline reader knows. A heading with
 * an image in it, or one inside a larger HTML block, stays with the HTML reader, which sets it as a
 * bold paragraph.
 */
final class HtmlHeadings {

    private static final Pattern HEADING = Pattern.compile("(?is)\\s*<h([1-6])(\\s[^>]*)?>(.*)</h\\1\\s*>\\s*");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HtmlHeadings() {}

    /** Replaces each raw HTML block of one heading in {@code document} by a heading. */
    static void promote(Node document) {
        List<HtmlBlock> blocks = new ArrayList<>();
        collect(document, blocks);
        for (HtmlBlock block : blocks) {
            heading(block).ifPresent(heading -> {
                block.insertBefore(heading);
                block.unlink();
            });
        }
    }

    private static void collect(Node node, List<HtmlBlock> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlBlock html) {
                out.add(html);
            } else {
                collect(child, out);
            }
        }
    }

    private static Optional<Heading> heading(HtmlBlock block) {
        Matcher m = HEADING.matcher(block.getLiteral());
        if (!m.matches()) {
            return Optional.empty();
        }
        Element element = Jsoup.parseBodyFragment(block.getLiteral()).body().child(0);
        String inner = m.group(3);
        boolean blocksInside = !element.children()
                .select("img, svg, picture, h1, h2, h3, h4, h5, h6, p, div, table")
                .isEmpty();
        if (blocksInside || element.text().isBlank()) {
            return Optional.empty();
        }
        Heading heading = new Heading();
        heading.setLevel(Integer.parseInt(m.group(1)));
        heading.setSourceSpans(block.getSourceSpans());
        Matcher tag = TAG.matcher(inner);
        int at = 0;
        while (tag.find()) {
            text(heading, inner.substring(at, tag.start()), block);
            HtmlInline html = new HtmlInline();
            html.setLiteral(tag.group());
            html.setSourceSpans(block.getSourceSpans());
            heading.appendChild(html);
            at = tag.end();
        }
        String id = element.id().strip();
        text(heading, inner.substring(at) + (id.isEmpty() ? "" : " {#" + id + "}"), block);
        return Optional.of(heading);
    }

    private static void text(Heading heading, String html, HtmlBlock block) {
        String words = Parser.unescapeEntities(html.replaceAll("\\s+", " "), false);
        if (!words.isEmpty()) {
            Text text = new Text(words);
            text.setSourceSpans(block.getSourceSpans());
            heading.appendChild(text);
        }
    }
}
