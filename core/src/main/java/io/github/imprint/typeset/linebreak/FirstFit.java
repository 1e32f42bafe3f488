package io.github.imprint.typeset.linebreak;

import java.util.ArrayList;
import java.util.List;

/**
 * Ragged-right breaking for headings, captions, code and narrow columns: each line takes as many items
 * as fit at their natural width and breaks at the last legal place (TeX's "first fit"). A word wider
 * than the measure with nowhere to break is set overfull on a line of its own, and counted, so the
 * caller can report it.
 */
public final class FirstFit {

    private FirstFit() {}

    public static KnuthPlass.Result breakLines(List<Item> items, long measure) {
        return breakLines(items, measure, null);
    }

    /** As {@link #breakLines(List, long)}, telling {@code trace} each line and its natural width. */
    public static KnuthPlass.Result breakLines(List<Item> items, long measure, BreakTrace trace) {
        List<KnuthPlass.Line> lines = new ArrayList<>();
        int start = 0;
        int overfull = 0;
        int n = items.size();
        while (start < n) {
            long width = 0;
            int lastBreak = -1;
            int i = start;
            int end = -1;
            for (; i < n; i++) {
                Item item = items.get(i);
                if (item instanceof Item.Penalty p && p.penalty() == -Item.INFINITY) {
                    end = i;
                    break;
                }
                boolean legal = item instanceof Item.Glue
                        ? i > start && items.get(i - 1) instanceof Item.Box
                        : item instanceof Item.Penalty p && p.penalty() < Item.INFINITY;
                long extra = item instanceof Item.Penalty p ? p.width() : 0;
                if (legal && width + extra <= measure) {
                    lastBreak = i;
                } else if (legal && lastBreak < 0) {
                    end = i;
                    break;
                }
                if (!(item instanceof Item.Penalty)) {
                    width += item.width();
                }
                if (width > measure && lastBreak >= 0) {
                    end = lastBreak;
                    break;
                }
            }
            if (end < 0) {
                end = Math.min(i, n - 1);
            }
            long natural = 0;
            for (int k = start; k < end; k++) {
                if (!(items.get(k) instanceof Item.Penalty)) {
                    natural += items.get(k).width();
                }
            }
            if (natural > measure) {
                overfull++;
            }
            if (trace != null) {
                trace.ragged(lines.size() + 1, text(items, start, end), natural, measure);
            }
            lines.add(new KnuthPlass.Line(start, end, 0, 0, 0));
            start = KnuthPlass.nextLineStart(items, end);
            if (start >= n - 1 && end >= n - 1) {
                break;
            }
        }
        return new KnuthPlass.Result(lines, 0, overfull);
    }

    private static String text(List<Item> items, int start, int end) {
        StringBuilder text = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (items.get(k) instanceof Item.Box box && box.text() != null) {
                text.append(box.text().text());
            } else if (items.get(k) instanceof Item.Glue) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
