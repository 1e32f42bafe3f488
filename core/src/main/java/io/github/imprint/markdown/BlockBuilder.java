package io.github.imprint.markdown;

import io.github.imprint.model.Block;
import io.github.imprint.model.Footnote;
import io.github.imprint.model.Inline;
import io.github.imprint.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.image.attributes.ImageAttributes;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Turns a commonmark document into model blocks and footnotes. An image alone in its paragraph
 * becomes a {@link Block.Figure} whose caption is the image's title; a fenced div becomes a
 * {@link Block.Division}; a table whose header row is empty (GFM's way of writing a table without one)
 * gets no header; raw HTML blocks are reported and dropped; nesting deeper than
 * {@value #MAX_DEPTH} levels is an error rather than a stack overflow.
 */
final class BlockBuilder {

    static final int MAX_DEPTH = 32;

    /** The most columns a table may have; beyond it no page or screen can show it. */
    static final int MAX_COLUMNS = 64;

    private final ChapterContext context;
    private final InlineBuilder inlines;
    private final String language;

    BlockBuilder(ChapterContext context, String language) {
        this.context = context;
        this.inlines = new InlineBuilder(context);
        this.language = language;
    }

    List<Block> blocks(Node parent, int depth) {
        List<Block> out = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            context.diagnostics.error(
                    context.pos(parent),
                    "blocks nested deeper than " + MAX_DEPTH + " levels",
                    "flatten the nesting of block quotes, lists or fenced divs");
            return out;
        }
        List<Inline> marks = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlBlock html && IndexMarks.is(html.getLiteral())) {
                marks.addAll(IndexMarks.read(html.getLiteral(), context.pos(node), context));
                continue;
            }
            if (node instanceof HtmlBlock && !comment((HtmlBlock) node)) {
                // a run of raw HTML blocks, read together: an element may close blocks later
                List<HtmlBlock> run = new ArrayList<>();
                while (node instanceof HtmlBlock html) {
                    if (!comment(html)) {
                        run.add(html);
                    }
                    if (!(node.getNext() instanceof HtmlBlock)) {
                        break;
                    }
                    node = node.getNext();
                }
                out.addAll(HtmlBlocks.read(run, context, inlines, typography()));
                continue;
            }
            if (node instanceof DefinitionLists.Term) {
                continue; // read with its item
            }
            if (node instanceof DefinitionLists.Item) {
                // consecutive items are one list
                List<Block.DefinitionList.Definition> items = new ArrayList<>();
                SourcePos start = context.pos(node);
                for (; node instanceof DefinitionLists.Item item; node = node.getNext()) {
                    items.add(definition(item, depth));
                    if (!(node.getNext() instanceof DefinitionLists.Item)) {
                        break;
                    }
                }
                out.add(new Block.DefinitionList(items, start));
                continue;
            }
            Optional<Block> block = block(node, depth);
            if (block.isPresent() && block.get() instanceof Block.Table table && captionAfter(node)) {
                node = node.getNext(); // the caption, read with its table
                StringBuilder label = new StringBuilder();
                List<Inline> caption = Captions.withoutMarks(inlines.build(node, typography()), label);
                block = Optional.of(table.captioned(caption, label.toString()));
            }
            if (!marks.isEmpty() && block.isPresent()) {
                block = Optional.of(marked(block.get(), marks));
            }
            block.ifPresent(out::add);
        }
        if (!marks.isEmpty()) {
            unplaced(marks);
        }
        return out;
    }

    /**
     * A paragraph or heading with the index marks written on their own lines before it at its start;
     * other blocks are left as they are and the marks reported.
     */
    private Block marked(Block block, List<Inline> marks) {
        List<Inline> content = new ArrayList<>(marks);
        Block out = block;
        if (block instanceof Block.Paragraph p) {
            content.addAll(p.content());
            out = new Block.Paragraph(content, p.pos());
        } else if (block instanceof Block.Heading h) {
            content.addAll(h.content());
            out = new Block.Heading(h.level(), h.id(), content, h.pos());
        } else {
            unplaced(marks);
        }
        marks.clear();
        return out;
    }

    private void unplaced(List<Inline> marks) {
        context.diagnostics.error(
                marks.get(0).pos(),
                "an index mark on a line of its own must come just before a paragraph or a heading",
                "move it into the text it indexes, next to the words: … ownership<!-- index: ownership --> …");
        marks.clear();
    }

    /** Whether the paragraph after a table is its caption ({@code : …} or {@code Table: …}). */
    private static boolean captionAfter(Node table) {
        return table.getNext() instanceof Paragraph next
                && next.getFirstChild() instanceof Text text
                && Captions.tableCaption(text.getLiteral());
    }

    private static boolean comment(HtmlBlock html) {
        String literal = html.getLiteral().strip();
        return literal.startsWith("<!--") && literal.endsWith("-->");
    }

    /** The chapter's footnotes, in the order of their first call; definitions never called are reported. */
    List<Footnote> footnotes() {
        List<Footnote> notes = new ArrayList<>();
        int done = 0;
        while (done < context.noteNumbers.size()) {
            List<Map.Entry<String, Integer>> numbered = new ArrayList<>(context.noteNumbers.entrySet());
            for (Map.Entry<String, Integer> entry : numbered.subList(done, numbered.size())) {
                FootnoteDefinition definition = context.definitions.get(entry.getKey());
                notes.add(new Footnote(
                        ChapterContext.noteId(entry.getValue()),
                        entry.getValue(),
                        blocks(definition, 1),
                        context.pos(definition)));
            }
            done = numbered.size();
        }
        for (Map.Entry<String, FootnoteDefinition> entry : context.definitions.entrySet()) {
            if (!context.noteNumbers.containsKey(entry.getKey())) {
                context.diagnostics.warning(
                        context.pos(entry.getValue()),
                        "footnote [^" + entry.getKey() + "] is never called",
                        "call it with [^" + entry.getKey() + "] in the text, or remove it");
            }
        }
        return notes;
    }

    /** One definition of a Markdown definition list: its terms, then its content. */
    private Block.DefinitionList.Definition definition(DefinitionLists.Item item, int depth) {
        List<List<Inline>> terms = new ArrayList<>();
        for (Node n = item.getFirstChild(); n instanceof DefinitionLists.Term term; n = n.getNext()) {
            terms.add(inlines.build(term, typography()));
        }
        List<Block> content = blocks(item, depth + 1);
        return new Block.DefinitionList.Definition(terms, content, context.pos(item));
    }

    private Optional<Block> block(Node node, int depth) {
        SourcePos pos = context.pos(node);
        if (node instanceof Heading heading) {
            String id = context.headingIds.get(heading);
            int level = context.levels == null
                    ? heading.getLevel()
                    : context.levels.getOrDefault(heading, heading.getLevel());
            return Optional.of(new Block.Heading(level, id, inlines.build(heading, typography()), pos));
        }
        if (node instanceof Paragraph paragraph) {
            Optional<Image> figure = soleImage(paragraph);
            if (figure.isPresent()) {
                return figure(figure.get(), pos);
            }
            List<Inline> content = inlines.build(paragraph, typography());
            List<Inline> visible = content.stream()
                    .filter(i -> !(i instanceof Inline.Text t && t.text().isBlank()))
                    .toList();
            if (visible.size() == 1 && visible.get(0) instanceof Inline.Image image) {
                // an <img> alone in its paragraph, as READMEs put a logo: a figure, as ![…](…) alone is
                return Optional.of(new Block.Figure(image.image(), image.alt(), List.of(), pos));
            }
            return content.isEmpty() ? Optional.empty() : Optional.of(new Block.Paragraph(content, pos));
        }
        if (node instanceof BlockQuote) {
            List<Block> quoted = blocks(node, depth + 1);
            return Alerts.of(quoted, language, pos).or(() -> Optional.of(new Block.BlockQuote(quoted, pos)));
        }
        if (node instanceof ListBlock list) {
            List<Block.ListItem> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(new Block.ListItem(taskState(item), blocks(item, depth + 1), context.pos(item)));
                }
            }
            boolean ordered = list instanceof OrderedList;
            int start = ordered && ((OrderedList) list).getMarkerStartNumber() != null
                    ? ((OrderedList) list).getMarkerStartNumber()
                    : 1;
            return Optional.of(new Block.ListBlock(ordered, start, list.isTight(), items, pos));
        }
        if (node instanceof FencedCodeBlock code) {
            Captions.Info info = Captions.info(code.getInfo() == null ? "" : code.getInfo());
            Optional<String> lang = info.language();
            String text = stripFinalNewline(code.getLiteral());
            if (lang.map(l -> l.split(",", -1)[0].equals("rust")).orElse(false)) {
                text = withoutHiddenLines(text);
            }
            List<Inline> caption = info.caption().isEmpty()
                    ? List.of()
                    : List.of(new Inline.Text(typography().apply(info.caption()), pos));
            return Optional.of(new Block.CodeBlock(lang, text, caption, info.label(), pos));
        }
        if (node instanceof IndentedCodeBlock code) {
            return Optional.of(new Block.CodeBlock(Optional.empty(), stripFinalNewline(code.getLiteral()), pos));
        }
        if (node instanceof ThematicBreak) {
            return Optional.of(new Block.ThematicBreak(pos));
        }
        if (node instanceof TableBlock) {
            return Optional.ofNullable(table(node, pos));
        }
        if (node instanceof FencedDivs.DivBlock div) {
            List<Inline> title = div.title.isEmpty()
                    ? List.of()
                    : List.of(new Inline.Text(typography().apply(div.title), pos));
            return Optional.of(new Block.Division(
                    Block.Division.Kind.of(div.classes.get(0)), div.classes, title, blocks(div, depth + 1), pos));
        }
        if (node instanceof HtmlBlock) {
            return Optional.empty();
        }
        if (node instanceof FootnoteDefinition || node instanceof LinkReferenceDefinition) {
            return Optional.empty();
        }
        List<Block> nested = blocks(node, depth + 1);
        return nested.size() == 1 ? Optional.of(nested.get(0)) : Optional.empty();
    }

    private Optional<Block> figure(Image image, SourcePos pos) {
        String alt = InlineBuilder.altText(image);
        if (alt.isBlank()) {
            context.diagnostics.warning(
                    pos,
                    "image has no alt text",
                    "describe the image between the brackets: ![what it shows](" + image.getDestination() + ")");
        }
        String label = label(image);
        List<Inline> caption = Captions.figure(image.getTitle(), alt, label, pos, typography());
        return context.images
                .resolve(
                        context.diagnostics,
                        image.getDestination(),
                        context.source.path(),
                        pos,
                        InlineBuilder.widthHint(image))
                .map(ref -> new Block.Figure(ref, alt, caption, label, pos));
    }

    /** The image alone in a paragraph, perhaps followed by its label ({@code {#fig-…}}). */
    private static Optional<Image> soleImage(Paragraph paragraph) {
        Image image = null;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image i && image == null) {
                image = i;
            } else if (!(n instanceof ImageAttributes)
                    && !(n instanceof Text t && (t.getLiteral().isBlank() || image != null))) {
                return Optional.empty();
            }
        }
        if (image == null) {
            return Optional.empty();
        }
        String after = textAfter(image);
        return after.isBlank() || Captions.LABEL.matcher(after).matches() ? Optional.of(image) : Optional.empty();
    }

    /** The label that follows a figure's image, {@code {#fig-…}}, or empty. */
    private static String label(Image image) {
        Matcher m = Captions.LABEL.matcher(textAfter(image));
        return m.matches() ? m.group(1) : "";
    }

    /** The text after an image in its paragraph, which commonmark may have split at its braces. */
    private static String textAfter(Image image) {
        StringBuilder after = new StringBuilder();
        for (Node n = image.getNext(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                after.append(t.getLiteral());
            }
        }
        return after.toString();
    }

    private static Optional<Boolean> taskState(Node item) {
        Node first = item.getFirstChild();
        if (first instanceof TaskListItemMarker marker) {
            return Optional.of(marker.isChecked());
        }
        if (first != null && first.getFirstChild() instanceof TaskListItemMarker marker) {
            return Optional.of(marker.isChecked());
        }
        return Optional.empty();
    }

    private Block.Table table(Node node, SourcePos pos) {
        List<List<Block.Table.Cell>> header = new ArrayList<>();
        List<List<Block.Table.Cell>> body = new ArrayList<>();
        List<Block.Table.Alignment> alignments = new ArrayList<>();
        for (Node section = node.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Block.Table.Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tableCell) {
                        if (section instanceof TableHead) {
                            alignments.add(alignment(tableCell.getAlignment()));
                        }
                        cells.add(new Block.Table.Cell(inlines.build(cell, typography()), context.pos(cell)));
                    }
                }
                (section instanceof TableHead ? header : body).add(cells);
            }
        }
        boolean emptyHeader = header.stream()
                .flatMap(List::stream)
                .allMatch(cell -> cell.content().isEmpty()
                        || Inline.plainText(cell.content()).isEmpty());
        if (alignments.size() > MAX_COLUMNS) {
            context.diagnostics.error(
                    pos,
                    "table has " + alignments.size() + " columns, more than the limit of " + MAX_COLUMNS,
                    "split it into several tables, or turn it into a list");
            return null;
        }
        return new Block.Table(alignments, emptyHeader ? List.of() : header, body, pos);
    }

    private static Block.Table.Alignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Block.Table.Alignment.NONE;
        }
        return switch (alignment) {
            case LEFT -> Block.Table.Alignment.LEFT;
            case CENTER -> Block.Table.Alignment.CENTER;
            case RIGHT -> Block.Table.Alignment.RIGHT;
        };
    }

    private Typography typography() {
        return new Typography(language);
    }

    /**
     * Rust code as mdBook and rustdoc show it: a line that is {@code #} alone or starts with {@code # }
     * is hidden (it makes the example compile), and {@code ##} stands for a {@code #} that is shown.
     */
    static String withoutHiddenLines(String code) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (trimmed.equals("#") || trimmed.startsWith("# ")) {
                continue;
            }
            out.append(trimmed.startsWith("##") ? line.replaceFirst("##", "#") : line)
                    .append('\n');
        }
        return out.length() == 0 ? "" : out.substring(0, out.length() - 1);
    }

    private static String stripFinalNewline(String literal) {
        return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    }
}
