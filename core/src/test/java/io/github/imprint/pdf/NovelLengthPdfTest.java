package io.github.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Role;
import io.github.imprint.markdown.MetadataDraft;
import io.github.imprint.markdown.Sources;
import io.github.imprint.model.Publication;
import io.github.imprint.publish.Fixtures;
import io.github.imprint.typeset.Typesetter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Les Misérables set in pages: invariants on real text (no overfull line, no widow or orphan, no
 * lost footnote) and, through pdftotext, every word back in order. Skipped where ../shared is absent.
 */
class NovelLengthPdfTest {

    @TempDir
    Path work;

    @Test
    void lesMiserablesInPages() throws IOException, InterruptedException {
        Path book = Fixtures.lesMiserables(work);
        Publication publication = Sources.load(
                book,
                new Sources.Options(work.resolve("project"), new MetadataDraft(), "t", Optional.empty()),
                new Diagnostics());
        Diagnostics diagnostics = new Diagnostics();
        PagedDocument pages = Typesetter.typeset(publication, PdfEditionTest.THEME, diagnostics);

        assertEquals(0, pages.statistics().overfull(), "no overfull lines");
        assertEquals(
                List.of(), widowsAndOrphans(pages), "no paragraph leaves a single line on either side of a page break");

        Path pdf = PdfWriter.write(
                        pages,
                        new PdfInfo(
                                "Les Misérables",
                                List.of("Victor Hugo"),
                                null,
                                List.of(),
                                Instant.parse("2026-01-01T00:00:00Z")),
                        work.resolve("les-miserables.pdf"))
                .file();
        PdfText.assertFontsEmbedded(pdf);
        Assumptions.assumeTrue(PdfText.available(), "pdftotext is not installed; .ci/run installs poppler-utils");
        PdfText.assertWordsInOrder(publication, PdfText.text(pdf));
    }

    /** Paragraphs split across pages with fewer than two lines on a side, as "page: first words". */
    static List<String> widowsAndOrphans(PagedDocument document) {
        Map<BlockId, Map<Integer, TreeSet<Long>>> linesByBlock = new LinkedHashMap<>();
        for (Page page : document.pages()) {
            for (Placed placed : page.items()) {
                if (placed instanceof Placed.GlyphRun run && run.role() == Role.PARAGRAPH) {
                    linesByBlock
                            .computeIfAbsent(run.block(), b -> new LinkedHashMap<>())
                            .computeIfAbsent(page.number(), p -> new TreeSet<>())
                            .add(run.baseline());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        linesByBlock.forEach((block, byPage) -> {
            if (byPage.size() > 1) {
                byPage.forEach((page, baselines) -> {
                    if (baselines.size() < 2) {
                        problems.add("page " + page + ", block " + block);
                    }
                });
            }
        });
        return problems;
    }
}
