package io.github.imprint.epub;

import io.github.imprint.model.PrintPage;
import io.github.imprint.model.SourcePos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The print edition's page breaks in one chapter's document: an invisible, labelled marker
 * ({@code epub:type="pagebreak"}, {@code role="doc-pagebreak"}) where each PDF page begins. A break is
 * found by its block and by counting that block's letters and digits as the text is written, as the
 * typesetter counted them; a page with no text of its own (a blank verso) is marked with the next one,
 * and a break whose block the document does not write as running text goes at the chapter's start.
 */
final class PageMarks {

    private record Mark(int letters, List<String> labels) {}

    private final Map<SourcePos, Deque<Mark>> byBlock = new HashMap<>();
    private Deque<Mark> active;
    private int count;

    private PageMarks() {}

    /** The marks of every chapter, by chapter id, from the print edition's pages in order. */
    static Map<String, PageMarks> of(List<PrintPage> pages) {
        Map<String, PageMarks> chapters = new HashMap<>();
        List<String> waiting = new ArrayList<>();
        for (PrintPage page : pages) {
            if (page.anchor() != null) {
                continue; // a page of the index, marked in the index's document
            }
            waiting.add(page.label());
            if (page.block() == null || page.chapter() == null) {
                continue;
            }
            chapters.computeIfAbsent(page.chapter(), c -> new PageMarks())
                    .byBlock
                    .computeIfAbsent(page.block(), b -> new ArrayDeque<>())
                    .add(new Mark(page.letters(), List.copyOf(waiting)));
            waiting.clear();
        }
        return chapters;
    }

    static PageMarks none() {
        return new PageMarks();
    }

    /** The id of the marker for a page. */
    static String id(String label) {
        return "page-" + label;
    }

    /** Running text of the block at {@code pos} begins. */
    void begin(SourcePos pos, StringBuilder out) {
        active = byBlock.remove(pos);
        count = 0;
        emitDue(out);
    }

    /** Writes {@code text}, escaped, with the markers that fall inside it. */
    void text(String text, StringBuilder out) {
        if (active == null || active.isEmpty()) {
            out.append(Xml.text(text));
            return;
        }
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (PrintPage.counts(text, i)) {
                if (!active.isEmpty() && active.peek().letters() <= count) {
                    out.append(Xml.text(text.substring(from, i)));
                    from = i;
                    emitDue(out);
                }
                count++;
            }
        }
        out.append(Xml.text(text.substring(from)));
    }

    /** The block's text has ended; marks not reached (the count fell short) go here. */
    void end(StringBuilder out) {
        if (active != null) {
            while (!active.isEmpty()) {
                marker(active.poll(), out);
            }
        }
        active = null;
    }

    /** The markers of blocks never written as running text, for the start of the chapter. */
    String rest() {
        StringBuilder out = new StringBuilder();
        byBlock.values().stream()
                .flatMap(Deque::stream)
                .sorted(Comparator.comparing(m -> m.labels().get(0), Comparator.comparingInt(PageMarks::number)))
                .forEach(m -> marker(m, out));
        byBlock.clear();
        return out.toString();
    }

    private static int number(String label) {
        return label.matches("\\d{1,9}") ? Integer.parseInt(label) : 0;
    }

    private void emitDue(StringBuilder out) {
        while (active != null && !active.isEmpty() && active.peek().letters() <= count) {
            marker(active.poll(), out);
        }
    }

    private static void marker(Mark mark, StringBuilder out) {
        markers(mark.labels(), out);
    }

    /** The markers of pages that begin at one place. */
    static void markers(List<String> labels, StringBuilder out) {
        for (String label : labels) {
            out.append("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"")
                    .append(id(label))
                    .append("\" aria-label=\"")
                    .append(Xml.attribute(label))
                    .append("\"></span>");
        }
    }
}
