package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index, read back from both editions. The fixture marks made-up four-letter words (too short to
 * hyphenate, each in the book once) at random places in long paragraphs, so some marks fall on a later
 * page than their paragraph's start. Every page the PDF's index names holds the word it indexes
 * (pdftotext, page by page); every link of the index leads to the page its number names; every
 * locator of the EPUB's index lands just after the marked word, with the PDF's page as its label.
 * Entries sort by the language's collation (German, French, Swedish), and bad marks are errors at
 * their positions.
 */
class IndexTest {

    @TempDir
    Path project;

    private static final String[] FILLER =
            ("the quick brown fox jumps over the lazy dog while the committee considers its options and"
                            + " the river runs on past the mill where nobody has worked for a long time now")
                    .split(" ");

    /** The words marked, in the order they are written. */
    private final List<String> words = new ArrayList<>();

    /** The word each paragraph starts with, by each marked word in it. */
    private final Map<String, String> paragraphOf = new LinkedHashMap<>();

    private static String word(int n) {
        return "Zx" + (char) ('a' + n / 26) + (char) ('a' + n % 26);
    }

    private Path book(String theme) throws IOException {
        Fixtures.write(project, "src/book.yaml", "title: Marked\nauthors: [A. Writer]\nlanguage: en\n");
        Random random = new Random(7);
        int n = 0;
        for (int chapter = 1; chapter <= 3; chapter++) {
            StringBuilder md = new StringBuilder("# Chapter " + chapter + "\n\n");
            for (int p = 0; p < 14; p++) {
                String start = "Yp" + (char) ('a' + chapter) + (char) ('a' + p);
                md.append(start);
                for (int w = 0; w < 110; w++) {
                    md.append(' ').append(FILLER[random.nextInt(FILLER.length)]);
                    if (random.nextInt(40) == 0) {
                        String word = word(n++);
                        md.append(' ').append(word);
                        String sub = random.nextBoolean() ? word : "Zzz!" + word;
                        md.append("<!-- index: ").append(sub).append(" -->");
                        words.add(word);
                        paragraphOf.put(word, start);
                    }
                }
                md.append(".\n\n");
            }
            if (chapter == 2) {
                // marks in a table's cell and in a footnote
                md.append("| Head | Other |\n|---|---|\n| a Zcel<!-- index: Zcel --> cell | b |\n\n")
                        .append(
                                "A note is called here.[^n]\n\n[^n]: The note names Zfoo<!-- index: Zfoo --> here.\n\n");
                for (String word : List.of("Zcel", "Zfoo")) {
                    words.add(word);
                    paragraphOf.put(word, word);
                }
            }
            if (chapter == 1) {
                md.append("A passage on Zrab<!-- index: Zrab|( --> begins here. ")
                        .append(String.join(" ", java.util.Collections.nCopies(400, "text")))
                        .append(" and ends at Zraz<!-- index: Zrab|) -->.\n\n");
                md.append("See Zsee<!-- index: Zsee|see Zzz; Zsee|see also Zrab -->.\n");
            }
            Fixtures.write(project, "src/0" + chapter + "-chapter.md", md.toString());
        }
        if (theme != null) {
            Fixtures.write(project, "theme.yaml", theme);
        }
        return project.resolve("src");
    }

