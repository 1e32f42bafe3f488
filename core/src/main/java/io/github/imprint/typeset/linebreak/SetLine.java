package io.github.imprint.typeset.linebreak;

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

    /** Shaped text at an offset from the line's start. */
    public record Piece(ShapedText text, long x) {
    }

    /** The line's glyph runs, placed with its start at {@code x} and its baseline at {@code baseline}. */
    public List<Placed> place(long x, long baseline) {
        List<Placed> runs = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            ShapedText t = piece.text();
            long[] xs = new long[t.glyphs().length];
            long at = x + piece.x();
            for (int g = 0; g < xs.length; g++) {
                xs[g] = at;
                at += t.advances()[g];
            }
            runs.add(new Placed.GlyphRun(t.face(), t.size(), baseline - t.rise(), t.glyphs(), xs, t.text(), t.ligated(),
                    t.rgb(), t.role(), t.block()));
        }
        return runs;
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
            int lastGlue = -1;
            for (int i = line.start(); i < line.end(); i++) {
                Item item = items.get(i);
                if (item instanceof Item.Box box) {
                    if (box.text() != null && box.text().glyphs().length > 0) {
                        pieces.add(new Piece(box.text(), x));
                    }
                    if (box.note() >= 0 && !notes.contains(box.note())) {
                        notes.add(box.note());
                    }
                    x += box.width();
                } else if (item instanceof Item.Glue glue) {
                    lastGlue = i;
                    x += glue.width() + Math.round(ratio > 0 ? ratio * glue.stretch() : ratio * glue.shrink());
                }
            }
            boolean hyphenated = false;
            if (line.end() < items.size() && items.get(line.end()) instanceof Item.Penalty p && p.hyphen() != null) {
                pieces.add(new Piece(p.hyphen(), x));
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
                pieces.replaceAll(p -> new Piece(p.text(), p.x() + shift));
            }
            result.add(new SetLine(pieces, notes, hyphenated, line.ratio() < -1 || natural > measure + 500));
        }
        return result;
    }

    /** How lines sit in the measure. */
    public enum Alignment { JUSTIFY, LEFT, CENTER, RIGHT }
}
