package io.github.imprint.typeset.linebreak;

import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Placed;
import io.github.imprint.typeset.shape.ShapedText;
import java.util.ArrayList;
import java.util.List;

/**
 * A line whose glue is set: its pieces of text at their x offsets from the line's start, the footnotes
 * it calls, and whether it ends with a hyphen.
 */
public record SetLine(List<Piece> pieces, List<Destination.Note> notes, boolean hyphenated, boolean overfull) {

    public SetLine {
        pieces = List.copyOf(pieces);
        notes = List.copyOf(notes);
    }

    /**
     * Letter spacing a line that stretches may take, at most, as a share of the em: 2% (about 8% of a
     * word space, InDesign's letter-spacing maximum as typographers commonly set it). A stretched
     * line's slack is shared by its spaces, its glyphs' expansion and the gaps between its letters,
     * each in proportion to how far it may go, so the spaces open less. The breaker does not count it:
     * it sees the same lines as before, and only their setting is more even. On The Cargo Book the
     * spread of word spaces fell from 1.34 to 1.26 (at 3%, 1.24; at 4%, 1.21, where letters begin to
     * look spaced); the lines that stay loose are those before a long name that cannot break, whose
     * slack no letter spacing a reader accepts could take. Only letters of scripts whose letters
     * stand apart (Latin, Greek, Cyrillic) are spaced, never a mark from its base.
     */
    static final double LETTER_SPACING = 0.02;

    /**
     * Shaped text at an offset from the line's start, its glyphs scaled horizontally by {@code scale}
     * (font expansion) and {@code tracking} millipoints set after each glyph that a glyph with an
     * advance follows (letter spacing); {@code spaced} when an interword space follows it.
     */
    public record Piece(ShapedText text, long x, boolean spaced, double scale, long tracking) {

        public Piece(ShapedText text, long x, boolean spaced, double scale) {
            this(text, x, spaced, scale, 0);
        }

        /** The piece moved to {@code x}. */
        Piece at(long x) {
            return new Piece(text, x, spaced, scale, tracking);
        }

        /** How far the piece's glyphs reach, letter spacing included. */
        long width() {
            long[] advances = text.advances();
            long w = 0;
            for (int n = 0; n < advances.length; n++) {
                w += Math.round(advances[n] * scale) + (n + 1 < advances.length ? spacingBefore(n + 1) : 0);
            }
            return w;
        }

        /** The letter spacing set before glyph {@code n}: none before a mark, which has no advance. */
        long spacingBefore(int n) {
            return tracking != 0 && text.advances()[n] > 0 ? tracking : 0;
        }
    }

    /**
     * The line's glyph runs, placed with its start at {@code x} and its baseline at {@code baseline}.
     * Neighbouring pieces in the same face, size, colour and role become one run; where glue stood
     * between them the run's text has a space and its glyphs a gap. (A space glyph in the gap would
     * overlap the next word on a tight line, and text extraction then joins the words.)
     */
    public List<Placed> place(long x, long baseline) {
        List<Placed> runs = new ArrayList<>(2);
        int i = 0;
        while (i < pieces.size()) {
            ShapedText first = pieces.get(i).text();
            int j = i + 1;
            while (j < pieces.size()
                    && compatible(first, pieces.get(j).text())
                    && pieces.get(j).scale() == pieces.get(i).scale()) {
                j++;
            }
            int count = 0;
            for (int k = i; k < j; k++) {
                count += pieces.get(k).text().glyphs().length;
            }
            int[] glyphs = new int[count];
            long[] xs = new long[count];
            long[] rises = null;
            StringBuilder text = new StringBuilder();
            boolean ligated = false;
            int g = 0;
            for (int k = i; k < j; k++) {
                Piece piece = pieces.get(k);
                ShapedText t = piece.text();
                long at = x + piece.x();
                for (int n = 0; n < t.glyphs().length; n++) {
                    if (t.rises() != null && t.rises()[n] != 0) {
                        rises = rises == null ? new long[count] : rises;
                        rises[g] = t.rises()[n];
                    }
                    glyphs[g] = t.glyphs()[n];
                    at += n > 0 ? piece.spacingBefore(n) : 0;
                    xs[g++] = at;
                    at += Math.round(t.advances()[n] * piece.scale());
                }
                text.append(t.text());
                ligated |= t.ligated();
                if (k + 1 < j && piece.spaced()) {
                    text.append(' ');
                }
            }
            runs.add(new Placed.GlyphRun(
                    first.face(),
                    first.size(),
                    baseline - first.rise(),
                    glyphs,
                    xs,
                    text.toString(),
                    ligated,
                    first.rgb(),
                    first.role(),
                    first.block(),
                    pieces.get(i).scale(),
                    first.link(),
                    first.language(),
                    rises,
                    first.marking().rightToLeft()));
            i = j;
        }
        return runs;
    }

