package io.github.imprint.typeset.back;

import io.github.imprint.font.FontFace;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.Index;
import io.github.imprint.model.IndexWords;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Publication;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Style;
import io.github.imprint.theme.Theme;
import io.github.imprint.typeset.flow.Cursor;
import io.github.imprint.typeset.flow.LineSetter;
import io.github.imprint.typeset.flow.References;
import io.github.imprint.typeset.flow.SetChapter;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.linebreak.FirstFit;
import io.github.imprint.typeset.linebreak.Item;
import io.github.imprint.typeset.linebreak.KnuthPlass;
import io.github.imprint.typeset.linebreak.ParagraphItems;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.linebreak.TextRun;
import io.github.imprint.typeset.paginate.Flow;
import io.github.imprint.typeset.paginate.PageBuilder;
import io.github.imprint.typeset.paginate.PageFrame;
import io.github.imprint.typeset.shape.Shaper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The index in print: its title across the measure, then the entries in the theme's columns, ragged
 * right and a little smaller than the text, under letter headings. An entry is its term and its
 * locators ("ownership, 12, 45–47"), then where it sends the reader (". <i>See also</i> borrowing");
 * sub-entries are indented an em a level; a line an entry runs over to hangs two ems in. Each locator
 * links to the mark it names, on its own line, and a cross-reference to the entry it names. Tagged as
 * an {@code Index} holding a heading per letter and a paragraph per entry, its locators
 * {@code Reference}s.
 */
public final class IndexPages {

    /** The anchor of the index's title, for the contents and the outline. */
    public static final String CHAPTER_ID = "imprint-index";

    /** The index's pages, with its structure and the anchor of its title. */
    public record Result(List<Page> pages, SetChapter set, Map<Destination, BlockId> anchors) {}

    private IndexPages() {}

    /**
     * @param places    the page of each mark in the body
     * @param number    the number the index's first page gets
     * @param numbering adds the folios to the index's pages
     * @param heads     sets a running head
     */
    public static Result set(
            Theme theme,
            PageFrame frame,
            Publication publication,
            Shaper shaper,
            Function<String, Optional<Hyphenator>> hyphenators,
            References references,
            Index index,
            IndexWords words,
            Map<Index.Mark, Index.Place> places,
            int number,
            PageBuilder numbering,
            Function<String, SetLine> heads) {
        Cursor c = new Cursor(
                theme, frame, publication, publication.chapters().size() + 1, shaper, hyphenators, references);
        long measure = frame.measure();
        c.lines().ragged(List.of(new Inline.Text(words.title(), c.at())), Element.H1, Role.H1, 0, measure);
        List<Flow> title = List.copyOf(c.flow());
        long titleHeight = title.stream().mapToLong(Flow::height).sum();
        Style body = theme.style(Element.BODY);
        long size = body.size().millipoints() * 9 / 10;
        long leading = body.leading().millipoints() * 9 / 10;
        int columns = theme.index().columns();
        long gap = size * 2;
        long width = (measure - gap * (columns - 1)) / columns;
        Entries entries = new Entries(c, theme, index, words, places, size, leading, width);
        c.structure().open(StructureNode.Kind.INDEX, null);
        for (Index.Group group : index.groups()) {
            entries.group(group);
        }
        c.structure().close();
        List<List<List<Columns.Row>>> filled =
                Columns.fill(entries.rows, columns, frame.textHeight() - titleHeight, frame.textHeight());
        List<Page> pages = new ArrayList<>();
        for (int p = 0; p < filled.size(); p++) {
            int n = number + p;
            long left = frame.left(n);
            List<Placed> items = new ArrayList<>();
            long top = frame.top();
            if (p == 0) {
                for (Flow f : title) {
                    if (f instanceof Flow.Line line) {
                        items.addAll(line.line().place(left + line.x(), top + line.ascent()));
                    }
                    top += f.height();
                }
            } else {
                items.addAll(heads.apply(words.title()).place(left, frame.top() / 2));
            }
            List<List<Columns.Row>> page = filled.get(p);
            for (int col = 0; col < page.size(); col++) {
                // a book that reads right to left reads its columns from the right
                long x = left + (frame.rightToLeft() ? columns - 1 - col : col) * (width + gap);
                long y = top;
                for (Columns.Row row : page.get(col)) {
                    if (row.isSpace() && y == top) {
                        continue;
                    }
                    if (y == top && row.header() != null) {
                        Columns.Row header = row.header();
                        items.addAll(header.line().place(x + header.x(), y + header.ascent()));
                        y += header.height();
                    }
                    if (!row.isSpace()) {
                        items.addAll(row.line().place(x + row.x(), y + row.ascent()));
                    }
                    y += row.height();
                }
            }
            pages.add(numbering.folio(new Page(n, "", frame.width(), frame.height(), items), n));
        }
        return new Result(pages, c.result(), entries.anchors);
    }

    /** The rows of the entries, set one by one. */
    private static final class Entries {
        final Cursor c;
        final Index index;
        final IndexWords words;
        final Map<Index.Mark, Index.Place> places;
        final long size;
        final long leading;
        final long width;
        final FontFace roman;
        final FontFace italic;
        final FontFace bold;
        final int rgb;
        final List<Columns.Row> rows = new ArrayList<>();
        /** Where each entry is, for the cross-references that name it. */
        final Map<Destination, BlockId> anchors = new LinkedHashMap<>();

