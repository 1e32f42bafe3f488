package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.epub.EpubCheckResult;
import io.github.imprint.epub.EpubEditionTestAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With both editions built, the EPUB marks where each page of the PDF begins: for every page in its
 * page list, the text after the EPUB's marker begins as the page's text does in the PDF (its tagged
 * content, running heads and folios being artifacts). Compared by letters and digits, as a reader
 * would find the place.
 */
class PrintPageListTest {

    private static final int LETTERS = 16;

    @TempDir
    Path out;

    @Test
    void everyPageOfTheFeatureBookStartsWhereItsMarkerStands() throws IOException, URISyntaxException {
        Path book = EpubEditionTestAccess.featureBook();
        assertPagesMarked(book.getParent(), book);
    }

    @Test
    void everyPageOfTheSampleBookStartsWhereItsMarkerStands() throws IOException {
        Path project = Fixtures.repository().resolve("samples/book");
        assertPagesMarked(project, project.resolve("src/main/markdown"));
    }

    @Test
    void everyPageOfTheNovelStartsWhereItsMarkerStands() throws IOException {
        Assumptions.assumeTrue(
                Fixtures.shared().isPresent(), "../shared is not beside the clone; the novel-length check is skipped");
        Path book = Fixtures.lesMiserables(out.resolve("novel"));
        assertPagesMarked(book.getParent(), book);
    }

    private void assertPagesMarked(Path project, Path book) throws IOException {
        PublishResult result = Publisher.publish(PublishRequest.of(book, project, out, "edition")
                .identitySeed("t")
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(out.resolve("work"))
                .build());
        Path pdf = result.editions().get(Format.PDF).file();
        Path epub = result.editions().get(Format.EPUB).file();
        Map<String, String> afterMarkers = afterMarkers(epub);
        Map<String, String> pageStarts = pageStarts(pdf);
        List<String> body = pageStarts.keySet().stream()
                .filter(label -> label.matches("\\d+"))
                .toList();
        assertEquals(
                body, new ArrayList<>(afterMarkers.keySet()), "the page list names every page of the body, in order");
        for (String label : body) {
            String page = pageStarts.get(label);
            if (page.isEmpty()) {
                continue;
            }
            String marked = afterMarkers.get(label);
            String want = page.substring(0, Math.min(LETTERS, page.length()));
            assertTrue(
                    marked.startsWith(want),
                    "page " + label + " begins '" + want + "' but its marker stands before '"
                            + marked.substring(0, Math.min(LETTERS, marked.length())) + "'");
        }
        EpubCheckResult check = EpubCheckResult.check(epub);
        assertEquals(0, check.fatal() + check.errors() + check.warnings(), check.messages());
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String opf = new String(
                    zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(opf.contains(">printPageNumbers<") && opf.contains("property=\"pageBreakSource\""), opf);
        }
    }

    /** The letters after each page marker, in page-list order, from the page list's links. */
    static Map<String, String> afterMarkers(Path epub) throws IOException {
        Map<String, String> letters = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String nav = read(zip, "EPUB/nav.xhtml");
            String list = nav.substring(nav.indexOf("epub:type=\"page-list\""));
            Matcher entry = Pattern.compile("<a href=\"([^\"#]+)#([^\"]+)\">([^<]+)</a>")
                    .matcher(list);
            Map<String, String> documents = new LinkedHashMap<>();
            while (entry.find()) {
                String document = documents.computeIfAbsent(entry.group(1), name -> read(zip, "EPUB/" + name));
                int at = document.indexOf("id=\"" + entry.group(2) + "\"");
                assertTrue(at >= 0, "marker " + entry.group(2) + " is in " + entry.group(1));
                String after = document.substring(document.indexOf('>', at) + 1);
                int end = after.indexOf("</section>");
                String text = (end < 0 ? after : after.substring(0, end)).replaceAll("<[^>]+>", "");
                letters.put(entry.group(3), onlyLetters(text.substring(0, Math.min(text.length(), 2000))));
            }
        }
        return letters;
    }

    /** Each page's label and the letters its tagged (not artifact) content begins with. */
    static Map<String, String> pageStarts(Path pdf) throws IOException {
        Map<String, String> starts = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String[] labels = document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(document.getPage(p));
                StringBuilder text = new StringBuilder();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    if (!"Artifact".equals(content.getTag()) && content.getMCID() >= 0) {
                        collect(content, text);
                    }
                }
                starts.put(labels[p], onlyLetters(text.toString()));
            }
        }
        return starts;
    }

    private static void collect(PDMarkedContent content, StringBuilder text) {
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent inner) {
                collect(inner, text);
            }
        }
    }

    /** Letters and digits, ligatures taken apart (the PDF's marked content has their glyphs, not ActualText). */
    private static String onlyLetters(String text) {
        StringBuilder letters = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(letters::appendCodePoint);
        return letters.toString();
    }

    private static String read(ZipFile zip, String name) {
        try {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
