package io.github.imprint.typeset.flow;

import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.Block;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Footnote;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Publication;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Theme;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.paginate.Flow;
import io.github.imprint.typeset.paginate.PageFrame;
import io.github.imprint.typeset.shape.Shaper;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sets one chapter's blocks into a {@link Flow}, walking them in reading order: paragraphs broken by
 * Knuth–Plass at the width of their region, headings, captions and code ragged by first fit, figures
 * and table rows as unbreakable units, and the chapter's footnotes set apart for the page builder.
 * Each kind of block is set by its own class; this one walks, and hands each block the region it
 * fills. How lines go into the flow (the grid, widows and orphans) is {@link LineSetter}'s business.
 */
public final class ChapterWalk {

    private ChapterWalk() {}

    /**
     * Sets chapter {@code index} of the publication.
     *
     * @param traced whether to keep a trace of how each paragraph is broken
     * @param memo   the chapter's paragraphs as an earlier pass set them, kept and taken again; or null
     */
    public static SetChapter set(
            Theme theme,
            PageFrame frame,
            Publication publication,
            int index,
            Shaper shaper,
            Function<String, Optional<Hyphenator>> hyphenators,
            References references,
            boolean traced,
            ParagraphMemo memo) {
        Cursor c = new Cursor(theme, frame, publication, index, shaper, hyphenators, references);
        c.memo = memo;
        if (traced) {
            c.traced();
        }
        Chapter chapter = c.chapter;
        if (publication.kind() == Publication.Kind.BOOK && opensPage(publication, index, theme)) {
            c.flow.add(new Flow.NewPage(runningTitle(chapter, publication), true));
        }
        c.anchors.put(Destination.Anchor.chapter(chapter.id()), c.structure.nextLeaf());
        c.structure.open(
                StructureNode.Kind.SECT,
                chapter.language()
                        .filter(l -> !l.equals(publication.metadata().language()))
                        .orElse(null));
        Region body = new Region(0, frame.measure(), Element.BODY, Role.PARAGRAPH);
        if (index == 0
                && publication.kind() == Publication.Kind.ARTICLE
                && !(chapter.blocks().stream().findFirst().orElse(null) instanceof Block.Heading h && h.level() == 1)) {
            ArticleHeader.set(c, publication.metadata());
        }
        blocks(c, chapter.blocks(), body);
        for (Footnote note : chapter.notes()) {
            Notes.set(c, note);
        }
        c.structure.close();
        return c.result();
    }

    /**
     * Whether chapter {@code index} starts a new page: in a book, a chapter at most the theme's
     * {@code chapters.new-page-depth} deep in the outline; a deeper one follows on after the one before.
     */
    public static boolean opensPage(Publication publication, int index, Theme theme) {
        return publication.kind() == Publication.Kind.BOOK
                && publication.chapters().get(index).depth() <= theme.newPageDepth();
    }

    /** A chapter's running head: its title, else its first heading, else the publication's title. */
    public static String runningTitle(Chapter chapter, Publication publication) {
        return chapter.title()
                .or(() -> chapter.blocks().stream()
                        .filter(Block.Heading.class::isInstance)
                        .findFirst()
                        .map(h -> Inline.plainText(((Block.Heading) h).content())))
                .orElse(publication.metadata().title());
    }

    /** Sets {@code list} in {@code region}, one block after the other. */
    static void blocks(Cursor c, List<Block> list, Region region) {
        c.lines.indentNext = false;
        for (Block block : list) {
            c.at = block.pos();
            block(c, block, region);
        }
    }

    static void block(Cursor c, Block block, Region region) {
        LineSetter lines = c.lines;
        if (block instanceof Block.Heading h) {
            lines.space(c.theme.style(Element.heading(h.level())).spaceBefore().millipoints());
            c.anchors.put(new Destination.Anchor(c.chapter.id(), h.id()), c.structure.nextLeaf());
            lines.ragged(h.content(), Element.heading(h.level()), Role.heading(h.level()), region.x(), region.width());
            lines.keepNext = true;
            lines.indentNext = false;
        } else if (block instanceof Block.Paragraph p) {
            lines.paragraph(
                    p.content(),
                    region,
                    lines.indentNext ? c.theme.style(Element.BODY).indent().millipoints() : 0,
                    null,
                    0);
            lines.indentNext = region.element() == Element.BODY;
        } else if (block instanceof Block.BlockQuote q) {
            Quotations.blockQuote(c, q, region);
        } else if (block instanceof Block.ListBlock list) {
            Lists.set(c, list, region);
        } else if (block instanceof Block.CodeBlock code) {
            CodeBlocks.set(c, code, region);
        } else if (block instanceof Block.ThematicBreak) {
            lines.space(c.leading / 2);
            lines.ragged(
                    List.of(new Inline.Text("⁂", block.pos())),
                    Element.BODY,
                    Role.ARTIFACT,
                    region.x(),
                    region.width(),
                    SetLine.Alignment.CENTER);
            lines.space(c.leading / 2);
            lines.indentNext = false;
        } else if (block instanceof Block.Figure figure) {
            Figures.set(c, figure, region);
        } else if (block instanceof Block.Table table) {
            Tables.set(c, table, region);
        } else if (block instanceof Block.Division division) {
            Quotations.division(c, division, region);
        } else if (block instanceof Block.DefinitionList list) {
            Definitions.set(c, list, region);
        }
    }

    /** A region inside {@code region}, indented; deep nesting stops indenting at a third of the measure. */
    static Region inner(Cursor c, Region region, long left, long right, Element element, Role role) {
        return region.inner(left, right, element, role, c.frame.measure() / 3);
    }
}