    /** Whether two pieces can share a run; a piece with a ligature keeps a run (and its ActualText) to itself. */
    private static boolean compatible(ShapedText a, ShapedText b) {
        return !a.ligated()
                && !b.ligated()
                && a.face().equals(b.face())
                && a.size() == b.size()
                && a.marking().equals(b.marking());
    }

    /** Sets the lines of a left-to-right paragraph. */
    public static List<SetLine> set(List<Item> items, List<KnuthPlass.Line> lines, long measure, Alignment alignment) {
        return set(items, lines, measure, alignment, false);
    }

    /**
     * Sets the lines a breaker chose: glue stretched or shrunk by each line's ratio, each line put in
     * visual order ({@link VisualOrder}), ragged lines aligned to the paragraph's start, which is the
     * right edge when it runs right to left.
     */
    public static List<SetLine> set(
            List<Item> items, List<KnuthPlass.Line> lines, long measure, Alignment alignment, boolean rightToLeft) {
        List<SetLine> result = new ArrayList<>(lines.size());
        for (KnuthPlass.Line line : lines) {
            List<Piece> pieces = new ArrayList<>();
            List<Destination.Note> notes = new ArrayList<>();
            long x = -line.protrudeLeft();
            // The line's own slack decides how its glue and its letters are set: font expansion and letter
            // spacing take their shares up to their limits, the glue the rest. (The breaker's ratio may
            // include an emergency stretch that no item holds.)
            long natural = -line.protrudeLeft() - line.protrudeRight();
            long glueStretch = 0;
            long glueShrink = 0;
            long boxExpand = 0;
            for (int i = line.start(); i < line.end(); i++) {
                Item item = items.get(i);
                if (item instanceof Item.Glue glue) {
                    glueStretch += glue.stretch();
                    glueShrink += glue.shrink();
                    natural += glue.width();
                } else if (item instanceof Item.Box box) {
                    boxExpand += box.expand();
                    natural += box.width();
                }
            }
            if (line.end() < items.size() && items.get(line.end()) instanceof Item.Penalty p) {
                natural += p.width();
            }
            long slack = measure - natural;
            boolean lastLine = line.end() == items.size() - 1;
            double ratio = 0;
            double expansion = 0;
            double spacing = 0;
            boolean[] spaced = null;
            if (alignment == Alignment.JUSTIFY && slack > 0 && !lastLine && glueStretch + boxExpand > 0) {
                spaced = spaced(items, line);
                long spaceable = spaceable(items, line, spaced);
                expansion = Math.min(1, slack / (double) (glueStretch + boxExpand + spaceable));
                spacing = spaceable > 0 ? expansion : 0;
                ratio = glueStretch > 0 ? (slack - expansion * boxExpand - spacing * spaceable) / glueStretch : 0;
            } else if (alignment == Alignment.JUSTIFY && slack < 0 && glueShrink + boxExpand > 0) {
                expansion = Math.max(-1, slack / (double) (glueShrink + boxExpand));
                ratio = glueShrink > 0 ? Math.max(-1, (slack - expansion * boxExpand) / glueShrink) : 0;
            }
            for (int i = line.start(); i < line.end(); i++) {
                Item item = items.get(i);
                if (item instanceof Item.Box box) {
                    double scale = box.expand() > 0 ? 1 + expansion * ParagraphItems.EXPANSION : 1;
                    long tracking = spacing > 0 && spaced[i - line.start()]
                            ? Math.round(spacing * LETTER_SPACING * box.text().size())
                            : 0;
                    Piece piece = null;
                    if (box.text() != null && box.text().glyphs().length > 0) {
                        piece = new Piece(box.text(), x, false, scale, tracking);
                        pieces.add(piece);
                    }
                    if (box.note() != null && !notes.contains(box.note())) {
                        notes.add(box.note());
                    }
                    if (tracking == 0) {
                        x += box.expand() > 0 ? Math.round(box.width() * scale) : box.width();
                    } else {
                        x += piece.width() + (wordGoesOn(items, line, spaced, i) ? tracking : 0);
                    }
                } else if (item instanceof Item.Glue glue) {
                    if (!pieces.isEmpty() && glue.space()) {
                        Piece last = pieces.get(pieces.size() - 1);
                        pieces.set(
                                pieces.size() - 1,
                                new Piece(last.text(), last.x(), true, last.scale(), last.tracking()));
                    }
                    x += glue.width() + Math.round(ratio > 0 ? ratio * glue.stretch() : ratio * glue.shrink());
                }
            }
            boolean hyphenated = false;
            if (line.end() < items.size() && items.get(line.end()) instanceof Item.Penalty p && p.hyphen() != null) {
                ShapedText hyphen = p.hyphen();
                if (p.discretionary()) {
                    // a hyphen the breaker put in reads back as a soft hyphen: the word is whole (PDF 14.8.2.2.3)
                    hyphen = new ShapedText(
                            hyphen.face(),
                            hyphen.size(),
                            hyphen.glyphs(),
                            hyphen.advances(),
                            "\u00AD",
                            hyphen.ligated(),
                            hyphen.marking());
                }
                pieces.add(new Piece(hyphen, x, false, 1));
                x += p.width();
                hyphenated = true;
            }
            pieces = VisualOrder.of(pieces, rightToLeft, -line.protrudeLeft());
            long set = x + line.protrudeLeft() - line.protrudeRight();
            long shift = switch (alignment) {
                case CENTER -> (measure - set) / 2;
                case RIGHT -> rightToLeft ? 0 : measure - set;
                default -> rightToLeft ? measure - set : 0;
            };
            if (shift != 0) {
                pieces = pieces.stream().map(p -> p.at(p.x() + shift)).toList();
            }
            result.add(new SetLine(pieces, notes, hyphenated, set > measure + 500));
        }
        return result;
    }

