package io.github.imprint.typeset.linebreak;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a set line in the order it is seen, as rule L2 of the Unicode bidirectional algorithm (UAX #9)
 * does: from the highest embedding level on the line down to the lowest odd one, every stretch of
 * pieces at that level or higher is reversed. Lines are broken in logical order, the order the text is
 * read and its words measured in; only a set line is reordered, so a break never depends on it.
 *
 * <p>A piece keeps the direction it was shaped in (its glyphs are already in visual order inside it),
 * so reversal moves pieces, never glyphs, and only their places change. The gap after a piece (a space, stretched or shrunk) is
 * reordered with the pieces; it takes the lower level of its two neighbours, which is where rules N1
 * and N2 put a space between them. In a right-to-left paragraph every piece is at level 1 or more, so
 * the whole line is reversed and its first word is set at the right.
 */
final class VisualOrder {

    private VisualOrder() {}

    /**
     * The pieces of a line, placed from its start, moved to where they are seen; they stay in reading
     * order, which is the order the PDF draws them in, so extraction that follows the content stream
     * reads the line as it is read. In a right-to-left line the space before its first piece (an
     * indent) moves to its right end with that piece.
     */
    static List<SetLine.Piece> of(List<SetLine.Piece> pieces, boolean rightToLeft, long start) {
        int n = pieces.size();
        int highest = 0;
        for (SetLine.Piece piece : pieces) {
            highest = Math.max(highest, piece.text().marking().level());
        }
        if (n == 0 || highest == 0 && !rightToLeft) {
            return pieces;
        }
        // elements alternate: piece 0, gap 0, piece 1, gap 1 … piece n-1
        long[] widths = new long[2 * n - 1];
        int[] levels = new int[2 * n - 1];
        for (int i = 0; i < n; i++) {
            SetLine.Piece piece = pieces.get(i);
            widths[2 * i] = piece.width();
            levels[2 * i] = piece.text().marking().level();
            if (i + 1 < n) {
                widths[2 * i + 1] = pieces.get(i + 1).x() - piece.x() - widths[2 * i];
                levels[2 * i + 1] = Math.min(
                        levels[2 * i], pieces.get(i + 1).text().marking().level());
            }
        }
        int[] order = new int[levels.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int lowestOdd = rightToLeft ? 1 : lowestOdd(levels);
        for (int level = highest; level >= lowestOdd && level > 0; level--) {
            int i = 0;
            while (i < order.length) {
                if (levels[order[i]] < level) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < order.length && levels[order[j]] >= level) {
                    j++;
                }
                reverse(order, i, j);
                i = j;
            }
        }
        long[] xs = new long[n];
        long x = rightToLeft ? start : pieces.get(0).x();
        for (int element : order) {
            if (element % 2 == 0) {
                xs[element / 2] = x;
            }
            x += widths[element];
        }
        List<SetLine.Piece> placed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SetLine.Piece piece = pieces.get(i);
            placed.add(piece.at(xs[i]));
        }
        return placed;
    }

    private static int lowestOdd(int[] levels) {
        int lowest = Integer.MAX_VALUE;
        for (int level : levels) {
            if ((level & 1) == 1) {
                lowest = Math.min(lowest, level);
            }
        }
        return lowest;
    }

    private static void reverse(int[] order, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
