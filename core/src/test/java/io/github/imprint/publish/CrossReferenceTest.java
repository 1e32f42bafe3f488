package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbered figures, tables and listings and references to them, read back from both editions: every
 * page a reference names in the PDF is the page its target is on (pdftotext, page by page), the words
 * for a near target ("on the next page") say where it is, and the EPUB's references carry the PDF's
 * page numbers. Labels that name nothing, and labels given twice, are errors at their positions.
 */
class CrossReferenceTest {

    @TempDir
    Path project;

    private static final String FILLER =
            ("The quick brown fox jumps over the lazy dog while the committee considers its options. ".repeat(6))
                    .strip();

    private Path book(String language) throws IOException {
        Fixtures.write(
                project, "src/book.yaml", "title: References\nauthors: [A. Writer]\nlanguage: " + language + "\n");
        Files.createDirectories(project.resolve("src/images"));
        Files.copy(
                Fixtures.repository().resolve("samples/book/src/main/markdown/images/circles.svg"),
                project.resolve("src/images/circles.svg"));
        Fixtures.write(
                project,
                "src/01-stacks.md",
                "# Stacks\n\nAs @fig-circles shows, circles are round. The operators are in @tbl-ops, and the"
                        + " program is @lst-main:full. See @sec-heap:page for the heap; @fig-circles:full.\n\n"
                        + "![Three circles](images/circles.svg \"Three circles in a row\"){#fig-circles}\n\n"
                        + FILLER + "\n\n| Operator | Meaning |\n|---|---|\n| `+` | addition |\n| `%` | remainder |\n\n"
                        + ": The arithmetic operators {#tbl-ops}\n\n"
                        + "```rust {#lst-main caption=\"The main function\"}\nfn main() {}\n```\n\n"
                        + String.join("\n\n", Collections.nCopies(14, FILLER))
                        + "\n\n## The heap {#sec-heap}\n\nBack to @fig-circles:full and @tbl-ops:full. Mail me at"
                        + " me@fig-x.org.\n");
        Fixtures.write(
                project,
                "src/02-queues.md",
                "# Queues\n\n" + String.join("\n\n", Collections.nCopies(3, FILLER))
                        + "\n\nThe main function, @lst-main:full, and @sec-heap:full.\n\n"
                        + "![A second figure](images/circles.svg \"Again\")\n");
        return project.resolve("src");
    }

    private PublishResult publish(Path source) {
        return publish(source, null);
    }

