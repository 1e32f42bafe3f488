package io.github.imprint.typeset.paginate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A readable account of the page builder's decisions: for each page, how full it is, why it ends
 * where it ends (the chapter ends, a new chapter starts, or the page is full and breaks at the last
 * place a page may end, with what kept the lines after it together), the floats it passes on, and the
 * footnote lines that continue on the next page. Pages are counted within the flow they were built
 * from; {@link #text(int)} numbers them as the publication does.
 */
public final class PageTrace {

    private final List<String> pages = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    void blank() {
        pages.add("blank verso, so the chapter opens on a recto");
    }

    void page(long used, long available, int lines, int units) {
        current.setLength(0);
        current.append(String.format(
                Locale.ROOT,
                "%d line%s, %d unit%s, %.1f of %.1fpt filled",
                lines,
                lines == 1 ? "" : "s",
                units,
                units == 1 ? "" : "s",
                used / 1000.0,
                available / 1000.0));
    }

    /** Why a page ends where it does. */
    enum Ending {
        CHAPTER_ENDS,
        NEW_CHAPTER,
        AT_SPACE,
        AT_LAST_BREAK,
        NO_BREAK,
        ALONE
    }

    /**
     * @param stopper what did not fit, or null
     * @param next    what the next page starts with, or null
     * @param back    how many items before the stopper the page ends
     */
    void ends(Ending ending, Flow stopper, Flow next, int back) {
        current.append("\n  ends: ")
                .append(
                        switch (ending) {
                            case CHAPTER_ENDS -> "the chapter ends";
                            case NEW_CHAPTER -> "a new chapter starts";
                            case AT_SPACE -> "full, at a space between blocks";
                            case AT_LAST_BREAK ->
                                back == 0
                                        ? "full; " + words(stopper) + " starts the next page"
                                        : "full at " + words(stopper) + "; breaks " + back + " item"
                                                + (back == 1 ? "" : "s")
                                                + " earlier, at " + words(next)
                                                + ", the last place a page may end (widow, orphan, or kept with what follows)";
                            case NO_BREAK -> "full; nowhere to break, so " + words(stopper) + " starts the next page";
                            case ALONE -> words(stopper) + " is taller than the page, and set alone";
                        });
    }

    void deferred(int floats) {
        if (floats > 0) {
            current.append("\n  deferred: ")
                    .append(floats)
                    .append(floats == 1 ? " float" : " floats")
                    .append(" that did not fit, to the next page");
        }
    }

    void notes(int set, int carried) {
        if (set > 0 || carried > 0) {
            current.append("\n  notes: ")
                    .append(set)
                    .append(set == 1 ? " line" : " lines")
                    .append(" at the foot");
            if (carried > 0) {
                current.append(", ")
                        .append(carried)
                        .append(carried == 1 ? " line continues" : " lines continue")
                        .append(" on the next page");
            }
        }
    }

    void done() {
        pages.add(current.toString());
    }

    /** The trace, with the first page numbered {@code firstNumber}. */
    public String text(int firstNumber) {
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            out.append("page ")
                    .append(firstNumber + p)
                    .append(": ")
                    .append(pages.get(p))
                    .append('\n');
        }
        return out.toString();
    }

    /** How many pages the trace tells of. */
    public int size() {
        return pages.size();
    }

    /** The words a line or unit starts with, to name it in a trace. */
    static String words(Flow item) {
        String text = "";
        if (item instanceof Flow.Line line) {
            StringBuilder b = new StringBuilder();
            line.line().pieces().forEach(p -> b.append(p.text().text()).append(p.spaced() ? " " : ""));
            text = b.toString().strip();
        } else if (item instanceof Flow.Unit unit) {
            text = unit.turned() ? "a turned table" : unit.floating() ? "a figure" : "a table row";
        }
        return "[" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "]";
    }
}
