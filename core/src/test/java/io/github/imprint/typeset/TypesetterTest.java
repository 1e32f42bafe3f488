package io.github.imprint.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Role;
import io.github.imprint.markdown.MetadataDraft;
import io.github.imprint.markdown.Sources;
import io.github.imprint.model.Publication;
import io.github.imprint.publish.Fixtures;
import io.github.imprint.theme.PageGeometry;
import io.github.imprint.theme.Theme;
import io.github.imprint.theme.ThemeLoader;
import io.github.imprint.typeset.paginate.PageFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypesetterTest {

    @TempDir
    Path project;

    private PagedDocument typeset(String body, Diagnostics diagnostics) throws IOException {
        return typeset(body, diagnostics, Optional.empty());
    }

    private PagedDocument typeset(String body, Diagnostics diagnostics, Optional<Path> theme) throws IOException {
        Path source = Fixtures.write(project, "src/a.md", "---\ntitle: T\nlanguage: en\n---\n\n" + body);
        Publication p = Sources.load(
                source.getParent(),
                new Sources.Options(project, new MetadataDraft(), "t", Optional.empty()),
                new Diagnostics());
        return Typesetter.typeset(p, ThemeLoader.load(theme, "theme.yaml", new Diagnostics()), diagnostics);
    }

    @Test
    void aThemeCanMakeAMissingCharacterFailTheBuild() throws IOException {
        Path theme = Fixtures.write(project, "theme.yaml", "fonts:\n  missing: error\n");
        PublishException e = Assertions.assertThrows(
                PublishException.class, () -> typeset("A face: \uE000.\n", new Diagnostics(), Optional.of(theme)));
        assertEquals(
                "src/a.md:6:1: character U+E000 '\uE000' is in none of the fonts; it is left out of the PDF",
                e.diagnostics().get(0).headline());
    }

    @Test
    void aLongUrlBreaksAfterSlashesAndDotsInsteadOfOverflowing() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        PagedDocument pages = typeset(
                "See <https://example.com/a/very/long/path/that/goes/on/and/on/for/ever/and/ever/index.html>"
                        + " for the details, and `java.util.concurrent.ConcurrentHashMap.computeIfAbsent` too.\n",
                diagnostics);
        assertEquals(0, pages.statistics().overfull());
        assertEquals(List.of(), diagnostics.all());
    }

    @Test
    void aWordThatCannotBreakIsReportedWithItsPosition() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        PagedDocument pages = typeset("Text.\n\nA number: " + "1234567890".repeat(8) + " ends here.\n", diagnostics);
        assertEquals(1, pages.statistics().overfull());
        assertEquals(
                List.of("src/a.md:8:1: a line of this paragraph is wider than the measure"),
                diagnostics.all().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void aTableThatCrossesAPageRepeatsItsHeaderRow() throws IOException {
        StringBuilder table = new StringBuilder("| Year | Event |\n|---|---|\n");
        for (int i = 0; i < 80; i++) {
            table.append("| ").append(1800 + i).append(" | Something happened |\n");
        }
        PagedDocument pages = typeset(table.toString(), new Diagnostics());
        long pagesWithHeader = pagesWithHeader(pages, "Year");
        assertEquals(pages.pages().size(), pagesWithHeader, "every page of the table shows its header");
        assertEquals(true, pages.pages().size() > 1);
    }

    /** How many pages show a table header cell reading {@code text}. */
    private static long pagesWithHeader(PagedDocument pages, String text) {
        return pages.pages().stream()
                .filter(page -> page.items().stream()
                        .anyMatch(p -> p instanceof Placed.GlyphRun run
                                && run.role() == Role.TABLE_HEADER_CELL
                                && run.text().equals(text)))
                .count();
    }

    private static List<Placed.GlyphRun> cells(PagedDocument pages) {
        return pages.pages().stream()
                .flatMap(page -> page.items().stream())
                .filter(p -> p instanceof Placed.GlyphRun run && run.role() == Role.TABLE_CELL)
                .map(p -> (Placed.GlyphRun) p)
                .toList();
    }

    @Test
    void aTablesColumnsAreAsWideAsTheirContentAsks() throws IOException {
        PagedDocument pages = typeset(
                "| Operator | Meaning |\n|---|---|\n"
                        + "| `%` | Arithmetic remainder of the division of the left operand by the right one |\n"
                        + "| `+` | Addition of two numbers, or concatenation where the operands are strings |\n",
                new Diagnostics());
        List<Placed.GlyphRun> cells = cells(pages);
        long left = cells.stream().mapToLong(r -> r.xs()[0]).min().orElseThrow();
        long meaning = cells.stream()
                .filter(r -> r.text().startsWith("Arithmetic"))
                .mapToLong(r -> r.xs()[0])
                .findFirst()
                .orElseThrow();
        long right =
                cells.stream().mapToLong(r -> r.xs()[r.xs().length - 1]).max().orElseThrow();
        assertTrue(
                meaning - left < (right - left) / 4,
                "the column of one-character operators is narrow, the explanations take the room: " + (meaning - left)
                        + " of " + (right - left));
        assertTrue(
                cells.stream().noneMatch(r -> r.text().endsWith("-") || r.text().endsWith("\u00AD")),
                "no word of the explanations is hyphenated");
    }

    @Test
    void aTableTooWideForItsWordsIsSetSmallerDownToTheCodeFloor() throws IOException {
        String words = "| Internationalisation | Responsibilities | Characteristically | Incomprehensibilities |"
                + " Establishment |";
        PagedDocument pages = typeset(
                "| a | b | c | d | e |\n|---|---|---|---|---|\n" + words + "\n" + words + "\n", new Diagnostics());
        List<Placed.GlyphRun> cells = cells(pages);
        long size = cells.get(0).size();
        assertTrue(size < 9_000 && size >= 7_000, "set smaller, not below 7pt: " + size);
        assertTrue(cells.stream().allMatch(r -> r.size() == size), "one size for the whole table");
    }

    /** Seven columns of words too long for the measure at any size down to the floor. */
    private static final String WIDE = "| a | b | c | d | e | f | g |\n|---|---|---|---|---|---|---|\n"
            + ("| Internationalisation | Responsibilities | Characteristically | Incomprehensibilities"
                            + " | Establishment | Documentation | Interoperability |\n")
                    .repeat(30);

    @Test
    void aTableTooWideEvenAtTheFloorGoesOntoPagesTurnedOnTheirSide() throws IOException {
        PagedDocument pages =
                typeset("Text before the table.\n\n" + WIDE + "\nText after the table.\n", new Diagnostics());
        List<Page> turned = pages.pages().stream().filter(p -> p.turn() != null).toList();
        assertTrue(turned.size() >= 2, "thirty rows take more than one turned page: " + turned.size());
        PageFrame frame = frame(pages.pages().get(0));
        for (Page page : turned) {
            List<Placed.GlyphRun> cells = page.items().stream()
                    .filter(p -> p instanceof Placed.GlyphRun run && run.role() == Role.TABLE_CELL)
                    .map(Placed.GlyphRun.class::cast)
                    .toList();
            assertFalse(cells.isEmpty(), "page " + page.number() + " holds rows");
            for (int i = 0; i < page.items().size(); i++) {
                Placed item = page.items().get(i);
                // the running head and the folio are the page's only text that is no part of the table
                boolean furniture = item instanceof Placed.GlyphRun run && run.role() == Role.ARTIFACT;
                assertEquals(!furniture, page.turn().holds(i), "only the table is turned: " + item);
            }
            for (Placed.GlyphRun cell : cells) {
                assertTrue(cell.end() <= frame.textHeight(), "a row is no wider than the text block is tall");
                assertTrue(cell.baseline() <= frame.measure(), "the rows fit the measure's depth");
            }
            assertTrue(
                    page.items().stream()
                            .anyMatch(p -> p instanceof Placed.GlyphRun run && run.role() == Role.TABLE_HEADER_CELL),
                    "the header row is on every turned page");
        }
        long size = cells(pages).get(0).size();
        assertTrue(size >= 7_000, "turned, the table has room: " + size);
        int first = turned.get(0).number();
        assertTrue(
                pages.pages().stream()
                        .filter(p -> p.number() < first)
                        .anyMatch(p -> p.items().stream()
                                .anyMatch(i -> i instanceof Placed.GlyphRun run
                                        && run.text().contains("after"))),
                "the turned pages float: the text after the table fills the page before them");
        for (int k = 1; k < turned.size(); k++) {
            assertEquals(turned.get(k - 1).number() + 1, turned.get(k).number(), "the turned pages follow on");
        }
    }

    @Test
    void aThemeCanKeepWideTablesUpright() throws IOException {
        Path theme = Fixtures.write(project, "theme.yaml", "tables:\n  landscape: false\n");
        PagedDocument pages = typeset(WIDE, new Diagnostics(), Optional.of(theme));
        assertTrue(pages.pages().stream().allMatch(p -> p.turn() == null), "no page is turned");
        assertEquals(7_000, cells(pages).get(0).size(), "the table stays upright at the code floor");
    }

    /** The frame of the default theme's A5 page, as its first page's size shows it. */
    private static PageFrame frame(Page page) {
        Theme theme = ThemeLoader.load(Optional.empty(), "theme.yaml", new Diagnostics());
        PageGeometry g = theme.page();
        assertEquals(g.width().millipoints(), page.width());
        return new PageFrame(
                g.width().millipoints(),
                g.height().millipoints(),
                g.marginTop().millipoints(),
                g.marginBottom().millipoints(),
                g.marginInside().millipoints(),
                g.marginOutside().millipoints());
    }

    @Test
    void aTallRowSplitsAcrossPagesUnderItsHeader() throws IOException {
        String tall = "word ".repeat(3000);
        PagedDocument pages =
                typeset("| Key | Text |\n|---|---|\n| short | a row |\n| long | " + tall + "|\n", new Diagnostics());
        assertTrue(
                pages.pages().size() >= 3,
                "the row runs over pages: " + pages.pages().size());
        long withHeader = pagesWithHeader(pages, "Text");
        assertEquals(pages.pages().size(), withHeader, "every page of the row shows the header above it");
        assertTrue(
                pages.pages().get(0).items().stream()
                        .anyMatch(p ->
                                p instanceof Placed.GlyphRun run && run.text().startsWith("word")),
                "the tall row starts on the first page, under the short one, rather than being pushed");
    }

    @Test
    void aLanguageWithoutPatternsIsSaidOnceAtInfoLevel() throws IOException {
        Path source = Fixtures.write(
                project,
                "src/a.md",
                "---\ntitle: T\nlanguage: mt\n---\n\nIl-bnedmin kollha jitwieldu ħielsa u ugwali fid-dinjità.\n\n"
                        + "Huma mogħnija bir-raġuni u bil-kuxjenza.\n\n<span lang=\"ja\">日本語</span>\n");
        Publication p = Sources.load(
                source.getParent(),
                new Sources.Options(project, new MetadataDraft(), "t", Optional.empty()),
                new Diagnostics());
        Diagnostics diagnostics = new Diagnostics();
        Typesetter.typeset(p, ThemeLoader.load(Optional.empty(), "theme.yaml", new Diagnostics()), diagnostics);
        List<Diagnostic> infos =
                diagnostics.all().stream().filter(Diagnostic::isInfo).toList();
        assertEquals(1, infos.size(), diagnostics.all().toString());
        assertEquals(
                "no hyphenation patterns for Maltese (mt); words in it are set whole",
                infos.get(0).message());
    }

    /** Devanagari letters in serif text take the sans face the theme names for the script. */
    @Test
    void aThemeNamesTheFamilyForAScript() throws IOException {
        Path theme = Fixtures.write(project, "theme.yaml", "fonts:\n  scripts:\n    deva: Noto Sans Devanagari\n");
        Diagnostics diagnostics = new Diagnostics();
        PagedDocument pages =
                typeset("Serif text, then हिन्दी in the theme's face.\n", diagnostics, Optional.of(theme));
        List<String> families = pages.pages().stream()
                .flatMap(p -> p.items().stream())
                .filter(i -> i instanceof Placed.GlyphRun run && run.text().contains("हिन्दी"))
                .map(i -> ((Placed.GlyphRun) i).face().family())
                .toList();
        assertEquals(List.of("Noto Sans Devanagari"), families);
    }

    @Test
    void aScriptCodeThatIsNoneIsAnErrorAtItsPosition() throws IOException {
        Path theme = Fixtures.write(project, "theme.yaml", "fonts:\n  scripts:\n    devanagri: Noto Sans Devanagari\n");
        PublishException e = Assertions.assertThrows(
                PublishException.class, () -> ThemeLoader.load(Optional.of(theme), "theme.yaml", new Diagnostics()));
        assertEquals(
                List.of("theme.yaml:3:5: 'devanagri' is not a script code"),
                e.diagnostics().stream().map(Diagnostic::headline).toList());
    }

    /** The code runs of a typeset 80-column line, by their baselines: one baseline, one line. */
    private List<Placed.GlyphRun> codeOf(PagedDocument pages) {
        return pages.pages().stream()
                .flatMap(p -> p.items().stream())
                .filter(i -> i instanceof Placed.GlyphRun run && run.role() == io.github.imprint.layout.Role.CODE)
                .map(Placed.GlyphRun.class::cast)
                .toList();
    }

    @Test
    void theCodeSizeStepsDownSoThatEightyColumnsFit() throws IOException {
        String line = "let total = values.iter().map(|v| v * 2).filter(|v| v % 3 == 0).sum::<u64>(); // ok";
        String block = "```\n" + line.substring(0, 80) + "\n```\n";
        Path small = Fixtures.write(project, "theme.yaml", "code:\n  min-size: 4pt\n");
        List<Placed.GlyphRun> fitted = codeOf(typeset(block, new Diagnostics(), Optional.of(small)));
        assertEquals(
                1, fitted.stream().map(Placed.GlyphRun::baseline).distinct().count(), "80 columns on one line");
        assertTrue(
                fitted.get(0).size() < 8_500,
                "set smaller than the style's 8.5pt: " + fitted.get(0).size());
        Path fixed = Fixtures.write(project, "theme.yaml", "code:\n  min-size: 8.5pt\n");
        List<Placed.GlyphRun> wrapped = codeOf(typeset(block, new Diagnostics(), Optional.of(fixed)));
        assertEquals(8_500, wrapped.get(0).size());
        assertTrue(wrapped.stream().map(Placed.GlyphRun::baseline).distinct().count() > 1, "at 8.5pt it wraps");
    }
}
