package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.SourcePos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A book's outline as mdBook and GitBook keep it, in {@code SUMMARY.md}:
 *
 * <pre>
 * # Summary                       the title line
 * [Introduction](index.md)        prefix chapters: unnumbered, before the first list
 * - [Getting Started](start.md)   numbered chapters, nested by their list's indentation
 *     - [Installation](start/install.md)
 *     - [Later]()                 a draft: listed, no file yet, left out
 * # Reference                     a part title, over the chapters after it
 * - [Manifest](reference/manifest.md)
 * ---                             a separator
 * [Contributors](contributors.md) suffix chapters: unnumbered, after the last list
 * </pre>
 *
 * Links are relative to {@code SUMMARY.md} and must name files inside the source folder; a chapter
 * listed twice is read once, where it first stands.
 */
final class BookSummary {

    /** One chapter of the outline: its file, its title as listed, its depth (1 at the top), and the part it opens. */
    record Entry(Path file, String title, int depth, Optional<String> part, SourcePos pos) {}

    /** The outline: the title line, the chapters in reading order, and the drafts left out. */
    record Outline(Optional<String> title, List<Entry> entries, List<String> drafts, SourcePos firstDraft) {}

    private final Path summary;
    private final Path folder;
    private final String display;
    private final Diagnostics diagnostics;
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> drafts = new ArrayList<>();
    private SourcePos firstDraft;
    private Optional<String> part = Optional.empty();

    private BookSummary(Path summary, Path folder, String display, Diagnostics diagnostics) {
        this.summary = summary;
        this.folder = folder;
        this.display = display;
        this.diagnostics = diagnostics;
    }

    /**
     * Reads {@code summary} (its text already read as {@code text}); problems are reported at their
     * line and column.
     *
     * @param folder the source folder, which every chapter must stay inside
     */
    static Outline read(Path summary, String text, Path folder, String display, Diagnostics diagnostics) {
        BookSummary reader = new BookSummary(summary, folder, display, diagnostics);
        Node document = Parser.builder()
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build()
                .parse(text);
        Optional<String> title = Optional.empty();
        boolean first = true;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                if (first) {
                    title = Optional.of(text(heading).strip());
                } else {
                    reader.part = Optional.of(text(heading).strip()).filter(t -> !t.isEmpty());
                }
            } else if (block instanceof Paragraph paragraph) {
                reader.links(paragraph, 1);
            } else if (block instanceof BulletList || block instanceof OrderedList) {
                reader.list((ListBlock) block, 1);
            } else if (!(block instanceof ThematicBreak)) {
                diagnostics.warning(
                        reader.pos(block),
                        "SUMMARY.md holds something that is not a chapter link, a part title or a separator; "
                                + "it is left out",
                        "list chapters as '- [Title](file.md)'");
            }
            first = false;
        }
        return new Outline(title, List.copyOf(reader.entries), List.copyOf(reader.drafts), reader.firstDraft);
    }

    private void list(ListBlock list, int depth) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph paragraph) {
                    links(paragraph, depth);
                } else if (child instanceof ListBlock nested) {
                    list(nested, depth + 1);
                }
            }
        }
    }

    /** The chapter links of a line (a list item's, or a prefix or suffix chapter's). */
    private void links(Node paragraph, int depth) {
        for (Node inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
            if (inline instanceof Link link) {
                chapter(link, depth);
            }
        }
    }

    private void chapter(Link link, int depth) {
        String title = text(link).strip();
        String destination =
                link.getDestination() == null ? "" : link.getDestination().strip();
        SourcePos pos = pos(link);
        if (destination.isEmpty()) {
            drafts.add(title);
            if (firstDraft == null) {
                firstDraft = pos;
            }
            return;
        }
        String path = Links.path(destination.replaceFirst("#.*$", ""));
        Path file = Links.resolved(summary.getParent(), path).orElse(null);
        if (file == null) {
            diagnostics.error(
                    pos, "chapter '" + destination + "' is not a valid path", "give a relative path such as intro.md");
            return;
        }
        if (!file.startsWith(folder)) {
            diagnostics.error(
                    pos,
                    "chapter '" + destination + "' lies outside the source folder",
                    "keep the book's chapters inside the folder that holds SUMMARY.md");
            return;
        }
        if (!Files.isRegularFile(file)) {
            diagnostics.error(
                    pos,
                    "chapter file not found: " + destination,
                    "check the path; it is relative to SUMMARY.md (mdBook would create an empty file)");
            return;
        }
        if (entries.stream().anyMatch(e -> e.file().equals(file))) {
            return;
        }
        entries.add(new Entry(file, title, depth, part, pos));
        part = Optional.empty();
    }

    private SourcePos pos(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return SourcePos.of(display);
        }
        return new SourcePos(
                display, spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                out.append(t.getLiteral());
            } else {
                out.append(text(child));
            }
        }
        return out.toString();
    }
}