    /** Both editions, with {@code theme} (a theme.yaml in the project, or null for the default). */
    private PublishResult publish(Path source, String theme) {
        PublishRequest.Builder request = PublishRequest.of(source, project, project.resolve("out"), "book")
                .identitySeed("test")
                .formats(Set.of(Format.PDF, Format.EPUB))
                .timestamp(java.time.Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(project.resolve("out/work"));
        return Publisher.publish((theme == null ? request : request.theme(project.resolve(theme))).build());
    }

    /** The PDF's pages as pdftotext reads them, each with its folio, spaces made single. */
    private static List<String[]> pages(Path pdf) throws IOException, InterruptedException {
        Assumptions.assumeTrue(ReadBack.available("pdftotext"), "pdftotext (poppler-utils) is not installed");
        String[] texts = ReadBack.pdfText(pdf).split("\f");
        List<String[]> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPageLabels labels = document.getDocumentCatalog().getPageLabels();
            String[] folios = labels.getLabelsByPageIndices();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                String text = i < texts.length ? texts[i].replaceAll("\\s+", " ") : "";
                pages.add(new String[] {folios[i], text});
            }
        }
        return pages;
    }

    /** The physical page (from 1) holding {@code text} among body pages, the first such. */
    private static int pageOf(List<String[]> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i)[0].matches("\\d+") && pages.get(i)[1].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + text + "' is on no page of the body");
    }

    @Test
    void everyPageAReferenceNamesIsWhereItsTargetIs() throws Exception {
        PublishResult result = publish(book("en"));
        List<String[]> pages = pages(result.editions().get(Format.PDF).file());
        Map<String, Integer> targets = new HashMap<>();
        targets.put("Figure 1.1", pageOf(pages, "Figure 1.1. Three circles in a row"));
        targets.put("Table 1.1", pageOf(pages, "Table 1.1. The arithmetic operators"));
        targets.put("Listing 1.1", pageOf(pages, "Listing 1.1. The main function"));
        targets.put("The heap", pageOf(pages, "The heap Back to"));
        Pattern far = Pattern.compile("(Figure 1\\.1|Table 1\\.1|Listing 1\\.1|The heap) on page (\\d+)");
        Pattern near =
                Pattern.compile("(Figure 1\\.1|Table 1\\.1|Listing 1\\.1|The heap) on the (facing|next|previous) page");
        int named = 0;
        int close = 0;
        for (int i = 0; i < pages.size(); i++) {
            String text = pages.get(i)[1];
            for (Matcher m = far.matcher(text); m.find(); named++) {
                assertEquals(pages.get(targets.get(m.group(1)) - 1)[0], m.group(2), m.group() + " on page " + (i + 1));
            }
            for (Matcher m = near.matcher(text); m.find(); close++) {
                int from = i + 1;
                int to = targets.get(m.group(1));
                int body = from - pageOf(pages, "Stacks As") + 1; // body pages run recto from 1
                int expected = switch (m.group(2)) {
                    case "facing" -> body % 2 == 0 ? from + 1 : from - 1;
                    case "next" -> from + 1;
                    default -> from - 1;
                };
                assertEquals(expected, to, m.group() + " on page " + from);
            }
        }
        assertTrue(named >= 2 && close >= 2, named + " references by page, " + close + " to near pages");
        String first = pages.get(pageOf(pages, "Stacks As") - 1)[1];
        assertTrue(first.contains("See page " + pages.get(targets.get("The heap") - 1)[0] + " for the heap"), first);
        assertTrue(first.contains("for the heap; Figure 1.1. "), "nothing is added on the target's own page: " + first);
        assertTrue(first.contains("Mail") || !first.contains("Figure 1.1.org"), "an e-mail address is no reference");

        Map<String, String> links = epubLinks(result.editions().get(Format.EPUB).file());
        assertFalse(links.isEmpty());
        for (Map.Entry<String, String> link : links.entrySet()) {
            Matcher m = Pattern.compile("(.+) on page (\\d+)").matcher(link.getValue());
            if (m.matches()) {
                assertEquals(pages.get(targets.get(m.group(1)) - 1)[0], m.group(2), "the EPUB's " + link);
            }
        }
        assertTrue(
                links.values().stream()
                        .anyMatch(w -> w.equals("The heap on page " + pages.get(targets.get("The heap") - 1)[0])),
                links.toString());
    }

    /** Each reference link of the EPUB's chapters: its href with a counter, and its words. */
    private static Map<String, String> epubLinks(Path epub) throws IOException {
        Map<String, String> links = new HashMap<>();
        Pattern link = Pattern.compile("<a href=\"([^\"]*#(?:fig|tbl|lst|sec)-[^\"]*)\">([^<]*)</a>");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith("EPUB/ch-")) {
                    String xhtml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    for (Matcher m = link.matcher(xhtml); m.find(); ) {
                        links.put(entry.getName() + " " + m.group(1) + " " + links.size(), m.group(2));
                    }
                }
            }
        }
        return links;
    }

    @Test
    void captionsAreNumberedInTheBookLanguageAndAsTheThemeSays() throws Exception {
        book("de");
        Fixtures.write(project, "theme.yaml", "numbering:\n  mode: book\n  listing: Quelltext\n");
        PublishResult result = publish(project.resolve("src"), "theme.yaml");
        Assumptions.assumeTrue(ReadBack.available("pdftotext"), "pdftotext (poppler-utils) is not installed");
        String pdf = ReadBack.pdfText(result.editions().get(Format.PDF).file()).replaceAll("\\s+", " ");
        assertTrue(pdf.contains("Abbildung 1. Three circles"), pdf);
        assertTrue(pdf.contains("Abbildung 2. Again"), "counted through the book");
        assertTrue(pdf.contains("Tabelle 1. The arithmetic"));
        assertTrue(pdf.contains("Quelltext 1. The main function"), "the theme's name for listings");
        assertTrue(pdf.matches(".*Quelltext 1 auf (Seite \\d+|der \\S+ Seite).*"), "German words around the page");
    }

    @Test
    void listsOfFiguresTablesAndListingsFollowTheContentsWithTheirPages() throws Exception {
        book("en");
        Fixtures.write(project, "theme.yaml", "toc:\n  figures: true\n  tables: true\n  listings: true\n");
        PublishResult result = publish(project.resolve("src"), "theme.yaml");
        List<String[]> pages = pages(result.editions().get(Format.PDF).file());
        String front =
                pages.stream().filter(p -> !p[0].matches("\\d+")).map(p -> p[1]).reduce("", String::concat);
        for (String[] entry : new String[][] {
            {"List of Figures", "1.1 Three circles in a row", "Figure 1.1. Three circles"},
            {"List of Figures", "2.1 Again", "Figure 2.1. Again"},
            {"List of Tables", "1.1 The arithmetic operators", "Table 1.1. The arithmetic"},
            {"List of Listings", "1.1 The main function", "Listing 1.1. The main function"}
        }) {
            String folio = pages.get(pageOf(pages, entry[2]) - 1)[0];
            assertTrue(front.contains(entry[0]), entry[0] + " in " + front);
            assertTrue(
                    Pattern.compile(Pattern.quote(entry[1]) + "[ .]+" + folio + " ")
                            .matcher(front)
                            .find(),
                    entry[1] + " on page " + folio + " in " + front);
        }
        try (ZipFile zip = new ZipFile(result.editions().get(Format.EPUB).file().toFile())) {
            String nav = new String(
                    zip.getInputStream(zip.getEntry("EPUB/nav.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(nav.contains("<nav id=\"loi\" epub:type=\"loi\""), nav);
            assertTrue(
                    nav.contains("<a href=\"ch-01-stacks.xhtml#fig-circles\">1.1\u2002Three circles in a row</a>"),
                    nav);
            assertTrue(nav.contains("<a href=\"ch-01-stacks.xhtml#tbl-ops\">"), nav);
            assertTrue(nav.contains("<a href=\"ch-01-stacks.xhtml#lst-main\">"), nav);
        }
    }

    /**
     * A later pass takes the paragraphs whose words did not change from the pass before; a trace of the
     * paragraphs sets every one anew. Both give the same PDF.
     */
    @Test
    void paragraphsTakenFromTheFirstPassSetTheSamePagesAsSettingThemAnew() throws Exception {
        Path source = book("en");
        byte[] taken =
                Files.readAllBytes(publish(source).editions().get(Format.PDF).file());
        PublishResult anew = Publisher.publish(PublishRequest.of(source, project, project.resolve("anew"), "book")
                .identitySeed("test")
                .formats(Set.of(Format.PDF, Format.EPUB))
                .timestamp(java.time.Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(project.resolve("anew/work"))
                .traces(Set.of(io.github.imprint.typeset.Trace.PARAGRAPHS))
                .build());
        assertTrue(
                java.util.Arrays.equals(
                        taken,
                        Files.readAllBytes(anew.editions().get(Format.PDF).file())),
                "the same PDF, byte for byte");
    }

    private Diagnostic failure(String chapter) throws IOException {
        Fixtures.write(project, "src/a.md", chapter);
        Fixtures.write(project, "src/c.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        PublishException e = assertThrows(PublishException.class, () -> publish(project.resolve("src")));
        List<Diagnostic> errors =
                e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @Test
    void aLabelThatNamesNothingIsAnErrorAtTheReference() throws IOException {
        Diagnostic error = failure("# A\n\nText.\n\nAs @fig-circle shows, and @fig-circles too.\n\n"
                + "![Circles](c.svg){#fig-circles}\n");
        assertEquals("src/a.md:5:4: nothing is labelled fig-circle", error.headline());
        assertTrue(error.hint().contains("fig-circles"), error.hint());
    }

    @Test
    void aLabelGivenTwiceIsAnErrorAtTheSecond() throws IOException {
        Diagnostic error = failure("# A\n\n```java {#lst-a}\nint a;\n```\n\nText.\n\n```java {#lst-a}\nint b;\n```\n");
        assertEquals("src/a.md:9:1: the label lst-a is given twice; it is first at src/a.md:3:1", error.headline());
    }
}
