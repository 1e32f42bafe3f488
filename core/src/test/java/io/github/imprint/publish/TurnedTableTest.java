package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table too wide for the measure, on a page turned on its side, as a reader of the PDF meets it: the
 * viewer shows that page turned (and no other), the link in a cell is where its words are drawn, and
 * the cells read back in order.
 */
class TurnedTableTest {

    @TempDir
    Path project;

    @Test
    void theTurnedPageIsShownTurnedItsLinkIsOnItsWordsAndItsCellsReadBack() throws Exception {
        String row = "| Internationalisation | Responsibilities | Characteristically | Incomprehensibilities"
                + " | Establishment | [Documentation](https://example.com/docs) | Interoperability |\n";
        Path source = Fixtures.write(
                project,
                "src/a.md",
                "---\ntitle: A wide table\nlanguage: en\n---\n\nText before.\n\n"
                        + "| a | b | c | d | e | f | g |\n|---|---|---|---|---|---|---|\n" + row + row
                        + "\nText after.\n");
        PublishResult result = Publisher.publish(PublishRequest.of(source, project, project.resolve("out"), "wide")
                .formats(Set.of(Format.PDF))
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .build());
        Path pdf = result.editions().get(Format.PDF).file();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<Integer> rotations = new java.util.ArrayList<>();
            document.getPages().forEach(p -> rotations.add(p.getRotation()));
            assertEquals(
                    List.of(0, 90),
                    rotations,
                    "the table's page alone is shown turned, the text after it on the first");
            PDPage turned = document.getPage(1);
            List<PDAnnotation> links = turned.getAnnotations();
            assertEquals(2, links.size(), "one link in each row");
            PDRectangle page = turned.getMediaBox();
            for (PDAnnotation link : links) {
                PDRectangle r = link.getRectangle();
                assertTrue(r.getHeight() > r.getWidth(), "turned, a link runs up the page: " + r);
                assertTrue(
                        r.getLowerLeftX() > 0
                                && r.getUpperRightX() < page.getWidth()
                                && r.getLowerLeftY() > 0
                                && r.getUpperRightY() < page.getHeight(),
                        "the link lies on the page: " + r);
            }
        }
        if (ReadBack.available("pdftotext")) {
            List<String> words = ReadBack.words(ReadBack.pdfText(pdf));
            List<String> cells = ReadBack.words(
                    row.replaceAll("[|\\[\\]]|\\(https[^)]*\\)", " ").repeat(2));
            assertTrue(ReadBack.inOrder(cells, words) >= 0.99, "the cells read back in order: " + words);
        }
    }
}
