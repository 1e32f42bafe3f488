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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code blocks: coloured by the highlighter, in the mono face at the book's code size ({@link #size}: the
 * style's, stepped down so that the theme's columns fit the measure) and a leading in proportion,
 * line for line as written (tabs as four spaces). A line too long for the region wraps by first fit
 * at a space or a token boundary ({@link TextRun.Breaks#CODE}), never inside a name, a number or a
 * string, and its continuation starts with an arrow, hung in as far as the line's own indent (at most a
 * quarter of the measure).
 */
final class CodeBlocks {

    private CodeBlocks() {}

    static void set(Cursor c, Block.CodeBlock code, Region region) {
        Style style = c.theme.style(Element.CODE);
        c.lines.space(style.spaceBefore().millipoints());
        Captions.above(c, code, code.caption(), region);
        FontFace face = new FontFace(c.theme.fonts().mono(), false, false);
        FontMetrics metrics = FontMetrics.of(face);
        long size = size(c.theme, metrics, c.frame.measure());
        long lineHeight = style.leading().millipoints() * size / style.size().millipoints();
        BlockId block = c.structure.leaf(Role.CODE, c.at);
        Captions.anchor(c, code, block);
        List<SetLine> lines = new ArrayList<>();
        long mark = metrics.advance(metrics.glyph('→')) * size / metrics.unitsPerEm() * 2;
        for (List<Highlighter.Token> source :
                codeLines(Highlighter.tokens(code.text().replace("\t", "    "), code.language()))) {
            ParagraphItems items = new ParagraphItems(c.shaper, false, false, c::missing);
            if (source.isEmpty()) {
                source = List.of(new Highlighter.Token(Highlighter.Kind.PLAIN, " "));
            }
            for (Highlighter.Token token : source) {
                int rgb = colour(c.theme, token.kind(), style);
                // a quotation in a comment is kept whole as a string is
                Matcher quoted = QUOTED.matcher(token.kind() == Highlighter.Kind.COMMENT ? token.text() : "");
                int from = 0;
                while (quoted.find()) {
                    items.add(codeRun(token.text().substring(from, quoted.start()), face, size, rgb, block, false));
                    items.add(codeRun(quoted.group(), face, size, rgb, block, true));
                    from = quoted.end();
                }
                items.add(codeRun(
                        token.text().substring(from), face, size, rgb, block, token.kind() == Highlighter.Kind.STRING));
            }
            List<Item> list = items.finish();
            long hang = Math.min(
                    indent(source) * metrics.advance(metrics.glyph(' ')) * size / metrics.unitsPerEm(),
                    (region.width() - mark) / 4);
            KnuthPlass.Result wrapped = FirstFit.breakLines(list, region.width() - mark, hang);
            if (hang > 0 && FirstFit.forced(list, wrapped)) { // hung in, a string or a name would be cut: set flush
                KnuthPlass.Result flush = FirstFit.breakLines(list, region.width() - mark, 0);
                if (!FirstFit.forced(list, flush)) {
                    wrapped = flush;
                    hang = 0;
                }
            }
            List<KnuthPlass.Line> broken = wrapped.lines();
            List<SetLine> set = SetLine.set(list, broken, region.width() - mark, SetLine.Alignment.LEFT);
            for (int j = 0; j < set.size(); j++) {
                lines.add(j == 0 ? set.get(j) : continued(c, set.get(j), mark, hang, face, size));
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

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    private static TextRun codeRun(String text, FontFace face, long size, int rgb, BlockId block, boolean string) {
        return TextRun.of(text.replace(' ', '\u00A0'), face, size)
                .rgb(rgb)
                .role(Role.CODE)
                .block(block)
                .breaks(string ? TextRun.Breaks.STRING : TextRun.Breaks.CODE)
                .build();
    }

    /** How many spaces a code line starts with: its continuations hang that far in, past the mark. */
    private static int indent(List<Highlighter.Token> line) {
        int spaces = 0;
        for (Highlighter.Token token : line) {
            for (int i = 0; i < token.text().length(); i++) {
                if (token.text().charAt(i) != ' ') {
                    return spaces;
                }
                spaces++;
            }
        }
        return 0;
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

    /** A wrapped code line's continuation: hung in by the line's indent, an arrow, then the rest. */
    private static SetLine continued(Cursor c, SetLine line, long mark, long hang, FontFace face, long size) {
        ParagraphItems arrow = new ParagraphItems(c.shaper, false, false, c::missing);
        arrow.add(TextRun.of("→", face, size)
                .rgb(c.theme.syntax().comment().rgb())
                .role(Role.ARTIFACT)
                .build());
        List<Item> list = arrow.finish();
        SetLine marker = SetLine.set(list, FirstFit.breakLines(list, mark).lines(), mark, SetLine.Alignment.LEFT)
                .get(0);
        List<SetLine.Piece> pieces = new ArrayList<>();
        for (SetLine.Piece piece : marker.pieces()) {
            pieces.add(new SetLine.Piece(piece.text(), piece.x() + hang, piece.spaced(), piece.scale()));
        }
        for (SetLine.Piece piece : line.pieces()) {
            pieces.add(new SetLine.Piece(piece.text(), piece.x() + mark + hang, piece.spaced(), piece.scale()));
        }
        return new SetLine(pieces, line.notes(), false, line.overfull());
    }
}
