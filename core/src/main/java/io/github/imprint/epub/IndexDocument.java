package io.github.imprint.epub;

import io.github.imprint.model.Chapter;
import io.github.imprint.model.Index;
import io.github.imprint.model.IndexWords;
import io.github.imprint.model.PrintPage;
import io.github.imprint.model.Publication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index as an EPUB content document, in the W3C's EPUB Indexes vocabulary: an {@code index}
 * section (role {@code doc-index}) of {@code index-group}s under their letters, each an
 * {@code index-entry-list} of {@code index-entry}s, whose {@code index-term} is followed by its
 * {@code index-locator}s and its cross-references ({@code index-xref-preferred} for <i>see</i>,
 * {@code index-xref-related} for <i>see also</i>, linking to the entry they name).
 *
 * <p>Each locator links to the marked words in their chapter. When the PDF is built in the same run it
 * is labelled with the PDF's page, merged as the PDF merges them, so both editions' indexes read
 * alike; without one it is labelled with its chapter's title, once per chapter. The PDF's index pages
 * are marked where they begin, at the entry (or letter heading) each one's text begins with.
 */
final class IndexDocument {

    static final String FILE = "index.xhtml";

    private final Publication publication;
    private final Index index;
    private final Map<Index.Mark, Index.Place> places;
    private final Map<String, String> files = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    /** The print pages that begin at each id, for their markers. */
    private final Map<String, List<String>> pagesAt = new HashMap<>();

    private IndexDocument(
            Publication publication, Index index, Map<Index.Mark, Index.Place> places, List<PrintPage> pages) {
        this.publication = publication;
        this.index = index;
        this.places = places;
        for (PrintPage page : pages) {
            if (page.anchor() != null) {
                pagesAt.computeIfAbsent(page.anchor(), a -> new ArrayList<>()).add(page.label());
            }
        }
        for (Chapter chapter : publication.chapters()) {
            files.put(chapter.id(), ChapterDocument.fileName(chapter));
            titles.put(
                    chapter.id(), chapter.title().orElse(publication.metadata().title()));
        }
    }

    /**
     * The document; {@code places} are the PDF's pages of the marks, and {@code pages} the PDF's pages,
     * whose index pages are marked where they begin; both empty without a PDF.
     */
    static String render(
            Publication publication,
            Index index,
            IndexWords words,
            Map<Index.Mark, Index.Place> places,
            List<PrintPage> pages) {
        return new IndexDocument(publication, index, places, pages).render(words);
    }

    /** The markers of the print pages that begin at {@code id}. */
    private void pages(String id, StringBuilder out) {
        List<String> labels = pagesAt.get(id);
        if (labels != null) {
            PageMarks.markers(labels, out);
        }
    }

    private String render(IndexWords words) {
        StringBuilder out = new StringBuilder(16384);
        DocumentFrame.open(out, publication.metadata().language(), words.title(), "backmatter");
        out.append("<section epub:type=\"index\" role=\"doc-index\" aria-labelledby=\"index-title\">\n");
        pages("index-title", out);
        out.append("<h1 id=\"index-title\">").append(Xml.text(words.title())).append("</h1>\n");
        int g = 0;
        for (Index.Group group : index.groups()) {
            g++;
            out.append("<section epub:type=\"index-group\" aria-labelledby=\"index-group-")
                    .append(g)
                    .append("\">\n");
            pages("index-group-" + g, out);
            out.append("<h2 id=\"index-group-")
                    .append(g)
                    .append("\">")
                    .append(Xml.text(group.heading()))
                    .append("</h2>\n");
            entries(out, group.entries(), List.of(), words);
            out.append("</section>\n");
        }
        out.append("</section>\n");
        DocumentFrame.close(out);
        return out.toString();
    }

    private void entries(StringBuilder out, List<Index.Entry> entries, List<String> parent, IndexWords words) {
        out.append("<ul epub:type=\"index-entry-list\">\n");
        for (Index.Entry entry : entries) {
            List<String> path = new ArrayList<>(parent);
            path.add(entry.term());
            out.append("<li epub:type=\"index-entry\" id=\"")
                    .append(index.id(path))
                    .append("\">");
            pages(index.id(path), out);
            out.append("<span epub:type=\"index-term\">")
                    .append(Xml.text(entry.term()))
                    .append("</span>");
            for (String[] locator : locators(entry.loci())) {
                out.append(", <a epub:type=\"index-locator\" href=\"")
                        .append(Xml.attribute(locator[1]))
                        .append("\">")
                        .append(Xml.text(locator[0]))
                        .append("</a>");
            }
            crossReferences(out, "index-xref-preferred", words.see(), entry.see());
            crossReferences(out, "index-xref-related", words.seeAlso(), entry.seeAlso());
            if (!entry.subentries().isEmpty()) {
                out.append('\n');
                entries(out, entry.subentries(), path, words);
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    /** Each locator's label and where it links. */
    private List<String[]> locators(List<Index.Locus> loci) {
        List<String[]> out = new ArrayList<>();
        if (!places.isEmpty()) {
            for (Index.Locator locator : Index.locators(loci, places)) {
                out.add(new String[] {locator.text(), href(locator.link())});
            }
            return out;
        }
        List<String> chapters = new ArrayList<>();
        for (Index.Locus locus : loci) {
            if (!chapters.contains(locus.begin().chapterId())) {
                chapters.add(locus.begin().chapterId());
                out.add(new String[] {titles.get(locus.begin().chapterId()), href(locus.begin())});
            }
        }
        return out;
    }

    private String href(Index.Mark mark) {
        return files.get(mark.chapterId()) + "#" + mark.id();
    }

    /** ". <i>See also</i> borrowing; traits", each term a link to its entry when the index has it. */
    private void crossReferences(StringBuilder out, String type, String word, List<List<String>> targets) {
        if (targets.isEmpty()) {
            return;
        }
        String capital = IndexWords.capitalised(word);
        out.append(". <i>").append(Xml.text(capital)).append("</i> ");
        for (int i = 0; i < targets.size(); i++) {
            String name = Xml.text(String.join(", ", targets.get(i)));
            String id = index.id(targets.get(i));
            out.append(i == 0 ? "" : "; ");
            if (id != null) {
                out.append("<a epub:type=\"")
                        .append(type)
                        .append("\" href=\"#")
                        .append(id)
                        .append("\">");
                out.append(name).append("</a>");
            } else {
                out.append("<span epub:type=\"")
                        .append(type)
                        .append("\">")
                        .append(name)
                        .append("</span>");
            }
        }
    }
}
