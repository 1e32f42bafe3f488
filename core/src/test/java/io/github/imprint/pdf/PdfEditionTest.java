package io.github.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.epub.EpubEditionTestAccess;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.markdown.MetadataDraft;
import io.github.imprint.markdown.Sources;
import io.github.imprint.model.Publication;
import io.github.imprint.publish.Fixtures;
import io.github.imprint.theme.Theme;
import io.github.imprint.theme.ThemeLoader;
import io.github.imprint.typeset.Typesetter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF edition of the sample article and of the feature book: fonts, text, figures. */
class PdfEditionTest {

    static final Theme THEME = ThemeLoader.load(Optional.empty(), "", new Diagnostics());

    @TempDir
    Path out;

    static Path write(Publication publication, Path target) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        PagedDocument pages = Typesetter.typeset(publication, THEME, diagnostics);
        assertEquals(List.of(), diagnostics.all());
        assertEquals(0, pages.statistics().overfull(), "no overfull lines");
        return PdfWriter.write(
                        pages,
                        new PdfInfo(
                                publication.metadata().title(),
                                List.of(),
                                null,
                                List.of(),
                                Instant.parse("2026-01-01T00:00:00Z")),
                        target)
                .file();
    }

    static Publication article() {
        Path project = Fixtures.sampleArticle();
        return Sources.load(
                project.resolve("src/main/markdown"),
                new Sources.Options(project, new MetadataDraft(), "t", Optional.empty()),
                new Diagnostics());
    }

    @Test
    void sampleArticleReadsBackWordForWordWithEmbeddedFonts() throws IOException, InterruptedException {
        Publication article = article();
        Path pdf = write(article, out.resolve("article.pdf"));
        PdfText.assertFontsEmbedded(pdf);
        Assumptions.assumeTrue(PdfText.available(), "pdftotext is not installed; .ci/run installs poppler-utils");
        PdfText.assertWordsInOrder(article, PdfText.text(pdf));
    }

    @Test
    void featureBookReadsBackWordForWord() throws IOException, URISyntaxException, InterruptedException {
        Publication book = EpubEditionTestAccess.load(EpubEditionTestAccess.featureBook());
        Path pdf = write(book, out.resolve("features.pdf"));
        PdfText.assertFontsEmbedded(pdf);
        Assumptions.assumeTrue(PdfText.available(), "pdftotext is not installed; .ci/run installs poppler-utils");
        String text = PdfText.text(pdf);
        PdfText.assertWordsInOrder(book, text);
        assertTrue(
                text.contains("office") || text.contains("ﬁ") || text.contains("fi"), "ligatures read back as letters");
    }

    @Test
    void bookmarksFollowTheHeadingsAndTheViewerShowsTheTitle() throws IOException, URISyntaxException {
        Path pdf = write(EpubEditionTestAccess.load(EpubEditionTestAccess.featureBook()), out.resolve("outline.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> titles = new ArrayList<>();
            for (var top : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(top.getTitle());
                for (var child : top.children()) {
                    titles.add("  " + child.getTitle());
                }
            }
            assertEquals(
                    List.of(
                            "Everything Imprint Sets",
                            "Contents",
                            "Introduction",
                            "  Lists",
                            "Details",
                            "  Tables and code",
                            "Ein deutsches Kapitel"),
                    titles);
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void linksBecomeAnnotationsThatGoWhereTheyPoint() throws IOException, URISyntaxException {
        Path pdf = write(EpubEditionTestAccess.load(EpubEditionTestAccess.featureBook()), out.resolve("links.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> uris = new ArrayList<>();
            List<String> internal = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        } else if (link.getDestination() instanceof PDPageDestination d) {
                            int target = document.getPages().indexOf(d.getPage()) + 1;
                            String text = new PDFTextStripper() {
                                {
                                    setStartPage(target);
                                    setEndPage(target);
                                }
                            }.getText(document);
                            internal.add(link.getContents() + " -> "
                                    + (text.contains("Tables and code") ? "its heading" : "page " + target));
                        }
                    }
                }
            }
            assertEquals(List.of("https://example.com"), uris);
            assertTrue(internal.contains("details -> its heading"), internal.toString());
            assertTrue(
                    internal.stream()
                                    .filter(l -> l.startsWith("1 -> ") || l.startsWith("2 -> "))
                                    .count()
                            >= 3,
                    "each note call links to its note: " + internal);
            List<String> back = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link
                            && link.getContents().matches("\\d+\\.")
                            && link.getDestination() instanceof PDPageDestination d) {
                        back.add(link.getContents() + (d.getPage().equals(page) ? " same page" : " other page"));
                    }
                }
            }
            assertTrue(
                    back.size() >= 2 && back.stream().allMatch(b -> b.endsWith("same page")),
                    "each note's number links back to its call, on the page above it: " + back);
        }
    }

    /**
     * A book opens with its cover, a blank inside cover, the title page (recto), the imprint page and the
     * contents (recto), numbered in roman; the body starts on a recto as page 1; the page labels say so.
     */
    @Test
    void frontMatterHasRomanFoliosAndTheContentsLinkToTheirPages()
            throws IOException, URISyntaxException, InterruptedException {
        Path pdf = write(EpubEditionTestAccess.load(EpubEditionTestAccess.featureBook()), out.resolve("front.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String[] labels = document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals(
                    List.of("i", "ii", "iii", "iv", "v", "vi", "1", "2"),
                    List.of(labels).subList(0, 8));
            var contents = document.getPage(4);
            List<String> targets = new ArrayList<>();
            for (var annotation : contents.getAnnotations()) {
                var link = (PDAnnotationLink) annotation;
                var destination = (PDPageDestination) link.getDestination();
                targets.add(
                        link.getContents() + " -> " + labels[document.getPages().indexOf(destination.getPage())]);
            }
            assertTrue(targets.contains("Introduction -> 1"), targets.toString());
            assertTrue(targets.contains("Tables and code -> 3"), targets.toString());
            assertTrue(targets.contains("3 -> 3"), "the folio links too: " + targets);
        }
        Assumptions.assumeTrue(PdfText.available(), "pdftotext is not installed; .ci/run installs poppler-utils");
        String contents = PdfText.page(pdf, 5);
        assertTrue(contents.contains("Contents"), contents);
        assertTrue(contents.matches("(?s).*Introduction[ .]+1\\s.*"), "leaders run to the folio: " + contents);
        assertTrue(PdfText.page(pdf, 4).contains("ISBN 9783161484100"), "the imprint page gives the ISBN");
    }

    /** PDF/A-2a and PDF/UA-1 are claimed by default, with their output intent; a theme may turn them off. */
    @Test
    void conformanceIsClaimedUnlessTheThemeSaysNo() throws IOException {
        Publication article = article();
        PagedDocument pages = Typesetter.typeset(article, THEME, new Diagnostics());
        for (boolean conforming : List.of(true, false)) {
            Path pdf = PdfWriter.write(
                            pages,
                            new PdfInfo(
                                    article.metadata().title(),
                                    List.of("A. Author"),
                                    null,
                                    List.of(),
                                    Instant.parse("2026-01-01T00:00:00Z"),
                                    conforming),
                            out.resolve("claims-" + conforming + ".pdf"))
                    .file();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String xmp;
                try (var in = document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                    xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                assertEquals(conforming, xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
                assertEquals(conforming, xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
                assertEquals(
                        conforming ? 1 : 0,
                        document.getDocumentCatalog().getOutputIntents().size());
                assertTrue(
                        xmp.contains("A. Author") && xmp.contains("Imprint "), "XMP names the author and the producer");
                assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged either way");
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        Path theme = out.resolve("theme.yaml");
        Files.writeString(theme, "pdf:\n  conformance: false\n");
        assertEquals(
                false,
                ThemeLoader.load(Optional.of(theme), "theme.yaml", diagnostics).pdfConformance());
        assertEquals(true, THEME.pdfConformance());
    }

    /** The chapter in German is a section with /Lang de; a French span's marked content says /Lang fr. */
    @Test
    void languageChangesAreTagged() throws IOException, URISyntaxException {
        Path pdf = write(EpubEditionTestAccess.load(EpubEditionTestAccess.featureBook()), out.resolve("lang.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            List<String> sections = new ArrayList<>();
            collectLanguages(
                    document.getDocumentCatalog().getStructureTreeRoot().getKids(), sections);
            assertTrue(sections.contains("Sect de"), sections.toString());
            StringBuilder content = new StringBuilder();
            for (var page : document.getPages()) {
                try (var in = page.getContents()) {
                    content.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
            assertTrue(content.toString().contains("/Lang (fr)>> BDC"), "the French span is marked as French");
        }
    }

    private static void collectLanguages(List<Object> kids, List<String> found) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (element.getLanguage() != null) {
                    found.add(element.getStructureType() + " " + element.getLanguage());
                }
                collectLanguages(element.getKids(), found);
            }
        }
    }

    @Test
    void sameLayoutGivesTheSameBytes() throws IOException {
        Publication article = article();
        Path first = write(article, out.resolve("one.pdf"));
        Path second = write(article, out.resolve("two.pdf"));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }
}