    private PublishResult publish(Path source, boolean theme) {
        PublishRequest.Builder request = PublishRequest.of(source, project, project.resolve("out"), "book")
                .identitySeed("test")
                .formats(Set.of(Format.PDF, Format.EPUB))
                .timestamp(java.time.Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(project.resolve("out/work"));
        return Publisher.publish((theme ? request.theme(project.resolve("theme.yaml")) : request).build());
    }

    /** The PDF's pages: each one's folio and its text, spaces made single. */
    private static List<String[]> pages(Path pdf) throws IOException, InterruptedException {
        Assumptions.assumeTrue(ReadBack.available("pdftotext"), "pdftotext (poppler-utils) is not installed");
        String[] texts = ReadBack.pdfText(pdf).split("\f");
        List<String[]> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String[] folios = document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(new String[] {folios[i], i < texts.length ? texts[i] : ""});
            }
        }
        return pages;
    }

    private static String text(List<String[]> pages, String folio) {
        return pages.stream()
                .filter(p -> p[0].equals(folio) && !p[1].startsWith("Index"))
                .map(p -> p[1].replaceAll("\\s+", " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no body page " + folio));
    }

    /** The index's entries as pdftotext reads its one column: each line's term and its locators. */
    private static Map<String, List<String>> pdfIndex(List<String[]> pages) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^\\s*(Z\\w+)((?:, \\d+(?:\u2013\\d+)?)*)\\.?.*$");
        boolean in = false;
        for (String[] page : pages) {
            in |= page[1].startsWith("Index");
            if (!in) {
                continue;
            }
            for (String l : page[1].split("\n")) {
                Matcher m = line.matcher(l);
                if (m.matches()) {
                    List<String> locators = new ArrayList<>();
                    for (String part : m.group(2).split(", ")) {
                        if (!part.isBlank()) {
                            locators.add(part.strip());
                        }
                    }
                    entries.put(m.group(1), locators);
                }
            }
        }
        return entries;
    }

    @Test
    void everyPageTheIndexNamesHoldsItsWordAndTheEpubSaysTheSame() throws Exception {
        PublishResult result = publish(book("index:\n  columns: 1\n"), true);
        List<String[]> pages = pages(result.editions().get(Format.PDF).file());
        Map<String, List<String>> index = pdfIndex(pages);
        assertTrue(words.size() > 20, "the fixture marks " + words.size() + " words");
        int later = 0;
        for (String word : words) {
            List<String> locators = index.get(word);
            assertTrue(locators != null && locators.size() == 1, word + " in the index: " + index);
            String folio = locators.get(0);
            assertTrue(text(pages, folio).contains(" " + word + " "), word + " on page " + folio);
            if (!text(pages, folio).contains(paragraphOf.get(word))) {
                later++;
            }
        }
        assertTrue(later > 0, "no mark fell on a later page than its paragraph's start");
        List<String> passage = index.get("Zrab");
        assertEquals(1, passage.size(), passage.toString());
        String[] ends = passage.get(0).split("\u2013");
        assertEquals(2, ends.length, "a passage over pages prints as a range: " + passage);
        assertTrue(text(pages, ends[0]).contains("Zrab"), passage.toString());
        assertTrue(text(pages, ends[1]).contains("Zraz"), passage.toString());
        String all = String.join("\n", pages.stream().map(p -> p[1]).toList());
        assertTrue(all.contains("Zsee. See Zzz. See also Zrab"), "cross-references in the PDF's index");

        try (ZipFile zip = new ZipFile(result.editions().get(Format.EPUB).file().toFile())) {
            String xhtml = read(zip, "EPUB/index.xhtml");
            assertTrue(xhtml.contains("<section epub:type=\"index\" role=\"doc-index\""), xhtml);
            Matcher entry = Pattern.compile(
                            "<span epub:type=\"index-term\">(Z\\w+)</span>((?:, <a epub:type=\"index-locator\""
                                    + " href=\"[^\"]+\">[^<]+</a>)*)")
                    .matcher(xhtml);
            Pattern locator = Pattern.compile("href=\"([^\"#]+)#([^\"]+)\">([^<]+)</a>");
            int checked = 0;
            while (entry.find()) {
                String term = entry.group(1);
                List<String> labels = new ArrayList<>();
                Matcher l = locator.matcher(entry.group(2));
                while (l.find()) {
                    labels.add(l.group(3));
                    String chapter = read(zip, "EPUB/" + l.group(1));
                    int at = chapter.indexOf("<span id=\"" + l.group(2) + "\"></span>");
                    assertTrue(at > 0, l.group(2) + " in " + l.group(1));
                    String before = chapter.substring(Math.max(0, at - 20), at);
                    assertTrue(before.endsWith(term), "the locator of " + term + " lands after '" + before + "'");
                    checked++;
                }
                if (index.containsKey(term)) {
                    assertEquals(index.get(term), labels, term + ": the EPUB's labels are the PDF's pages");
                }
            }
            assertTrue(checked > words.size(), checked + " locators checked");
            String nav = read(zip, "EPUB/nav.xhtml");
            assertTrue(nav.contains("<a epub:type=\"index\" href=\"index.xhtml\">Index</a>"), nav);
        }
    }

    @Test
    void everyLinkOfATwoColumnIndexLeadsToThePageItNames() throws Exception {
        PublishResult result = publish(book(null), false);
        try (PDDocument pdf =
                Loader.loadPDF(result.editions().get(Format.PDF).file().toFile())) {
            PDPageLabels labels = pdf.getDocumentCatalog().getPageLabels();
            String[] folios = labels.getLabelsByPageIndices();
            int links = 0;
            int crossReferences = 0;
            List<String[]> texts = pages(result.editions().get(Format.PDF).file());
            String whole = String.join("\n", texts.stream().map(t -> t[1]).toList());
            assertTrue(whole.contains("Zzz (continued)"), "a column that opens with sub-entries repeats their entry");
            int first = 0; // the index's first page: no body page starts with the word
            while (!texts.get(first)[1].startsWith("Index")) {
                first++;
            }
            for (int i = first; i < pdf.getNumberOfPages(); i++) {
                PDPage page = pdf.getPage(i);
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link
                            && link.getDestination() instanceof PDPageDestination to
                            && annotation.getContents() != null
                            && annotation.getContents().matches("\\d+(\u2013\\d+)?")
                            && folios[i].matches("\\d+")) {
                        int target = pdf.getPages().indexOf(to.getPage());
                        assertEquals(
                                annotation.getContents().split("\u2013")[0],
                                folios[target],
                                "a locator on page " + folios[i] + " leads to page " + folios[target]);
                        links++;
                    } else if (annotation instanceof PDAnnotationLink link
                            && link.getDestination() instanceof PDPageDestination to
                            && List.of("Zzz", "Zrab").contains(annotation.getContents())) {
                        int target = pdf.getPages().indexOf(to.getPage());
                        assertTrue(
                                target >= first && texts.get(target)[1].contains(annotation.getContents()),
                                "see and see also lead to the entry they name");
                        crossReferences++;
                    }
                }
            }
            assertEquals(2, crossReferences, "the cross-references of Zsee link to their entries");
            assertTrue(
                    links > words.size(),
                    links + " locator links for " + words.size() + " words, index from page " + first);
            // tagged: an Index holding the entries, each locator a Reference around its Link
            Map<String, Integer> kinds = new LinkedHashMap<>();
            int[] linked = {0};
            walk(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), kinds, linked);
            assertEquals(1, kinds.getOrDefault("Index", 0), kinds.toString());
            assertTrue(kinds.getOrDefault("Reference", 0) >= links, kinds.toString());
            assertEquals(kinds.get("Reference"), linked[0], "every Reference holds a Link");
        }
    }

    /** Counts the structure elements by type, and the References whose kid is a Link. */
    private static void walk(List<Object> kids, Map<String, Integer> kinds, int[] linked) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                kinds.merge(e.getStructureType(), 1, Integer::sum);
                if (e.getStructureType().equals("Reference")
                        && e.getKids().stream()
                                .anyMatch(k -> k instanceof PDStructureElement l
                                        && l.getStructureType().equals("Link"))) {
                    linked[0]++;
                }
                walk(e.getKids(), kinds, linked);
            }
        }
    }

    private static String read(ZipFile zip, String name) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The EPUB index's terms in order, and its letter headings, for a book in {@code language}. */
    private String[] collated(String language, String... terms) throws IOException {
        Fixtures.write(project, "src/book.yaml", "title: Sorted\nauthors: [A. Writer]\nlanguage: " + language + "\n");
        StringBuilder md = new StringBuilder("# Eins\n\n");
        for (String term : terms) {
            md.append(term).append("<!-- index: ").append(term).append(" --> ");
        }
        Fixtures.write(project, "src/a.md", md + "\n");
        Fixtures.write(project, "src/b.md", "# Zwei\n\nText.\n");
        PublishResult result =
                Publisher.publish(PublishRequest.of(project.resolve("src"), project, project.resolve("out"), "book")
                        .identitySeed("test")
                        .formats(Set.of(Format.EPUB))
                        .timestamp(java.time.Instant.parse("2026-01-01T00:00:00Z"))
                        .workDirectory(project.resolve("out/work"))
                        .build());
        try (ZipFile zip = new ZipFile(result.editions().get(Format.EPUB).file().toFile())) {
            String xhtml = read(zip, "EPUB/index.xhtml");
            List<String> order = new ArrayList<>();
            Matcher m = Pattern.compile("index-term\">([^<]+)<").matcher(xhtml);
            while (m.find()) {
                order.add(m.group(1));
            }
            List<String> groups = new ArrayList<>();
            Matcher g =
                    Pattern.compile("<h2 id=\"index-group-\\d+\">([^<]+)</h2>").matcher(xhtml);
            while (g.find()) {
                groups.add(g.group(1));
            }
            return new String[] {String.join(" ", order), String.join(" ", groups)};
        }
    }

    @Test
    void germanEntriesSortTheUmlautWithItsVowel() throws IOException {
        String[] got = collated("de", "Zug", "Öl", "Äpfel", "Bär", "Ober", "Apfel", "Ähre", "Straße", "Strasse");
        assertEquals("Ähre Apfel Äpfel Bär Ober Öl Strasse Straße Zug", got[0]);
        assertEquals("A B O S Z", got[1]);
    }

    @Test
    void frenchEntriesWeighTheirAccentsFromTheEnd() throws IOException {
        String[] got = collated("fr", "côté", "cote", "Œuvre", "côte", "coté", "élève", "eau", "oeil", "été");
        assertEquals("cote côte coté côté eau élève été oeil Œuvre", got[0]);
        assertEquals("C E O", got[1]);
    }

    @Test
    void swedishLettersAfterZHeadTheirOwnGroups() throws IOException {
        String[] got = collated("sv", "Öl", "Ärta", "Zebra", "Apa", "Åska");
        assertEquals("Apa Zebra Åska Ärta Öl", got[0]);
        assertEquals("A Z Å Ä Ö", got[1]);
    }

    /** A Hebrew book's index reads its columns from the right: its first letters stand right of its last. */
    @Test
    void aRightToLeftIndexFillsItsRightColumnFirst() throws Exception {
        Fixtures.write(project, "src/book.yaml", "title: ספר\nauthors: [A. Writer]\nlanguage: he\n");
        StringBuilder md = new StringBuilder("# פרק\n\n");
        for (char letter : "אבגדהוזחטיכלמנסעפצקרשת".toCharArray()) {
            for (String rest : List.of("לום", "רך", "ית", "ני", "מה")) {
                String term = letter + rest;
                md.append(term).append("<!-- index: ").append(term).append(" --> ");
            }
        }
        Fixtures.write(project, "src/a.md", md + "\n");
        Fixtures.write(project, "src/b.md", "# שני\n\nטקסט.\n");
        PublishResult result =
                Publisher.publish(PublishRequest.of(project.resolve("src"), project, project.resolve("out"), "book")
                        .formats(Set.of(Format.PDF))
                        .workDirectory(project.resolve("out/work"))
                        .build());
        try (PDDocument pdf =
                Loader.loadPDF(result.editions().get(Format.PDF).file().toFile())) {
            List<float[]> headings = new ArrayList<>(); // the x of each bold glyph: the letters' headings
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    if (text.getFont().getName().contains("Bold")
                            && text.getFontSizeInPt() < 12 // not the title's
                            && text.getUnicode().matches("[\u05d0-\u05ea]")) {
                        headings.add(new float[] {
                            text.getXDirAdj(), text.getUnicode().charAt(0)
                        });
                    }
                }
            };
            List<float[]> page = List.of();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                headings.clear();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(pdf);
                if (!headings.isEmpty() && headings.get(0)[1] == '\u05d0') {
                    page = new ArrayList<>(headings); // the index's first page opens with aleph
                    break;
                }
            }
            headings.clear();
            headings.addAll(page);
            assertTrue(headings.size() >= 4, "letter headings on the index's first page: " + headings.size());
            float right = headings.get(0)[0];
            float left = headings.get(headings.size() - 1)[0];
            assertTrue(right > left + 100, "the first letter at x " + right + ", the page's last at " + left);
        }
    }

    private Diagnostic failure(String chapter) throws IOException {
        Fixtures.write(project, "src/a.md", chapter);
        Fixtures.write(project, "src/b.md", "# B\n\nText.\n");
        PublishException e = assertThrows(
                PublishException.class,
                () -> Publisher.publish(
                        PublishRequest.of(project.resolve("src"), project, project.resolve("out"), "book")
                                .formats(Set.of(Format.EPUB))
                                .workDirectory(project.resolve("out/work"))
                                .build()));
        List<Diagnostic> errors =
                e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @Test
    void badMarksAreErrorsWhereTheyStand() throws IOException {
        assertEquals(
                "src/a.md:3:29: the index passage 'heap|(' is never closed",
                failure("# A\n\nText and a heap <!-- index: heap|( --> here.\n").headline());
        assertEquals(
                "src/a.md:5:20: the index passage 'heap|)' closes what no mark opened",
                failure("# A\n\nText.\n\n<!-- index: stack; heap|) -->\nMore.\n")
                        .headline());
        Diagnostic unknown = failure("# A\n\nOne <!-- index: heap|bold --> two.\n");
        assertEquals(
                "src/a.md:3:17: the index mark 'heap|bold' ends in '|bold', which Imprint does not know",
                unknown.headline());
        assertTrue(unknown.hint().contains("see also"), unknown.hint());
        assertEquals(
                "src/a.md:3:17: the index term 'heap!!stack' has an empty level",
                failure("# A\n\nOne <!-- index: heap!!stack --> two.\n").headline());
        assertEquals(
                "src/a.md:3:13: an index mark on a line of its own must come just before a paragraph or a heading",
                failure("# A\n\n<!-- index: heap -->\n- a list\n").headline());
    }
}
