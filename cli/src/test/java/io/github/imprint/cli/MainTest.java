package io.github.imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in this JVM: its commands, its messages and its exit codes. */
class MainTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpIsUsageAndSucceeds() {
        assertEquals(Main.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: imprint publish SOURCE"));
    }

    @Test
    void wrongUsageExitsTwoAndSaysWhy() {
        assertEquals(Main.USAGE, run());
        assertTrue(err().contains("no command given"), err());
        assertEquals(Main.USAGE, run("typeset", "a.md"));
        assertTrue(err().contains("unknown command 'typeset'"), err());
        assertEquals(Main.USAGE, run("publish", "a.md", "--colour", "red"));
        assertTrue(err().contains("'publish' has no option --colour"), err());
        assertEquals(Main.USAGE, run("publish", "a.md", "--formats", "docx"));
        assertTrue(err().contains("unknown format 'docx'"), err());
        assertEquals(Main.USAGE, run("publish", "a.md", "--out"));
        assertTrue(err().contains("--out needs a value"), err());
    }

    @Test
    void contentErrorsExitOneWithTheirPositionAsThePluginLogsThem() throws IOException {
        Path article = work.resolve("a.md");
        Files.writeString(article, "---\ntitle: [unclosed\n---\n\nText.\n");
        assertEquals(
                Main.CONTENT_ERRORS,
                run("publish", article.toString(), "--out", work.resolve("out").toString()));
        assertTrue(err().lines().anyMatch(l -> l.matches("\\[ERROR\\] a\\.md:2:\\d+: .*")), err());
        assertTrue(err().contains("[ERROR]   hint: "), err());
        assertTrue(err().contains("[ERROR] Imprint: 1 error in the sources; see the messages above"), err());
        assertTrue(Files.notExists(work.resolve("out/a.pdf")));
    }

    @Test
    void anArticleIsPublishedAndChecked() throws IOException {
        Path article = work.resolve("note.md");
        Files.writeString(article, "---\ntitle: A note\nlanguage: en\n---\n\nA short note, set in both editions.\n");
        Path out = work.resolve("out");
        assertEquals(Main.OK, run("publish", article.toString(), "--out", out.toString(), "--trace", "pages"), err());
        assertTrue(Files.isRegularFile(out.resolve("note.pdf")));
        assertTrue(Files.isRegularFile(out.resolve("note.epub")));
        assertTrue(Files.isRegularFile(out.resolve("note.trace.txt")));
        String printed = this.out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Imprint: PDF edition " + out.resolve("note.pdf")), printed);
        assertEquals(
                Main.OK,
                run(
                        "check",
                        out.resolve("note.epub").toString(),
                        out.resolve("note.pdf").toString()),
                err());
        printed = this.out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("note.epub passes EPUBCheck"), printed);
        assertTrue(printed.contains("note.pdf, 1 page, tagged, claims PDF/A-2a and PDF/UA-1"), printed);
    }

    @Test
    void aBrokenEpubFailsTheCheck() throws IOException {
        Path epub = work.resolve("broken.epub");
        Files.write(epub, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertEquals(Main.CONTENT_ERRORS, run("check", epub.toString()));
        assertTrue(err().contains("EPUBCheck finds"), err());
    }
}
