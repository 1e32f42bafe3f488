package io.github.imprint.typeset.flow;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Role;
import io.github.imprint.model.Block;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Style;
import io.github.imprint.theme.Theme;
import io.github.imprint.typeset.highlight.Highlighter;
import io.github.imprint.typeset.linebreak.FirstFit;
import io.github.imprint.typeset.linebreak.Item;
import io.github.imprint.typeset.linebreak.KnuthPlass;
import io.github.imprint.typeset.linebreak.ParagraphItems;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.linebreak.TextRun;
import io.github.imprint.typeset.paginate.Flow;
import java.util.ArrayList;
import java.util.List;

/**
 * Code blocks: coloured by the highlighter, in the mono face at the book's code size ({@link #size}: the
 * style's, stepped down so that the theme's columns fit the measure) and a leading in proportion,
 * line for line as written (tabs as four spaces). A line too long for the region wraps by first fit,
 * and its continuation starts with an arrow in the code's margin.
 */
final class CodeBlocks {

    private CodeBlocks() {}

    static void set(Cursor c, Block.CodeBlock code, Region region) {
        Style style = c.theme.style(Element.CODE);
        c.lines.space(style.spaceBefore().millipoints());
        FontFace face = new FontFace(c.theme.fonts().mono(), false, false);
        FontMetrics metrics = FontMetrics.of(face);
        long size = size(c.theme, metrics, c.frame.measure());
        long lineHeight = style.leading().millipoints() * size / style.size().millipoints();
        BlockId block = c.structure.leaf(Role.CODE, c.at);
        List<SetLine> lines = new ArrayList<>();
        long mark = metrics.advance(metrics.glyph('→')) * size / metrics.unitsPerEm() * 2;
        for (List<Highlighter.Token> source :
                codeLines(Highlighter.tokens(code.text().replace("\t", "    "), code.language()))) {
            ParagraphItems items = new ParagraphItems(c.shaper, false, false, c::missing);
            if (source.isEmpty()) {
                source = List.of(new Highlighter.Token(Highlighter.Kind.PLAIN, " "));
            }
            for (Highlighter.Token token : source) {
                items.add(TextRun.of(token.text().replace(' ', '\u00A0'), face, size)
                        .rgb(colour(c.theme, token.kind(), style))
                        .role(Role.CODE)
                        .block(block)
                        .breakAnywhere(true)
                        .build());
            }
            List<Item> list = items.finish();
            List<KnuthPlass.Line> broken =
                    FirstFit.breakLines(list, region.width() - mark).lines();
            List<SetLine> set = SetLine.set(list, broken, region.width() - mark, SetLine.Alignment.LEFT);
            for (int j = 0; j < set.size(); j++) {
                lines.add(j == 0 ? set.get(j) : continued(c, set.get(j), mark, face, size));
            }
        }
        c.lines.lines(lines, region.x(), lineHeight, null, 0, false);
        long total = lines.size() * lineHeight + style.spaceAfter().millipoints();
        c.flow.add(new Flow.Space(c.lines.roundUp(total) - lines.size() * lineHeight, true));
        c.lines.indentNext = false;
    }

    /**
     * The code size of the book: the theme's, or smaller, so that {@code code.columns} characters of the
     * mono face and the wrap mark's room fit the text block's measure, but never below
     * {@code code.min-size}. It depends on the page alone, so every block of the book has it.
     */
    static long size(Theme theme, FontMetrics mono, long measure) {
        long size = theme.style(Element.CODE).size().millipoints();
        long advance = mono.advance(mono.glyph('0'));
        if (advance <= 0) {
            return size;
        }
        long fitting = measure * mono.unitsPerEm() / ((theme.code().columns() + 2L) * advance);
        long floor = Math.min(size, theme.code().minSize().millipoints());
        return Math.max(floor, Math.min(size, fitting / 100 * 100)); // a tenth of a point, rounded down
    }

    /** The tokens of a code block, line by line: a token that spans lines is cut at each line end. */
    private static List<List<Highlighter.Token>> codeLines(List<Highlighter.Token> tokens) {
        List<List<Highlighter.Token>> lines = new ArrayList<>();
        List<Highlighter.Token> line = new ArrayList<>();
        for (Highlighter.Token token : tokens) {
            String[] parts = token.text().split("\n", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
                if (!parts[p].isEmpty()) {
                    line.add(new Highlighter.Token(token.kind(), parts[p]));
                }
            }
        }
        lines.add(line);
        return lines;
    }

    private static int colour(Theme theme, Highlighter.Kind kind, Style style) {
        Theme.Syntax s = theme.syntax();
        return switch (kind) {
            case KEYWORD -> s.keyword().rgb();
            case STRING -> s.string().rgb();
            case COMMENT -> s.comment().rgb();
            case NUMBER -> s.number().rgb();
            case TAG -> s.tag().rgb();
            case ATTRIBUTE -> s.attribute().rgb();
            case PLAIN -> style.color().rgb();
        };
    }

    /** A wrapped code line's continuation: an arrow in the margin of the code, then the rest. */
    private static SetLine continued(Cursor c, SetLine line, long mark, FontFace face, long size) {
        ParagraphItems arrow = new ParagraphItems(c.shaper, false, false, c::missing);
        arrow.add(TextRun.of("→", face, size)
                .rgb(c.theme.syntax().comment().rgb())
                .role(Role.ARTIFACT)
                .build());
        List<Item> list = arrow.finish();
        SetLine marker = SetLine.set(list, FirstFit.breakLines(list, mark).lines(), mark, SetLine.Alignment.LEFT)
                .get(0);
        List<SetLine.Piece> pieces = new ArrayList<>(marker.pieces());
        for (SetLine.Piece piece : line.pieces()) {
            pieces.add(new SetLine.Piece(piece.text(), piece.x() + mark, piece.spaced(), piece.scale()));
        }
        return new SetLine(pieces, line.notes(), false, line.overfull());
    }
}