    /**
     * How far letter spacing at its limit would widen a line: {@link #LETTER_SPACING} of the size for
     * every gap between two letters of its words, the gap between two boxes of one word included.
     */
    private static long spaceable(List<Item> items, KnuthPlass.Line line, boolean[] spaced) {
        double total = 0;
        for (int i = line.start(); i < line.end(); i++) {
            if (spaced[i - line.start()]) {
                Item.Box box = (Item.Box) items.get(i);
                long[] advances = box.text().advances();
                int gaps = wordGoesOn(items, line, spaced, i) ? 1 : 0;
                for (int n = 1; n < advances.length; n++) {
                    gaps += advances[n] > 0 ? 1 : 0;
                }
                total += gaps * LETTER_SPACING * box.text().size();
            }
        }
        return Math.round(total);
    }

    /** Whether the box after item {@code i}, with only penalties between, is a spaced part of the same word. */
    private static boolean wordGoesOn(List<Item> items, KnuthPlass.Line line, boolean[] spaced, int i) {
        for (int k = i + 1; k < line.end(); k++) {
            if (!(items.get(k) instanceof Item.Penalty)) {
                return spaced[k - line.start()];
            }
        }
        return false;
    }

    /** Which of a line's items are boxes whose letters may be spaced, each decided once. */
    private static boolean[] spaced(List<Item> items, KnuthPlass.Line line) {
        boolean[] spaced = new boolean[line.end() - line.start()];
        for (int i = line.start(); i < line.end(); i++) {
            spaced[i - line.start()] = items.get(i) instanceof Item.Box box && spaced(box);
        }
        return spaced;
    }

    /**
     * Whether a box's letters may be spaced: a justifiable word, set left to right on the baseline, in
     * scripts whose letters stand apart.
     */
    private static boolean spaced(Item.Box box) {
        ShapedText text = box.text();
        if (box.expand() <= 0 || text == null || text.glyphs().length == 0 || text.rises() != null) {
            return false;
        }
        if (text.marking().rightToLeft() || text.marking().level() != 0) {
            return false;
        }
        return text.text().codePoints().allMatch(c -> switch (Character.UnicodeScript.of(c)) {
            case LATIN, GREEK, CYRILLIC, COMMON -> true;
            default -> false;
        });
    }

    /** How lines sit in the measure. */
    public enum Alignment {
        JUSTIFY,
        LEFT,
        CENTER,
        RIGHT
    }
}
