package io.github.imprint.pdf;

import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The PDF's navigation: bookmarks for every heading, nested by level and pointing at the heading's
 * place on its page; page labels as the folios print them; and viewer preferences that show the
 * document's title and open the bookmarks.
 */
final class Outline {

    private record Heading(int level, String text, int page, long top) {}

    private Outline() {}

    static void add(PDDocument pdf, List<PDPage> pages, PagedDocument document) throws IOException {
        List<Heading> headings = headings(document);
        if (!headings.isEmpty()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            // the outline hangs on the catalog before it grows: each item then joins a tree the document
            // already knows, so PDFBox's update tracking never walks a whole chain of siblings (which it
            // does by recursion, and 30,000 headings would overflow the stack)
            pdf.getDocumentCatalog().setDocumentOutline(outline);
            List<PDOutlineNode> stack = new ArrayList<>();
            List<Integer> levels = new ArrayList<>();
            for (Heading heading : headings) {
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= heading.level()) {
                    stack.remove(stack.size() - 1);
                    levels.remove(levels.size() - 1);
                }
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(heading.text());
                PDPageXYZDestination destination = new PDPageXYZDestination();
                destination.setPage(pages.get(heading.page() - 1));
                destination.setTop((int) Math.round(heading.top() / 1000.0));
                destination.setLeft(0);
                item.setDestination(destination);
                (stack.isEmpty() ? outline : stack.get(stack.size() - 1)).addLast(item);
                stack.add(item);
                levels.add(heading.level());
            }
            outline.openNode();
            pdf.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        }
        // page labels as printed: front matter in roman numerals, the body in arabic from 1
        PDPageLabels labels = new PDPageLabels(pdf);
        int body = 0;
        while (body < document.pages().size()
                && !document.pages().get(body).folio().equals("1")) {
            body++;
        }
        if (body == document.pages().size()) {
            body = 0;
        }
        if (body > 0) {
            PDPageLabelRange roman = new PDPageLabelRange();
            roman.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
            labels.setLabelItem(0, roman);
        }
        PDPageLabelRange arabic = new PDPageLabelRange();
        arabic.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(body, arabic);
        pdf.getDocumentCatalog().setPageLabels(labels);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        if (document.rightToLeft()) {
            // a right-to-left book: viewers show its spreads with the first page on the right
            preferences.setReadingDirection(PDViewerPreferences.READING_DIRECTION.R2L);
        }
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
    }

    /** The headings in reading order: each heading block's text, page, and the top of its first line. */
    private static List<Heading> headings(PagedDocument document) {
        Map<BlockId, Heading> byBlock = new LinkedHashMap<>();
        Map<BlockId, StringBuilder> texts = new LinkedHashMap<>();
        Map<BlockId, Long> lastBaseline = new LinkedHashMap<>();
        for (Page page : document.pages()) {
            for (Placed placed : page.items()) {
                if (!(placed instanceof Placed.GlyphRun run)) {
                    continue;
                }
                int level = run.role() == Role.TITLE
                        ? 1
                        : run.role().ordinal() >= Role.H1.ordinal()
                                        && run.role().ordinal() <= Role.H6.ordinal()
                                ? run.role().ordinal() - Role.H1.ordinal() + 1
                                : 0;
                if (level == 0) {
                    continue;
                }
                StringBuilder text = texts.computeIfAbsent(run.block(), b -> new StringBuilder());
                Long previous = lastBaseline.put(run.block(), run.baseline());
                if (text.length() > 0) {
                    text.append(previous != null && previous != run.baseline() ? " " : "");
                }
                text.append(run.text());
                byBlock.putIfAbsent(
                        run.block(),
                        new Heading(level, "", page.number(), page.height() - run.baseline() + run.size()));
            }
        }
        List<Heading> headings = new ArrayList<>();
        byBlock.forEach((block, h) ->
                headings.add(new Heading(h.level(), texts.get(block).toString().strip(), h.page(), h.top())));
        return headings;
    }
}
