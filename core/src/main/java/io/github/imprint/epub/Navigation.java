package io.github.imprint.epub;

import io.github.imprint.model.Labels;
import io.github.imprint.model.Metadata;
import java.util.List;

/**
 * The EPUB 3 navigation document (a {@code toc} and hidden {@code landmarks}) and the NCX that EPUB 2
 * reading systems read instead, both from one {@link Contents} tree.
 */
final class Navigation {

    private Navigation() {}

    static String document(
            Metadata metadata, List<Contents.Entry> toc, Labels labels, String coverHref, String bodyHref) {
        return document(metadata, toc, labels, coverHref, bodyHref, List.of(), List.of(), null);
    }

    /**
     * A list of figures, tables or listings in the navigation document.
     *
     * @param type its {@code epub:type} ({@code loi}, {@code lot}), or null where the vocabulary has none
     */
    record Listing(String id, String type, String title, List<Contents.Entry> entries) {}

    /**
     * @param pages the print edition's page list: each page's label and the href of its marker
     * @param lists the lists of figures, tables and listings that follow the contents
     */
    static String document(
            Metadata metadata,
            List<Contents.Entry> toc,
            Labels labels,
            String coverHref,
            String bodyHref,
            List<String[]> pages,
            List<Listing> lists,
            String indexTitle) {
        StringBuilder out = new StringBuilder(8192);
        DocumentFrame.open(out, metadata.language(), labels.contents(), "frontmatter");
        out.append("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\" aria-labelledby=\"toc-title\">\n")
                .append("<h1 id=\"toc-title\">")
                .append(Xml.text(labels.contents()))
                .append("</h1>\n");
        list(out, toc);
        out.append("</nav>\n");
        for (Listing listing : lists) {
            out.append("<nav id=\"").append(listing.id()).append('"');
            if (listing.type() != null) {
                out.append(" epub:type=\"").append(listing.type()).append('"');
            }
            out.append(" aria-labelledby=\"")
                    .append(listing.id())
                    .append("-title\">\n<h2 id=\"")
                    .append(listing.id())
                    .append("-title\">")
                    .append(Xml.text(listing.title()))
                    .append("</h2>\n");
            list(out, listing.entries());
            out.append("</nav>\n");
        }
        out.append(
                        "<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\" aria-labelledby=\"landmarks-title\">\n")
                .append("<h2 id=\"landmarks-title\">")
                .append(Xml.text(labels.landmarks()))
                .append("</h2>\n<ol>\n")
                .append("<li><a epub:type=\"cover\" href=\"")
                .append(coverHref)
                .append("\">")
                .append(Xml.text(labels.cover()))
                .append("</a></li>\n")
                .append("<li><a epub:type=\"toc\" href=\"nav.xhtml#toc\">")
                .append(Xml.text(labels.contents()))
                .append("</a></li>\n")
                .append("<li><a epub:type=\"bodymatter\" href=\"")
                .append(bodyHref)
                .append("\">")
                .append(Xml.text(labels.start()))
                .append("</a></li>\n");
        if (indexTitle != null) {
            out.append("<li><a epub:type=\"index\" href=\"")
                    .append(IndexDocument.FILE)
                    .append("\">")
                    .append(Xml.text(indexTitle))
                    .append("</a></li>\n");
        }
        out.append("</ol>\n</nav>\n");
        if (!pages.isEmpty()) {
            out.append("<nav epub:type=\"page-list\" id=\"page-list\" role=\"doc-pagelist\" hidden=\"hidden\" ")
                    .append("aria-labelledby=\"page-list-title\">\n<h2 id=\"page-list-title\">")
                    .append(Xml.text(labels.pages()))
                    .append("</h2>\n<ol>\n");
            for (String[] page : pages) {
                out.append("<li><a href=\"")
                        .append(Xml.attribute(page[1]))
                        .append("\">")
                        .append(Xml.text(page[0]))
                        .append("</a></li>\n");
            }
            out.append("</ol>\n</nav>\n");
        }
        DocumentFrame.close(out);
        return out.toString();
    }

    private static void list(StringBuilder out, List<Contents.Entry> entries) {
        out.append("<ol>\n");
        for (Contents.Entry entry : entries) {
            out.append("<li><a href=\"")
                    .append(Xml.attribute(entry.href()))
                    .append("\">")
                    .append(Xml.text(entry.label()))
                    .append("</a>");
            if (!entry.children().isEmpty()) {
                out.append('\n');
                list(out, entry.children());
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    static String ncx(Metadata metadata, List<Contents.Entry> toc) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"")
                .append(Xml.attribute(metadata.language()))
                .append("\">\n<head>\n")
                .append("<meta name=\"dtb:uid\" content=\"")
                .append(Xml.attribute(metadata.identifier().value()))
                .append("\"/>\n")
                .append("<meta name=\"dtb:depth\" content=\"")
                .append(depth(toc))
                .append("\"/>\n")
                .append(
                        "<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n")
                .append("</head>\n<docTitle><text>")
                .append(Xml.text(metadata.title()))
                .append("</text></docTitle>\n<navMap>\n");
        points(out, toc, new int[] {0});
        out.append("</navMap>\n</ncx>\n");
        return out.toString();
    }

    private static void points(StringBuilder out, List<Contents.Entry> entries, int[] order) {
        for (Contents.Entry entry : entries) {
            order[0]++;
            out.append("<navPoint id=\"nav-")
                    .append(order[0])
                    .append("\" playOrder=\"")
                    .append(order[0])
                    .append("\">")
                    .append("<navLabel><text>")
                    .append(Xml.text(entry.label()))
                    .append("</text></navLabel>")
                    .append("<content src=\"")
                    .append(Xml.attribute(entry.href()))
                    .append("\"/>\n");
            points(out, entry.children(), order);
            out.append("</navPoint>\n");
        }
    }

    private static int depth(List<Contents.Entry> entries) {
        int max = 0;
        for (Contents.Entry entry : entries) {
            max = Math.max(max, depth(entry.children()));
        }
        return entries.isEmpty() ? 0 : max + 1;
    }
}
