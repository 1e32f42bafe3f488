package io.github.imprint.typeset.linebreak;

import java.util.ArrayList;
import java.util.List;

/**
 * Ragged-right breaking for headings, captions, code and narrow columns: each line takes as many items
 * as fit at their natural width and breaks at the last legal place (TeX's "first fit"). A word wider
 * than the measure with nowhere to break is set overfull on a line of its own, and counted, so the
 * caller can report it. A break that costs {@link CodeBreaks#LAST_RESORT} or more is taken only where
 * no cheaper one lets the line fit. Lines after the first may hang in, as wrapped code lines do.
 */
public final class FirstFit {

    private FirstFit() {}

    public static KnuthPlass.Result breakLines(List<Item> items, long measure) {
        return breakLines(items, measure, null);
    }

    /** As {@link #breakLines(List, long)}, telling {@code trace} each line and its natural width. */
    public static KnuthPlass.Result breakLines(List<Item> items, long measure, BreakTrace trace) {
        return breakLines(items, measure, 0, trace);
    }

    /** As {@link #breakLines(List, long)}, with every line after the first {@code hang} shorter. */
    public static KnuthPlass.Result breakLines(List<Item> items, long firstMeasure, long hang) {
        return breakLines(items, firstMeasure, hang, null);
    }

    private static KnuthPlass.Result breakLines(List<Item> items, long firstMeasure, long hang, BreakTrace trace) {
        List<KnuthPlass.Line> lines = new ArrayList<>();
        int start = 0;
        int overfull = 0;
        int n = items.size();
        while (start < n) {
            long measure = lines.isEmpty() ? firstMeasure : firstMeasure - hang;
            long width = 0;
            int lastBreak = -1;
            int lastResort = -1;
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
                boolean resort = item instanceof Item.Penalty p && p.penalty() >= CodeBreaks.LAST_RESORT;
                if (legal && width + extra <= measure) {
                    if (resort) {
                        lastResort = i;
                    } else {
                        lastBreak = i;
                    }
                } else if (legal && lastBreak < 0 && lastResort < 0) {
                    end = i;
                    break;
                }
                if (!(item instanceof Item.Penalty)) {
                    width += item.width();
                }
                if (width > measure && (lastBreak >= 0 || lastResort >= 0)) {
                    end = lastBreak >= 0 ? lastBreak : lastResort;
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

    /** Whether {@code wrapped} leaves a line overfull or ends one at a last resort (inside a string). */
    public static boolean forced(List<Item> items, KnuthPlass.Result wrapped) {
        if (wrapped.overfull() > 0) {
            return true;
        }
        for (KnuthPlass.Line line : wrapped.lines()) {
            if (line.end() < items.size()
                    && items.get(line.end()) instanceof Item.Penalty p
                    && p.penalty() >= CodeBreaks.LAST_RESORT
                    && p.penalty() < Item.INFINITY) {
                return true;
            }
        }
        return false;
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
