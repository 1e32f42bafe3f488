package io.github.imprint.typeset.flow;

import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.Block;
import io.github.imprint.model.Footnote;
import io.github.imprint.model.Inline;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Style;
import io.github.imprint.typeset.linebreak.Item;
import io.github.imprint.typeset.linebreak.KnuthPlass;
import io.github.imprint.typeset.linebreak.ParagraphItems;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.linebreak.TextRun;
import io.github.imprint.typeset.paginate.Flow;
import io.github.imprint.typeset.paginate.NoteLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Footnotes, set apart from the flow at the foot's measure for the page builder: their paragraphs
 * justified, quotations (verse, often) and lists indented, code as it is; the note's number leads the
 * first line and links back to the call.
 */
final class Notes {

    private Notes() {}

    static void set(Cursor c, Footnote note) {
        List<Flow.Line> lines = new ArrayList<>();
        c.anchors.put(new Destination.Note(c.chapterIndex, note.number()), c.structure.nextLeaf());
        c.structure.open(StructureNode.Kind.NOTE, null);
        blocks(c, note.blocks(), 0, note.number() + ". ", note.number(), lines, new int[] {2});
        c.structure.close();
        Destination.Note key = new Destination.Note(c.chapterIndex, note.number());
        c.notes.put(key, new NoteLines(key, lines));
    }

    /** A note's blocks; {@code label}, its number, leads the first paragraph and links back to the call. */
    private static void blocks(
            Cursor c, List<Block> blocks, long indent, String label, int number, List<Flow.Line> lines, int[] hyphens) {
        for (Block block : blocks) {
            c.at = block.pos();
            if (block instanceof Block.Paragraph p) {
                paragraph(c, p.content(), indent, lines, hyphens, label, number);
                label = null;
            } else if (block instanceof Block.CodeBlock code) {
                paragraph(c, List.of(new Inline.Code(code.text(), code.pos())), indent, lines, hyphens, null, number);
            } else if (block instanceof Block.Heading h) {
                paragraph(c, h.content(), indent, lines, hyphens, null, number);
            } else if (!block.childBlocks().isEmpty()) {
                if (label != null) {
                    paragraph(c, List.of(), indent, lines, hyphens, label.strip(), number);
                    label = null;
                }
                blocks(
                        c,
                        block.childBlocks(),
                        indent + (block instanceof Block.BlockQuote ? c.leading : 0),
                        null,
                        number,
                        lines,
                        hyphens);
            }
        }
    }

    private static void paragraph(
            Cursor c,
            List<Inline> content,
            long indent,
            List<Flow.Line> lines,
            int[] hyphens,
            String label,
            int number) {
        Style style = c.theme.style(Element.FOOTNOTE);
        long lineHeight = style.leading().millipoints();
        long width = c.frame.measure() - indent;
        ParagraphItems items = new ParagraphItems(
                        c.shaper, c.theme.fonts().protrusion(), c.theme.fonts().expansion(), c::missing)
                .capitalised(c.theme.hyphenation().capitalised())
                .rightToLeft(c.rightToLeft);
        InlineRuns.Context context =
                InlineRuns.context(c.theme, style, Role.NOTE, c.structure.leaf(Role.NOTE, c.at), c.hyphenator);
        if (label != null) {
            items.add(TextRun.of(label, context.face(), context.size())
                    .rgb(context.rgb())
                    .role(Role.NOTE)
                    .block(context.block())
                    .link(new Destination.NoteCall(c.chapterIndex, number))
                    .build());
        }
        c.runs.add(items, content, context);
        List<Item> list = items.finish();
        KnuthPlass.Result result = KnuthPlass.breakLines(
                list, width, KnuthPlass.Parameters.imprint(style.size().millipoints() * 2), hyphens[0]);
        List<SetLine> set = SetLine.set(list, result.lines(), width, SetLine.Alignment.JUSTIFY, c.rightToLeft);
        for (int j = 0; j < set.size(); j++) {
            lines.add(new Flow.Line(set.get(j), indent, lineHeight, LineSetter.ascent(lineHeight), true, null, 0));
            if (j < set.size() - 1) {
                hyphens[0] = set.get(j).hyphenated() ? hyphens[0] + 1 : 0;
            }
        }
    }
}
