package io.github.imprint.markdown;

import io.github.imprint.model.Block;
import io.github.imprint.model.Inline;
import io.github.imprint.model.LinkTarget;
import io.github.imprint.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.HtmlBlock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Raw HTML blocks read as GitHub and mdBook show them, safely: a run of HTML blocks (an element may
 * open in one and close blocks later, as {@code <dl>} … {@code </dl>} do) is parsed by jsoup, an HTML5
 * parser, and its safe subset becomes the model, so both editions set it as they set Markdown.
 *
 * <p>Blocks: {@code p}, {@code div} and its kin (their content stands alone), {@code blockquote},
 * {@code pre}, {@code ul}/{@code ol}/{@code li}, {@code dl}/{@code dt}/{@code dd} (a definition list),
 * {@code table} and its parts, {@code details}/{@code summary} (a box with a title), {@code h1}–{@code h6}
 * (a block that is one heading alone became a Markdown heading before this reader, see {@link
 * HtmlHeadings}; one inside larger HTML is set as a bold paragraph, since its level would not follow the
 * book's), {@code hr}. Inlines: links,
 * code, emphasis and its kin, sub- and superscripts, line breaks, {@code span lang}, {@code abbr}; an
 * {@code id} or {@code name} becomes a place links can point to. Anything else is unwrapped, its text
 * kept; {@code script}, {@code style}, {@code iframe}, {@code object}, {@code embed}, {@code form} and
 * their like are left out with their content; event handlers and {@code javascript:} URLs never reach
 * an edition. What was lost is said once per kind and file.
 */
final class HtmlBlocks {

    private static final Set<String> CONTAINERS = Set.of(
            "div", "section", "article", "main", "header", "footer", "nav", "aside", "center", "address", "body",
            "figure", "hgroup", "search");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "blockquote",
            "pre",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "td",
            "th",
            "caption",
            "details",
            "summary",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "figcaption",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "nav",
            "aside",
            "center",
            "address",
            "figure",
            "hgroup",
            "search");
    private static final Set<String> DANGEROUS = Set.of(
            "script",
            "style",
            "iframe",
            "object",
            "embed",
            "form",
            "template",
            "noscript",
            "textarea",
            "select",
            "button",
            "input",
            "frame",
            "frameset",
            "applet",
            "svg",
            "math",
            "video",
            "audio",
            "canvas",
            "link",
            "meta",
            "base");
    private static final Set<String> QUIET = Set.of("span", "small", "mark", "big", "time", "data", "bdi", "label");

    private final ChapterContext context;
    private final InlineBuilder links;
    private final Typography typography;
    private final List<int[]> lines = new ArrayList<>();
    private final List<SourcePos> starts = new ArrayList<>();
    private String html = "";

    private HtmlBlocks(ChapterContext context, InlineBuilder links, Typography typography) {
        this.context = context;
        this.links = links;
        this.typography = typography;
    }

    /** The blocks a run of HTML blocks holds. */
    static List<Block> read(List<HtmlBlock> run, ChapterContext context, InlineBuilder links, Typography typography) {
        HtmlBlocks reader = new HtmlBlocks(context, links, typography);
        StringBuilder html = new StringBuilder();
        int line = 1;
        for (HtmlBlock block : run) {
            reader.lines.add(new int[] {line});
            reader.starts.add(context.pos(block));
            String literal = block.getLiteral();
            html.append(literal).append('\n');
            line += (int) literal.chars().filter(c -> c == '\n').count() + 1;
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        reader.html = html.toString();
        Element body = Jsoup.parse(reader.html, "", parser).body();
        return reader.blocks(body);
    }

    /** Where a node of the parsed HTML stands in the Markdown file. */
    private SourcePos pos(Node node) {
        int line = node.sourceRange().isTracked() ? node.sourceRange().start().lineNumber() : 1;
        int column = node.sourceRange().isTracked() ? node.sourceRange().start().columnNumber() : 1;
        int k = 0;
        while (k + 1 < lines.size() && lines.get(k + 1)[0] <= line) {
            k++;
        }
        SourcePos start = starts.get(k);
        int offset = line - lines.get(k)[0];
        return new SourcePos(start.file(), start.line() + offset, offset == 0 ? start.column() + column - 1 : column);
    }

    private List<Block> blocks(Element parent) {
        List<Block> out = new ArrayList<>();
        List<Inline> loose = new ArrayList<>();
        SourcePos[] loosePos = {null};
        for (Node node : parent.childNodes()) {
            if (node instanceof Element e
                    && (BLOCKS.contains(HtmlNodes.tag(e)) || DANGEROUS.contains(HtmlNodes.tag(e)))) {
                flush(loose, loosePos, out);
                block(e, out);
            } else {
                if (loosePos[0] == null && !(node instanceof TextNode t && t.isBlank())) {
                    loosePos[0] = pos(node);
                }
                inline(node, loose);
            }
        }
        flush(loose, loosePos, out);
        return out;
    }

    private void flush(List<Inline> loose, SourcePos[] pos, List<Block> out) {
        paragraph(List.of(), loose, pos[0], out);
        loose.clear();
        pos[0] = null;
    }

    private void block(Element e, List<Block> out) {
        String tag = HtmlNodes.tag(e);
        SourcePos pos = pos(e);
        if (tag.equals("svg")) {
            paragraph(anchor(e), List.of(drawing(e, pos)), pos, out);
            return;
        }
        if (leftOut(tag, pos)) {
            return;
        }
        List<Inline> anchor = anchor(e);
        switch (tag) {
            case "p", "dt", "summary", "figcaption", "caption" -> paragraph(anchor, inlines(e), pos, out);
            case "h1", "h2", "h3", "h4", "h5", "h6" ->
                paragraph(anchor, List.of(new Inline.Styled(Inline.Style.STRONG, inlines(e), pos)), pos, out);
            case "blockquote" -> out.add(new Block.BlockQuote(withAnchor(anchor, blocks(e), pos), pos));
            case "pre" ->
                out.add(new Block.CodeBlock(HtmlNodes.language(e), HtmlNodes.stripFinalNewline(e.wholeText()), pos));
            case "ul", "ol" -> out.add(list(e, pos));
            case "li", "dd" -> out.addAll(withAnchor(anchor, blocks(e), pos));
            case "dl" -> out.add(definitions(e, pos));
            case "table", "thead", "tbody", "tfoot", "tr" -> table(e, pos, out);
            case "td", "th" -> out.addAll(withAnchor(anchor, blocks(e), pos));
            case "details" -> details(e, pos, out);
            case "hr" -> out.add(new Block.ThematicBreak(pos));
            case "figure" -> figure(e, anchor, pos, out);
            default -> out.addAll(withAnchor(anchor, blocks(e), pos));
        }
    }

    /** A paragraph; one that holds only an image, as {@code <p align="center"><img …></p>} does, a figure. */
    private static void paragraph(List<Inline> anchor, List<Inline> content, SourcePos pos, List<Block> out) {
        List<Inline> trimmed = HtmlNodes.trim(content);
        if (trimmed.size() == 1 && trimmed.get(0) instanceof Inline.Image image) {
            out.add(new Block.Figure(image.image(), image.alt(), List.of(), pos));
            return;
        }
        List<Inline> all = new ArrayList<>(anchor);
        all.addAll(HtmlNodes.trim(content));
        if (!HtmlNodes.trim(content).isEmpty() || !anchor.isEmpty()) {
            out.add(new Block.Paragraph(all, pos));
        }
    }

    /** Blocks with an element's anchor leading the first paragraph, or a paragraph of its own. */
    private static List<Block> withAnchor(List<Inline> anchor, List<Block> blocks, SourcePos pos) {
        if (anchor.isEmpty()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks);
        if (!out.isEmpty() && out.get(0) instanceof Block.Paragraph p) {
            List<Inline> content = new ArrayList<>(anchor);
            content.addAll(p.content());
            out.set(0, new Block.Paragraph(content, p.pos()));
        } else {
            out.add(0, new Block.Paragraph(anchor, pos));
        }
        return out;
    }

    private Block list(Element e, SourcePos pos) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Element child : e.children()) {
            List<Block> content = HtmlNodes.tag(child).equals("li")
                    ? withAnchor(anchor(child), blocks(child), pos(child))
                    : blocks(child);
            items.add(new Block.ListItem(Optional.empty(), content, pos(child)));
        }
        int start = 1;
        try {
            start = e.hasAttr("start") ? Integer.parseInt(e.attr("start").strip()) : 1;
        } catch (NumberFormatException ignored) {
            // a start that is not a number counts from one
        }
        return new Block.ListBlock(HtmlNodes.tag(e).equals("ol"), start, false, items, pos);
    }

    private Block definitions(Element e, SourcePos pos) {
        List<Block.DefinitionList.Definition> items = new ArrayList<>();
        List<List<Inline>> terms = new ArrayList<>();
        SourcePos termPos = pos;
        for (Element child : e.children()) {
            if (HtmlNodes.tag(child).equals("dt")) {
                if (terms.isEmpty()) {
                    termPos = pos(child);
                }
                List<Inline> term = new ArrayList<>(anchor(child));
                term.addAll(HtmlNodes.trim(inlines(child)));
                terms.add(term);
            } else if (HtmlNodes.tag(child).equals("dd")) {
                items.add(new Block.DefinitionList.Definition(
                        terms,
                        withAnchor(anchor(child), blocks(child), pos(child)),
                        terms.isEmpty() ? pos(child) : termPos));
                terms = new ArrayList<>();
            } else if (HtmlNodes.tag(child).equals("div")) {
                Block nested = definitions(child, pos(child));
                items.addAll(((Block.DefinitionList) nested).items());
            }
        }
        if (!terms.isEmpty()) {
            items.add(new Block.DefinitionList.Definition(terms, List.of(), termPos));
        }
        return new Block.DefinitionList(items, pos);
    }

    private void table(Element e, SourcePos pos, List<Block> out) {
        List<List<Block.Table.Cell>> header = new ArrayList<>();
        List<List<Block.Table.Cell>> body = new ArrayList<>();
        int columns = 0;
        for (Element row : e.select("tr")) {
            List<Block.Table.Cell> cells = new ArrayList<>();
            boolean allHeads = !row.children().isEmpty();
            for (Element cell : row.children()) {
                allHeads &= HtmlNodes.tag(cell).equals("th");
                List<Inline> content = new ArrayList<>(anchor(cell));
                content.addAll(HtmlNodes.trim(inlines(cell)));
                cells.add(new Block.Table.Cell(content, pos(cell)));
            }
            columns = Math.max(columns, cells.size());
            // the rows of header cells that open the table are its header, in a <thead> or not
            (allHeads && body.isEmpty() ? header : body).add(cells);
        }
        if (columns == 0) {
            return;
        }
        List<Block.Table.Alignment> alignments = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            alignments.add(Block.Table.Alignment.NONE);
        }
        final int width = columns;
        header.forEach(r -> pad(r, width, pos));
        body.forEach(r -> pad(r, width, pos));
        out.add(new Block.Table(alignments, header, body, pos));
    }

    private static void pad(List<Block.Table.Cell> row, int columns, SourcePos pos) {
        while (row.size() < columns) {
            row.add(new Block.Table.Cell(List.of(), pos));
        }
    }

    /** A {@code <figure>} of one image and a {@code <figcaption>}: a figure with its caption. */
    private void figure(Element e, List<Inline> anchor, SourcePos pos, List<Block> out) {
        Element caption = e.selectFirst("> figcaption");
        List<Inline> words = caption == null ? List.of() : HtmlNodes.trim(inlines(caption));
        if (caption != null) {
            caption.remove();
        }
        List<Block> content = blocks(e);
        if (content.size() == 1 && content.get(0) instanceof Block.Figure f) {
            out.addAll(withAnchor(anchor, List.of(new Block.Figure(f.image(), f.alt(), words, pos)), pos));
            return;
        }
        out.addAll(withAnchor(anchor, content, pos));
        if (!words.isEmpty()) {
            out.add(new Block.Paragraph(words, pos));
        }
    }

    private void details(Element e, SourcePos pos, List<Block> out) {
        Element summary = e.selectFirst("> summary");
        List<Inline> title = summary == null ? List.of() : HtmlNodes.trim(inlines(summary));
        if (summary != null) {
            summary.remove();
        }
        out.add(new Block.Division(Block.Division.Kind.GENERIC, List.of("details"), title, blocks(e), pos));
    }

    private List<Inline> inlines(Element e) {
        List<Inline> out = new ArrayList<>();
        for (Node child : e.childNodes()) {
            inline(child, out);
        }
        return out;
    }

    private void inline(Node node, List<Inline> out) {
        if (node instanceof TextNode text) {
            String words = text.getWholeText().replaceAll("\\s+", " ");
            if (!words.isEmpty()) {
                out.add(new Inline.Text(typography.apply(words), pos(node)));
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = HtmlNodes.tag(e);
        SourcePos pos = pos(e);
        if (tag.equals("svg")) {
            out.add(drawing(e, pos));
            return;
        }
        if (leftOut(tag, pos)) {
            return;
        }
        if (BLOCKS.contains(tag)) {
            // a block inside an inline (HTML allows <a><div>): its text runs on
            out.addAll(inlines(e));
            return;
        }
        out.addAll(anchor(e));
        switch (tag) {
            case "a" -> link(e, pos, out);
            case "code", "samp", "tt" -> out.add(new Inline.Code(e.wholeText(), pos));
            case "kbd" ->
                out.add(new Inline.Styled(Inline.Style.KEYBOARD, List.of(new Inline.Code(e.wholeText(), pos)), pos));
            case "em", "i", "cite", "var", "dfn" -> out.add(new Inline.Styled(Inline.Style.EMPHASIS, inlines(e), pos));
            case "strong", "b" -> out.add(new Inline.Styled(Inline.Style.STRONG, inlines(e), pos));
            case "sup" -> out.add(new Inline.Styled(Inline.Style.SUPERSCRIPT, inlines(e), pos));
            case "sub" -> out.add(new Inline.Styled(Inline.Style.SUBSCRIPT, inlines(e), pos));
            case "del", "s", "strike" -> out.add(new Inline.Styled(Inline.Style.STRIKETHROUGH, inlines(e), pos));
            case "ins", "u" -> out.add(new Inline.Styled(Inline.Style.INSERTED, inlines(e), pos));
            case "br" -> out.add(new Inline.LineBreak(pos));
            case "abbr" ->
                out.add(new Inline.Abbreviation(
                        Optional.of(e.attr("title")).filter(t -> !t.isBlank()), inlines(e), pos));
            case "q" -> {
                out.add(new Inline.Text(typography.apply("\""), pos));
                out.addAll(inlines(e));
                out.add(new Inline.Text(typography.apply("\""), pos));
            }
            case "img" -> out.add(HtmlImages.image(context, e.attr("src"), e.attr("alt"), e.attr("width"), pos));
            default -> {
                if (tag.equals("span") && !e.attr("lang").isBlank()) {
                    out.add(new Inline.Span(e.attr("lang").strip(), inlines(e), pos));
                    return;
                }
                if (!QUIET.contains(tag)) {
                    context.html.note(
                            "<" + tag + "> unwrapped, its text kept",
                            pos,
                            "write it in Markdown, or leave it: the text is in both editions");
                }
                out.addAll(inlines(e));
            }
        }
    }

    /**
     * An {@code <svg>} drawn inline: its markup as written (jsoup would lower-case {@code viewBox}), with
     * the SVG namespace HTML lets authors leave out, kept as a file and drawn as an SVG file is; its
     * {@code <title>} or {@code aria-label} is the description.
     */
    private Inline drawing(Element e, SourcePos pos) {
        String svg = e.endSourceRange().isTracked()
                ? html.substring(e.sourceRange().startPos(), e.endSourceRange().endPos())
                : e.outerHtml();
        return HtmlImages.drawing(context, e, HtmlImages.withNamespace(svg), pos);
    }

    /** Whether an element is one an edition never holds, with its content; said once per kind if so. */
    private boolean leftOut(String tag, SourcePos pos) {
        if (!DANGEROUS.contains(tag)) {
            return false;
        }
        context.html.note(
                "<" + tag + "> left out with its content",
                pos,
                "an edition holds no scripts, styles, frames, forms or embedded objects; write it in Markdown");
        return true;
    }

    private void link(Element e, SourcePos pos, List<Inline> out) {
        List<Inline> content = inlines(e);
        String href = e.attr("href").strip();
        if (href.isEmpty()) {
            out.addAll(content);
            return;
        }
        Optional<LinkTarget> target = links.target(href, pos);
        if (target.isPresent()) {
            out.add(new Inline.Link(target.get(), Optional.empty(), content, pos));
        } else {
            out.addAll(content);
        }
    }

    /** An element's {@code id} or {@code name}, as the place it became, if links may point to it. */
    private List<Inline> anchor(Element e) {
        String written = !e.id().isBlank()
                ? e.id().strip()
                : HtmlNodes.tag(e).equals("a") ? e.attr("name").strip() : "";
        if (written.isEmpty()) {
            return List.of();
        }
        return context.links
                .internal(context.source.chapterId(), written)
                .flatMap(LinkTarget.Internal::anchor)
                .map(id -> List.<Inline>of(new Inline.Anchor(id, pos(e))))
                .orElse(List.of());
    }
}
