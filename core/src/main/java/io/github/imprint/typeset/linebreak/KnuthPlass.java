package io.github.imprint.typeset.linebreak;

import java.util.ArrayList;
import java.util.List;

/**
 * Total-fit line breaking: Knuth and Plass, "Breaking Paragraphs into Lines", Software—Practice and
 * Experience 11 (1981), as TeX §813–890 implements it.
 *
 * <p><b>Data.</b> The paragraph is a list of {@link Item}s. Prefix sums of width, stretch and shrink
 * give any line's natural width in constant time. An <i>active node</i> is a feasible break from which
 * a line may still start: its item index, the sums just after it (glue and penalties after a break
 * vanish), its line number, its fitness class, and the least total demerits of any way of reaching it.
 *
 * <p><b>Example.</b> Three active nodes may end lines at the same glue: a tight line (adjustment ratio
 * −0.6, class 3), a decent one (0.1, class 2) and a loose one (0.8, class 1). Each gets demerits
 * {@code (linepenalty + badness)²}, with {@code badness = 100·|r|³}; the best per fitness class survives
 * as a new active node. At the end, the node with the least total demerits gives the breaks, read back
 * through its chain.
 *
 * <p><b>Parameters</b> are TeX's: pretolerance 100 for a first pass without hyphenation (which
 * {@link Parameters#imprint} makes stricter, 50), tolerance 200 for a second pass with it, then an emergency pass that adds {@code emergencyStretch} to every
 * line; line penalty 10, double-hyphen demerits 10,000, final-hyphen demerits 5,000, adjacent
 * fitness-class demerits 10,000. A last pass accepts any breaks, reports the lines that stay overfull,
 * and so never fails.
 *
 * <p><b>Protrusion.</b> A line may be longer than the measure by what its last box may hang into the
 * right margin and its first box into the left (hyphens, commas, periods, quotes), as pdfTeX's
 * character protrusion does; the breaker counts the line that much shorter.
 *
 * <p><b>Hyphens in a row.</b> Beyond TeX, an active node remembers how many lines in a row end with a
 * hyphen, and a break that would make it three is not taken; nodes are kept best per fitness class
 * and per that count, so the limit costs no good solution.
 *
 * <p><b>Tracing.</b> Given a {@link BreakTrace}, the breaker tells every feasible break it tries and
 * every active node it makes, as TeX does under {@code \tracingparagraphs}, so "why is this line
 * loose" has an answer that needs no debugger.
 *
 * <p><b>Strategy.</b> One pass is one loop over the items, trying each legal break against every active
 * node; nodes whose lines would be overfull are dropped. Cost is linear in items times active nodes,
 * which tolerance keeps small.
 */
public final class KnuthPlass {

    /** The breaker's parameters; {@link #TEX} are plain TeX's. */
    public record Parameters(
            int pretolerance,
            int tolerance,
            long emergencyStretch,
            int linePenalty,
            int doubleHyphenDemerits,
            int finalHyphenDemerits,
            int adjacentDemerits) {
        public static Parameters tex(long emergencyStretch) {
            return new Parameters(100, 200, emergencyStretch, 10, 10_000, 5_000, 10_000);
        }

        /**
         * Imprint's choice for justified text: TeX's values, but with a first pass that is stricter
         * than TeX's (pretolerance 50, not 100). A paragraph whose every line fits with badness 50 or
         * less, which font expansion makes common, is set without hyphens; any other is set again with
         * hyphenation at tolerance 200. On Les Misérables, with hyphens at 50 and 4% expansion, this
         * halved the hyphenated lines (8.8% of lines to 4.6%) while the spread of word spaces stayed at
         * 1.29; a first pass at 100 cut hyphens further but loosened the spaces (1.31; with today's
         * hyphen penalty and expansion, 1.32 on Les Misérables and 1.41 on the sample article), which
         * a reader sees first.
         */
        public static Parameters imprint(long emergencyStretch) {
            return new Parameters(50, 200, emergencyStretch, 10, 10_000, 5_000, 10_000);
        }
    }