        Entries(
                Cursor c,
                Theme theme,
                Index index,
                IndexWords words,
                Map<Index.Mark, Index.Place> places,
                long size,
                long leading,
                long width) {
            this.c = c;
            this.index = index;
            this.words = words;
            this.places = places;
            this.size = size;
            this.leading = leading;
            this.width = width;
            Style body = theme.style(Element.BODY);
            String family = theme.fonts().family(body.font());
            this.roman = new FontFace(family, false, false);
            this.italic = new FontFace(family, false, true);
            this.bold = new FontFace(family, true, false);
            this.rgb = body.color().rgb();
        }

        void group(Index.Group group) {
            if (!rows.isEmpty()) {
                rows.add(Columns.Row.space(leading));
            }
            BlockId heading = c.structure().leaf(StructureNode.Kind.H2, null, c.at());
            ParagraphItems items = items();
            items.add(TextRun.of(group.heading(), bold, size)
                    .rgb(rgb)
                    .role(Role.H2)
                    .block(heading)
                    .build());
            lines(items, 0, false);
            for (int e = 0; e < group.entries().size(); e++) {
                entry(group.entries().get(e), List.of(), e == 0);
            }
        }

        void entry(Index.Entry entry, List<String> parent, boolean tied) {
            int level = parent.size();
            List<String> path = new ArrayList<>(parent);
            path.add(entry.term());
            BlockId block = c.structure().leaf(StructureNode.Kind.P, null, c.at());
            anchors.put(new Destination.Anchor(CHAPTER_ID, index.id(path)), block);
            ParagraphItems items = items();
            items.add(run(entry.term(), roman, block, null));
            for (Index.Locator locator : Index.locators(entry.loci(), places)) {
                items.add(run(", ", roman, block, null));
                items.add(run(
                        locator.text(),
                        roman,
                        block,
                        new Destination.Reference(new Destination.Anchor(
                                locator.link().chapterId(), locator.link().id()))));
            }
            crossReferences(items, block, words.see(), entry.see());
            crossReferences(items, block, words.seeAlso(), entry.seeAlso());
            lines(items, level * size, tied);
            int from = rows.size();
            if (level == 0) {
                Columns.Row header = continued(entry.term());
                for (int s = 0; s < entry.subentries().size(); s++) {
                    entry(entry.subentries().get(s), path, s == 0);
                }
                for (int r = from; r < rows.size(); r++) {
                    rows.set(r, rows.get(r).withHeader(header));
                }
            } else {
                for (int s = 0; s < entry.subentries().size(); s++) {
                    entry(entry.subentries().get(s), path, s == 0);
                }
            }
        }

        /** "ownership (continued)", repeated at the head of a column that opens with its sub-entries; an artifact. */
        private Columns.Row continued(String term) {
            ParagraphItems items = items();
            items.add(TextRun.of(term + " (", roman, size)
                    .rgb(rgb)
                    .role(Role.ARTIFACT)
                    .ligatures(true)
                    .build());
            items.add(TextRun.of(words.continued(), italic, size)
                    .rgb(rgb)
                    .role(Role.ARTIFACT)
                    .ligatures(true)
                    .build());
            items.add(TextRun.of(")", roman, size).rgb(rgb).role(Role.ARTIFACT).build());
            List<Item> list = items.finish();
            SetLine line = SetLine.set(
                            list,
                            FirstFit.breakLines(list, Long.MAX_VALUE / 4).lines(),
                            width,
                            SetLine.Alignment.LEFT,
                            c.rightToLeft())
                    .get(0);
            return new Columns.Row(line, 0, leading, LineSetter.ascent(leading), false);
        }

        /** ". <i>See also</i> borrowing; traits", the word capitalised after the stop. */
        private void crossReferences(ParagraphItems items, BlockId block, String word, List<List<String>> targets) {
            if (targets.isEmpty()) {
                return;
            }
            String capital = IndexWords.capitalised(word);
            items.add(run(". ", roman, block, null));
            items.add(run(capital, italic, block, null));
            for (int t = 0; t < targets.size(); t++) {
                items.add(run(t == 0 ? " " : "; ", roman, block, null));
                String id = index.id(targets.get(t));
                items.add(run(
                        String.join(", ", targets.get(t)),
                        roman,
                        block,
                        id == null ? null : new Destination.Reference(new Destination.Anchor(CHAPTER_ID, id))));
            }
        }

        private TextRun run(String text, FontFace face, BlockId block, Destination link) {
            return TextRun.of(text, face, size)
                    .rgb(rgb)
                    .block(block)
                    .ligatures(true)
                    .link(link)
                    .build();
        }

        private ParagraphItems items() {
            return new ParagraphItems(c.shaper(), false, false, c::missing).rightToLeft(c.rightToLeft());
        }

        /** The entry's lines as rows: the first at {@code indent}, the rest hanging two ems further in. */
        private void lines(ParagraphItems items, long indent, boolean tied) {
            List<Item> list = items.finish();
            long hang = size * 2;
            List<KnuthPlass.Line> broken =
                    FirstFit.breakLines(list, width - indent, hang).lines();
            boolean rtl = c.rightToLeft();
            for (int i = 0; i < broken.size(); i++) {
                // each line in its own measure, so a right-to-left one ends at its indent from the right
                long in = indent + (i == 0 ? 0 : hang);
                SetLine line = SetLine.set(list, List.of(broken.get(i)), width - in, SetLine.Alignment.LEFT, rtl)
                        .get(0);
                rows.add(new Columns.Row(line, rtl ? 0 : in, leading, LineSetter.ascent(leading), tied || i > 0));
            }
        }
    }
}
