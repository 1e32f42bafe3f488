package io.github.imprint.typeset.front;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.PrintPages;
import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.Block;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Numbering;
import io.github.imprint.model.Publication;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Style;
import io.github.imprint.theme.Theme;
import io.github.imprint.typeset.flow.ChapterWalk;
import io.github.imprint.typeset.flow.Cursor;
import io.github.imprint.typeset.flow.LineSetter;
import io.github.imprint.typeset.linebreak.FirstFit;
import io.github.imprint.typeset.linebreak.Item;
import io.github.imprint.typeset.linebreak.ParagraphItems;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.linebreak.TextRun;
import io.github.imprint.typeset.paginate.Flow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A book's table of contents: an entry per line (long ones wrap), indented by level, a row of leader
 * dots to its page's folio at the right edge. The dots stand on one grid across the page, as TeX's
 * leaders do, so they line up from entry to entry. Entry and folio link to the heading.
 */
final class Contents {

    private Contents() {}

    /**
     * The entries: each chapter's headings down to {@code depth}, or the chapter's title when it has
     * none, with the folio of the page each starts on.
     */
    static List<ContentsEntry> entries(
            Publication publication, int depth, Map<Destination, BlockId> anchors, List<Page> pages) {
        Map<BlockId, String> folios = new HashMap<>();
        for (Page page : pages) {
            for (Placed placed : page.items()) {
                if (placed instanceof Placed.GlyphRun run) {
                    folios.putIfAbsent(run.block(), page.folio());
                }
            }
        }
        List<ContentsEntry> entries = new ArrayList<>();
        for (Chapter chapter : publication.chapters()) {
            Destination start = Destination.Anchor.chapter(chapter.id());
            if (chapter.part().isPresent() && folios.containsKey(anchors.get(start))) {
                entries.add(new ContentsEntry(1, chapter.part().get(), start, folios.get(anchors.get(start))));
            }
            boolean any = false;
            for (Block block : chapter.blocks()) {
                if (block instanceof Block.Heading h && h.level() <= depth) {
                    Destination anchor = new Destination.Anchor(chapter.id(), h.id());
                    String folio = folios.get(anchors.get(anchor));
                    String label = Inline.plainText(h.content()).strip();
                    if (folio != null && !label.isEmpty()) {
                        entries.add(new ContentsEntry(h.level(), label, anchor, folio));
                        any = true;
                    }
                }
            }
            Destination anchor = Destination.Anchor.chapter(chapter.id());
            String folio = folios.get(anchors.get(anchor));
            if (!any && folio != null) {
                entries.add(new ContentsEntry(
                        chapter.depth(), ChapterWalk.runningTitle(chapter, publication), anchor, folio));
            }
        }
        return entries;
    }

    /**
     * The entries of a list of figures, tables or listings: each numbered block of the kind, its number
     * and caption, with the folio of its page.
     */
    static List<ContentsEntry> list(
            Numbering numbering, Numbering.Kind kind, Map<Destination, BlockId> anchors, List<Page> pages) {
        Map<BlockId, Page> first = PrintPages.firstPages(pages);
        List<ContentsEntry> entries = new ArrayList<>();
        for (Numbering.Target t : numbering.all(kind)) {
            Destination at = new Destination.Anchor(t.chapterId(), t.anchor());
            Page page = first.get(anchors.get(at));
            if (page != null) {
                String caption = Inline.plainText(t.title());
                entries.add(new ContentsEntry(1, (t.number() + "\u2002" + caption).strip(), at, page.folio()));
            }
        }
        return entries;
    }

    /** Sets a contents page, or a list's: its title, then the entries. */
    static void set(Cursor c, String title, List<ContentsEntry> toc) {
        Theme theme = c.theme();
        long measure = c.frame().measure();
        long leading = c.leading();
        c.lines().ragged(TitlePage.text(c, title), Element.H1, Role.H1, 0, measure);
        Style style = theme.style(Element.BODY);
        FontFace face = new FontFace(theme.fonts().family(style.font()), false, false);
        long size = style.size().millipoints();
        FontMetrics metrics = FontMetrics.of(face);
        int dot = metrics.glyph('.');
        long dotWidth = metrics.advance(dot) * size / metrics.unitsPerEm();
        long pitch = size / 2;
        long numberRoom = size * 3;
        boolean nested = toc.stream().anyMatch(e -> e.level() > 1);
        c.structure().open(StructureNode.Kind.TOC, null);
        for (ContentsEntry entry : toc) {
            if (nested && entry.level() == 1) {
                c.lines().space(leading / 2);
            }
            BlockId block = c.structure().leaf(StructureNode.Kind.TOCI, null, c.at());
            long indent = (entry.level() - 1) * size * 3 / 2;
            ParagraphItems items = new ParagraphItems(c.shaper(), false, false, c::missing);
            items.add(TextRun.of(entry.label(), face, size)
                    .rgb(style.color().rgb())
                    .block(block)
                    .ligatures(theme.fonts().ligatures())
                    .link(entry.target())
                    .build());
            List<Item> list = items.finish();
            long width = measure - indent - numberRoom;
            List<SetLine> lines =
                    SetLine.set(list, FirstFit.breakLines(list, width).lines(), width, SetLine.Alignment.LEFT);
            List<Placed> placed = new ArrayList<>();
            long y = 0;
            long end = 0;
            for (SetLine line : lines) {
                List<Placed> set = line.place(indent, y + LineSetter.ascent(leading));
                placed.addAll(set);
                end = rightEdge(set, indent);
                y += leading;
            }
            ParagraphItems number = new ParagraphItems(c.shaper(), false, false, c::missing);
            number.add(TextRun.of(entry.folio(), face, size)
                    .rgb(style.color().rgb())
                    .block(block)
                    .link(entry.target())
                    .build());
            List<Item> numberItems = number.finish();
            List<Placed> folio = SetLine.set(
                            numberItems,
                            FirstFit.breakLines(numberItems, measure).lines(),
                            measure,
                            SetLine.Alignment.RIGHT)
                    .get(0)
                    .place(0, y - leading + LineSetter.ascent(leading));
            long numberStart = folio.stream()
                    .filter(Placed.GlyphRun.class::isInstance)
                    .mapToLong(p -> ((Placed.GlyphRun) p).xs()[0])
                    .min()
                    .orElse(measure);
            List<Long> xs = new ArrayList<>();
            for (long x = (end + pitch) / pitch * pitch + pitch / 2;
                    x + dotWidth <= numberStart - pitch / 2;
                    x += pitch) {
                xs.add(x);
            }
            if (!xs.isEmpty()) {
                int[] glyphs = new int[xs.size()];
                Arrays.fill(glyphs, dot);
                placed.add(new Placed.GlyphRun(
                        face,
                        size,
                        y - leading + LineSetter.ascent(leading),
                        glyphs,
                        xs.stream().mapToLong(Long::longValue).toArray(),
                        ".".repeat(xs.size()),
                        false,
                        style.color().rgb(),
                        Role.ARTIFACT,
                        BlockId.NONE,
                        1,
                        null));
            }
            placed.addAll(folio);
            c.flow().add(new Flow.Unit(placed, y, true, List.of(), false));
        }
        c.structure().close();
    }

    /** Where the last glyph of a set line ends. */
    private static long rightEdge(List<Placed> set, long fallback) {
        long end = fallback;
        for (Placed p : set) {
            if (p instanceof Placed.GlyphRun run && run.glyphs().length > 0) {
                end = Math.max(end, run.end());
            }
        }
        return end;
    }
}
