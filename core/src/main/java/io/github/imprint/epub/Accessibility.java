package io.github.imprint.epub;

import io.github.imprint.model.Block;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Publication;
import io.github.imprint.model.Visitor;
import java.util.ArrayList;
import java.util.List;

/**
 * The accessibility metadata of EPUB Accessibility 1.1, derived from what the publication holds, not
 * pasted as constants: whether there are images and whether each has a text alternative, headings for
 * structural navigation, tables, notes. A conformance claim (WCAG 2.1 AA) is made only when every
 * image has its alternative; the summary says in plain words what a reader gets.
 */
final class Accessibility {

    private int images;
    private int imagesWithAlt;
    private int headings;
    private int tables;
    private int notes;
    private String pageBreakSource;

    static Accessibility of(Publication publication) {
        Accessibility a = new Accessibility();
        publication.accept(new Visitor() {
            @Override
            public void visitBlock(Block block) {
                if (block instanceof Block.Figure f) {
                    a.image(f.alt());
                } else if (block instanceof Block.Heading) {
                    a.headings++;
                } else if (block instanceof Block.Table) {
                    a.tables++;
                }
            }

            @Override
            public void visitInline(Inline inline) {
                if (inline instanceof Inline.Image i) {
                    a.image(i.alt());
                } else if (inline instanceof Inline.NoteRef) {
                    a.notes++;
                }
            }
        });
        return a;
    }

    /** Counts a cover, whose text alternative Imprint writes itself. */
    /** The EPUB marks the pages of the print edition named {@code source}. */
    void printPages(String source) {
        this.pageBreakSource = source;
    }

    void cover() {
        image("cover");
    }

    private void image(String alt) {
        images++;
        if (!alt.isBlank()) {
            imagesWithAlt++;
        }
    }

    boolean conforms() {
        return images == imagesWithAlt;
    }

    /** The {@code <meta>} elements for the package document's metadata. */
    List<String> metadata() {
        List<String> meta = new ArrayList<>();
        meta.add(property("schema:accessMode", "textual"));
        if (images > 0) {
            meta.add(property("schema:accessMode", "visual"));
        }
        if (conforms()) {
            meta.add(property("schema:accessModeSufficient", "textual"));
        }
        if (images > 0) {
            meta.add(property("schema:accessModeSufficient", "textual,visual"));
        }
        meta.add(property("schema:accessibilityFeature", "tableOfContents"));
        meta.add(property("schema:accessibilityFeature", "readingOrder"));
        meta.add(property("schema:accessibilityFeature", "displayTransformability"));
        if (headings > 0) {
            meta.add(property("schema:accessibilityFeature", "structuralNavigation"));
        }
        if (images > 0 && conforms()) {
            meta.add(property("schema:accessibilityFeature", "alternativeText"));
        }
        if (pageBreakSource != null) {
            meta.add(property("schema:accessibilityFeature", "printPageNumbers"));
            meta.add(property("schema:accessibilityFeature", "pageBreakMarkers"));
            meta.add(property("schema:accessibilityFeature", "pageNavigation"));
            meta.add(property("pageBreakSource", pageBreakSource));
        }
        meta.add(property("schema:accessibilityHazard", "none"));
        meta.add(property("schema:accessibilitySummary", summary()));
        if (conforms()) {
            meta.add(property("dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"));
            meta.add(property("a11y:certifiedBy", "Imprint (automated checks)"));
        }
        return meta.stream().distinct().toList();
    }

    String summary() {
        StringBuilder s = new StringBuilder("This publication has a table of contents and a logical reading order");
        if (headings > 0) {
            s.append(", with headings for navigation");
        }
        s.append(". Text can be resized and restyled by the reading system.");
        if (images > 0) {
            s.append(
                    conforms()
                            ? " Every image has a text alternative."
                            : " Some images have no text alternative (" + (images - imagesWithAlt) + " of " + images
                                    + ").");
        }
        if (notes > 0) {
            s.append(" Footnotes are linked to and from their calls.");
        }
        if (tables > 0) {
            s.append(" Tables have header rows.");
        }
        s.append(" There are no flashing, motion or sound hazards.");
        if (conforms()) {
            s.append(" It meets EPUB Accessibility 1.1 at WCAG 2.1 Level AA.");
        }
        return s.toString();
    }

    private static String property(String name, String value) {
        return "<meta property=\"" + name + "\">" + Xml.text(value) + "</meta>";
    }
}