    /** The chosen breaks and what it took to find them. */
    public record Result(List<Line> lines, int pass, int overfull) {}

    /**
     * One line: items {@code [start, end)} with the break at {@code end} (a glue or penalty, or the
     * end), the adjustment ratio its glue is set with, and the protrusion into each margin.
     */
    public record Line(int start, int end, double ratio, long protrudeLeft, long protrudeRight) {}

    private static final class Node {
        final int position;
        final int line;
        final int fitness;
        final long width;
        final long stretch;
        final long shrink;
        final double demerits;
        final Node previous;
        final double ratio;
        final long protrudeLeft;
        final long protrudeRight;
        final boolean flagged;
        int hyphens;
        /** The node's number in a trace (0 for the paragraph's start). */
        int serial;

        Node withHyphens(int count) {
            hyphens = count;
            return this;
        }

        Node(
                int position,
                int line,
                int fitness,
                long width,
                long stretch,
                long shrink,
                double demerits,
                Node previous,
                double ratio,
                long protrudeLeft,
                long protrudeRight,
                boolean flagged) {
            this.hyphens = flagged ? (previous == null ? 1 : previous.hyphens + 1) : 0;
            this.position = position;
            this.line = line;
            this.fitness = fitness;
            this.width = width;
            this.stretch = stretch;
            this.shrink = shrink;
            this.demerits = demerits;
            this.previous = previous;
            this.ratio = ratio;
            this.protrudeLeft = protrudeLeft;
            this.protrudeRight = protrudeRight;
            this.flagged = flagged;
        }
    }

    /** No more than this many lines in a row may end with a hyphen (except in the last resort). */
    static final int MAX_HYPHENS = 2;

    private final int hyphensBefore;
    private final List<Item> items;
    private final long measure;
    private final Parameters parameters;
    private final long[] width;
    private final long[] stretch;
    private final long[] shrink;
    /** Where the breaker tells what it tries, or null. */
    private final BreakTrace trace;

