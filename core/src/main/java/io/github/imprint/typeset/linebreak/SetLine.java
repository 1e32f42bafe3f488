package io.github.imprint.typeset.linebreak;

import io.github.imprint.font.FontMetrics;
import io.github.imprint.layout.Placed;
import io.github.imprint.typeset.shape.ShapedText;

import java.util.ArrayList;
import java.util.List;

/**
 * A line whose glue is set: its pieces of text at their x offsets from the line's start, the footnotes
 * it calls, and whether it ends with a hyphen.
 */
public record SetLine(List<Piece> pieces, List<Integer> notes, boolean hyphenated, boolean overfull) {

    public SetLine {
        pieces = List.copyOf(pieces);
        notes = List.copyOf(notes);
    }

    /** Shaped text at an offset from the line's start; {@code spaced} when an interword space follows it. */
    public record Piece(ShapedText text, long x, boolean spaced) {
    }

    /**
     * The line's glyph runs, placed with its start at {@code x} and its baseline at {@code baseline}.
     * Neighbouring pieces in the same face, size, colour and role become one run, and where glue stood
     * between them a real space glyph is placed in the gap, so that every reader of the PDF (search,
     * copy, screen readers, text extraction) finds the words apart however tightly the line is set.
     */
    public List<Placed> place(long x, long baseline) {
        List<Placed> runs = new ArrayList<>(2);
        int i = 0;
        while (i < pieces.size()) {
            ShapedText first = pieces.get(i).text();
            int j = i + 1;
            while (j < pieces.size() && compatible(first, pieces.get(j).text())) {
                j++;
            }
            int count = 0;
            for (int k = i; k < j; k++) {
                count += pieces.get(k).text().glyphs().length + (k + 1 < j && pieces.get(k).spaced() ? 1 : 0);
            }
            int[] glyphs = new int[count];
            long[] xs = new long[count];
            StringBuilder text = new StringBuilder();
            boolean ligated = false;
            int g = 0;
            int space = FontMetrics.of(first.face()).glyph(' ');
            for (int k = i; k < j; k++) {
                Piece piece = pieces.get(k);
                ShapedText t = piece.text();
                long at = x + piece.x();
                for (int n = 0; n < t.glyphs().length; n++) {
                    glyphs[g] = t.glyphs()[n];
                    xs[g++] = at;
                    at += t.advances()[n];
                }
                text.append(t.text());
                ligated |= t.ligated();
                if (k + 1 < j && piece.spaced()) {
                    glyphs[g] = space;
                    xs[g++] = at;
                    text.append(' ');
                }
            }
            runs.add(new Placed.GlyphRun(first.face(), first.size(), baseline - first.rise(), glyphs, xs, text.toString(),
                    ligated, first.rgb(), first.role(), first.block()));
            i = j;
        }
        return runs;
    }

    private static boolean compatible(ShapedText a, ShapedText b) {
        return a.face().equals(b.face()) && a.size() == b.size() && a.rgb() == b.rgb() && a.role() == b.role()
                && a.block() == b.block() && a.rise() == b.rise();
    }

    /** Sets the lines a breaker chose: glue stretched or shrunk by each line's ratio, ragged lines aligned. */
    public static List<SetLine> set(List<Item> items, List<KnuthPlass.Line> lines, long measure, Alignment alignment) {
        List<SetLine> result = new ArrayList<>(lines.size());
        for (KnuthPlass.Line line : lines) {
            List<Piece> pieces = new ArrayList<>();
            List<Integer> notes = new ArrayList<>();
            long x = -line.protrudeLeft();
            double ratio = alignment == Alignment.JUSTIFY ? Math.max(line.ratio(), -1) : 0;
            if (alignment == Alignment.JUSTIFY && line.end() == items.size() - 1 && ratio > 0) {
                ratio = 0;
            }
            for (int i = line.start(); i < line.end(); i++) {
                Item item = items.get(i);
                if (item instanceof Item.Box box) {
                    if (box.text() != null && box.text().glyphs().length > 0) {
                        pieces.add(new Piece(box.text(), x, false));
                    }
                    if (box.note() >= 0 && !notes.contains(box.note())) {
                        notes.add(box.note());
                    }
                    x += box.width();
                } else if (item instanceof Item.Glue glue) {
                    if (!pieces.isEmpty()) {
                        Piece last = pieces.get(pieces.size() - 1);
                        pieces.set(pieces.size() - 1, new Piece(last.text(), last.x(), true));
                    }
                    x += glue.width() + Math.round(ratio > 0 ? ratio * glue.stretch() : ratio * glue.shrink());
                }
            }
            boolean hyphenated = false;
            if (line.end() < items.size() && items.get(line.end()) instanceof Item.Penalty p && p.hyphen() != null) {
                pieces.add(new Piece(p.hyphen(), x, false));
                x += p.width();
                hyphenated = true;
            }
            long natural = x + line.protrudeLeft() - line.protrudeRight();
            long shift = switch (alignment) {
                case CENTER -> (measure - natural) / 2;
                case RIGHT -> measure - natural;
                default -> 0;
            };
            if (shift != 0) {
                pieces.replaceAll(p -> new Piece(p.text(), p.x() + shift, p.spaced()));
            }
            result.add(new SetLine(pieces, notes, hyphenated, line.ratio() < -1 || natural > measure + 500));
        }
        return result;
    }

    /** How lines sit in the measure. */
    public enum Alignment { JUSTIFY, LEFT, CENTER, RIGHT }
}
