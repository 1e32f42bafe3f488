package io.github.imprint.typeset.linebreak;

import java.util.List;
import java.util.Locale;

/**
 * A readable account of how a paragraph was broken, in the spirit of TeX's {@code \tracingparagraphs}.
 * Each pass opens with its name; the paragraph's text is shown up to each feasible break, then one
 * line for every way of reaching that break and one for every active node it became:
 *
 * <pre>
 * @secondpass
 * In olden times when wishing still helped one, there lived a
 * @ via @@0 b=12 p=0 d=484
 * @@1: line 1.2 t=484 -> @@0
 * </pre>
 *
 * {@code b} is the line's badness ({@code *} when it is overfull and taken only as a last resort),
 * {@code p} the penalty at the break, {@code d} the demerits of the line, {@code line l.f} the line
 * number and fitness class (0 very loose, 1 loose, 2 decent, 3 tight), {@code t} the total demerits
 * of the best way to the node. A break that was feasible but would have made a third hyphen in a row
 * shows as {@code @ via @@n … refused: 3 hyphens in a row}. The trace ends with the chosen breaks.
 * A breaker given no trace pays one null test per feasible break.
 */
public final class BreakTrace {

    private final StringBuilder out = new StringBuilder();
    private List<Item> items;
    private int printed;
    private int serial;

    /** Starts a paragraph's trace with a heading line, such as its source position and measure. */
    public BreakTrace(String heading) {
        out.append(heading).append('\n');
    }

    void pass(String name, List<Item> paragraph) {
        items = paragraph;
        printed = 0;
        serial = 0;
        out.append('@').append(name).append('\n');
    }

    /** The text from the last break shown up to the break at {@code b}. */
    void upTo(int b) {
        if (b < printed) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int i = printed; i < b; i++) {
            Item item = items.get(i);
            if (item instanceof Item.Box box && box.text() != null) {
                text.append(box.text().text());
            } else if (item instanceof Item.Box) {
                text.append("[]");
            } else if (item instanceof Item.Glue) {
                text.append(' ');
            }
        }
        if (items.get(b) instanceof Item.Penalty p && p.discretionary()) {
            text.append("\\-");
        }
        out.append(text.toString().replace('\u00A0', '~').strip()).append('\n');
        printed = b + 1;
    }

    void via(int from, double badness, boolean overfull, int penalty, double demerits, String refused) {
        out.append("@ via @@")
                .append(from)
                .append(" b=")
                .append(overfull ? "*" : Long.toString(Math.round(badness)))
                .append(" p=")
                .append(penalty)
                .append(" d=")
                .append(format(demerits));
        if (refused != null) {
            out.append(" refused: ").append(refused);
        }
        out.append('\n');
    }

    /** A new active node; returns its serial number. */
    int node(int line, int fitness, double total, int from) {
        int id = ++serial;
        out.append("@@")
                .append(id)
                .append(": line ")
                .append(line)
                .append('.')
                .append(fitness)
                .append(" t=")
                .append(format(total))
                .append(" -> @@")
                .append(from)
                .append('\n');
        return id;
    }

    void chosen(List<Integer> path, int pass) {
        out.append("chosen in pass ").append(pass).append(": @@0");
        for (int node : path) {
            out.append(" -> @@").append(node);
        }
        out.append('\n');
    }

    /** A ragged paragraph: each line, its natural width against the measure. */
    void ragged(int line, String text, long natural, long measure) {
        out.append("line ")
                .append(line)
                .append(": ")
                .append(text.replace('\u00A0', '~').strip())
                .append(" (")
                .append(points(natural))
                .append(" of ")
                .append(points(measure))
                .append(natural > measure ? ", overfull" : "")
                .append(")\n");
    }

    private static String format(double demerits) {
        return demerits >= 1e9 ? "*" : Long.toString(Math.round(demerits));
    }

    /** A length in points with two decimals, as traces print it. */
    public static String points(long millipoints) {
        return String.format(Locale.ROOT, "%.2fpt", millipoints / 1000.0);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