    private KnuthPlass(List<Item> items, long measure, Parameters parameters, int hyphensBefore, BreakTrace trace) {
        this.trace = trace;
        this.hyphensBefore = hyphensBefore;
        this.items = items;
        this.measure = measure;
        this.parameters = parameters;
        int n = items.size();
        width = new long[n + 1];
        stretch = new long[n + 1];
        shrink = new long[n + 1];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            width[i + 1] = width[i] + (item instanceof Item.Penalty ? 0 : item.width());
            long expand = item instanceof Item.Box b ? b.expand() : 0;
            stretch[i + 1] = stretch[i] + (item instanceof Item.Glue g ? g.stretch() : expand);
            shrink[i + 1] = shrink[i] + (item instanceof Item.Glue g ? g.shrink() : expand);
        }
    }

    /**
     * Breaks a paragraph; its items must end with a forced break (parfillskip glue and a penalty of
     * −{@value Item#INFINITY}), as {@link ParagraphItems} makes them.
     */
    public static Result breakLines(List<Item> items, long measure, Parameters parameters) {
        return breakLines(items, measure, parameters, 0);
    }

    /**
     * @param hyphensBefore how many lines in a row ended with a hyphen just before this paragraph (its
     *                      last line aside), so the limit holds across paragraphs as a reader sees them
     */
    public static Result breakLines(List<Item> items, long measure, Parameters parameters, int hyphensBefore) {
        return breakLines(items, measure, parameters, hyphensBefore, null);
    }

    /** As {@link #breakLines(List, long, Parameters, int)}, telling {@code trace} what it tries. */
    public static Result breakLines(
            List<Item> items, long measure, Parameters parameters, int hyphensBefore, BreakTrace trace) {
        KnuthPlass breaker = new KnuthPlass(items, measure, parameters, hyphensBefore, trace);
        Node best = parameters.pretolerance() >= 0
                ? breaker.pass("firstpass", parameters.pretolerance(), false, 0, false)
                : null;
        int pass = 1;
        if (best == null) {
            best = breaker.pass("secondpass", parameters.tolerance(), true, 0, false);
            pass = 2;
        }
        if (best == null && parameters.emergencyStretch() > 0) {
            best = breaker.pass("emergencypass", parameters.tolerance(), true, parameters.emergencyStretch(), false);
            pass = 3;
        }
        if (best == null) {
            best = breaker.pass("lastresort", Item.INFINITY, true, parameters.emergencyStretch(), true);
            pass = 4;
        }
        if (trace != null) {
            List<Integer> path = new ArrayList<>();
            for (Node n = best; n.previous != null; n = n.previous) {
                path.add(0, n.serial);
            }
            trace.chosen(path, pass);
        }
        List<Line> lines = new ArrayList<>();
        int overfull = 0;
        for (Node n = best; n.previous != null; n = n.previous) {
            int start = n.previous.previous == null ? 0 : nextLineStart(items, n.previous.position);
            lines.add(0, new Line(start, n.position, n.ratio, n.previous.protrudeLeft, n.protrudeRight));
            if (n.ratio < -1) {
                overfull++;
            }
        }
        return new Result(lines, pass, overfull);
    }

    private Node pass(String name, int tolerance, boolean hyphenate, long background, boolean last) {
        if (trace != null) {
            trace.pass(name, items);
        }
        List<Node> active = new ArrayList<>();
        long firstLeft = !items.isEmpty() && items.get(0) instanceof Item.Box box ? box.protrudeLeft() : 0;
        active.add(new Node(0, 0, 1, 0, 0, 0, 0, null, 0, firstLeft, 0, false).withHyphens(hyphensBefore));
        int n = items.size();
        for (int b = 0; b < n; b++) {
            Item item = items.get(b);
            boolean legal;
            if (item instanceof Item.Glue) {
                legal = b > 0 && items.get(b - 1) instanceof Item.Box;
            } else if (item instanceof Item.Penalty p) {
                legal = p.penalty() < Item.INFINITY && (hyphenate || !p.discretionary());
            } else {
                legal = false;
            }
            if (legal) {
                tryBreak(active, b, tolerance, background, last);
                if (active.isEmpty()) {
                    return null;
                }
            }
        }
        Node best = null;
        for (Node node : active) {
            if (node.position == n - 1 && (best == null || node.demerits < best.demerits)) {
                best = node;
            }
        }
        return best;
    }

    private void tryBreak(List<Node> active, int b, int tolerance, long background, boolean last) {
        Item item = items.get(b);
        int penalty = item instanceof Item.Penalty p ? p.penalty() : 0;
        boolean flagged = item instanceof Item.Penalty p && p.flagged();
        long penaltyWidth = item instanceof Item.Penalty p ? p.width() : 0;
        long protrudeRight = protrusionBefore(b);
        Node[] best = new Node[4 * (MAX_HYPHENS + 1)];
        Node lastDropped = null;
        for (int i = 0; i < active.size(); i++) {
            Node a = active.get(i);
            long natural = width[b] - a.width + penaltyWidth - protrudeRight - a.protrudeLeft;
            double ratio;
            if (natural < measure) {
                long y = stretch[b] - a.stretch + background;
                ratio = y > 0 ? (measure - natural) / (double) y : Double.POSITIVE_INFINITY;
            } else if (natural > measure) {
                long z = shrink[b] - a.shrink;
                ratio = z > 0 ? (measure - natural) / (double) z : Double.NEGATIVE_INFINITY;
            } else {
                ratio = 0;
            }
            double badness =
                    ratio < -1 ? Double.POSITIVE_INFINITY : Math.min(Item.INFINITY, 100 * Math.pow(Math.abs(ratio), 3));
            if (ratio < -1 || penalty == -Item.INFINITY) {
                active.remove(i--);
                lastDropped = a;
            }
            if (ratio >= -1 && badness <= tolerance) {
                double d = parameters.linePenalty() + badness;
                d *= d;
                if (penalty >= 0) {
                    d += (double) penalty * penalty;
                } else if (penalty > -Item.INFINITY) {
                    d -= (double) penalty * penalty;
                }
                if (flagged && a.flagged) {
                    d += parameters.doubleHyphenDemerits();
                }
                if (penalty == -Item.INFINITY && a.flagged) {
                    d += parameters.finalHyphenDemerits();
                }
                int fitness = ratio < -0.5 ? 3 : ratio <= 0.5 ? 2 : ratio <= 1 ? 1 : 0;
                int hyphens = flagged ? a.hyphens + 1 : 0;
                if (Math.abs(fitness - a.fitness) > 1) {
                    d += parameters.adjacentDemerits();
                }
                if (trace != null) {
                    trace.upTo(b);
                    trace.via(
                            a.serial,
                            badness,
                            false,
                            penalty,
                            d,
                            hyphens > MAX_HYPHENS && !last ? (MAX_HYPHENS + 1) + " hyphens in a row" : null);
                }
                if (hyphens > MAX_HYPHENS && !last) {
                    continue;
                }
                int slot = fitness * (MAX_HYPHENS + 1) + Math.min(hyphens, MAX_HYPHENS);
                d += a.demerits;
                if (best[slot] == null || d < best[slot].demerits) {
                    best[slot] = node(b, a, fitness, d, ratio, protrudeRight, flagged);
                }
            }
        }
        boolean added = false;
        for (Node candidate : best) {
            if (candidate != null) {
                active.add(candidate);
                added = true;
                traced(candidate);
            }
        }
        if (!added && active.isEmpty() && last && lastDropped != null) {
            long natural = width[b] - lastDropped.width + penaltyWidth - protrudeRight - lastDropped.protrudeLeft;
            long z = shrink[b] - lastDropped.shrink;
            double ratio = z > 0 ? Math.max(-1.0 * natural, (measure - natural) / (double) z) : -2;
            Node overfull = node(
                    b, lastDropped, 3, lastDropped.demerits + 1e9, Math.min(ratio, -1.0000001), protrudeRight, flagged);
            active.add(overfull);
            if (trace != null) {
                trace.upTo(b);
                trace.via(lastDropped.serial, 0, true, penalty, 1e9, null);
                traced(overfull);
            }
        }
    }

    private void traced(Node node) {
        if (trace != null) {
            node.serial = trace.node(node.line, node.fitness, node.demerits, node.previous.serial);
        }
    }

    /**
     * A new active node for a break at {@code b}: the next line starts at the first box after it, the
     * glue and penalties in between vanishing with the break, so its sums are those before that box.
     */
    private Node node(
            int b, Node from, int fitness, double demerits, double ratio, long protrudeRight, boolean flagged) {
        int i = nextLineStart(items, b);
        long protrudeLeft = i < items.size() && items.get(i) instanceof Item.Box box ? box.protrudeLeft() : 0;
        return new Node(
                b,
                from.line + 1,
                fitness,
                width[i],
                stretch[i],
                shrink[i],
                demerits,
                from,
                ratio,
                protrudeLeft,
                protrudeRight,
                flagged);
    }

    /** The first item of the line after a break at {@code b}: the next box, or a forced break. */
    static int nextLineStart(List<Item> items, int b) {
        int i = b + 1;
        while (i < items.size()
                && !(items.get(i) instanceof Item.Box)
                && !(items.get(i) instanceof Item.Penalty p && p.penalty() == -Item.INFINITY)) {
            i++;
        }
        return i;
    }

    /** What the material just before a break at {@code b} may hang into the right margin. */
    private long protrusionBefore(int b) {
        Item item = items.get(b);
        if (item instanceof Item.Penalty p && p.width() > 0) {
            return p.protrudeRight();
        }
        for (int i = b - 1; i >= 0; i--) {
            Item before = items.get(i);
            if (before instanceof Item.Box box) {
                return box.width() > 0 ? box.protrudeRight() : 0;
            }
            if (before instanceof Item.Glue) {
                return 0;
            }
        }
        return 0;
    }
}
