package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.epub.EpubEditionTestAccess;
import io.github.imprint.typeset.cache.CachedRun;
import io.github.imprint.typeset.cache.RunCodec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs of chapters kept between builds: the first build of a checkout keeps none, the next keeps them;
 * a rebuild after an edit sets only the run that changed and
 * writes the bytes a clean build writes, in this JVM and in a fresh one (where what shaped glyphs
 * stand for must come back with the runs); a damaged entry is one warning and is set again; the folder
 * is bounded; the format reads back what it wrote, and a cut entry never reads as a run.
 */
class KeptRunsTest {

    private static final String ARABIC = "---\ntitle: العربية\nlanguage: ar\n---\n\n# العربية\n\n"
            + "على الرغم من ذلك، كتب الطالب رسالة طويلة إلى معلمه في المدرسة. "
            + "لا إله إلا الله، وقال الشاعر في قصيدته إن الكلمات أجنحة.\n";

    @TempDir
    Path work;

    /** The feature book with a chapter in Arabic, writable, at {@code work/NAME/book}. */
    private Path book(String name) throws IOException, URISyntaxException {
        Path book = Fixtures.copy(
                EpubEditionTestAccess.featureBook(), work.resolve(name).resolve("book"));
        Files.writeString(book.resolve("04-arabic.md"), ARABIC);
        return book;
    }

    private static PublishResult publish(Path book, Path out, Path kept) {
        return Publisher.publish(PublishRequest.of(book, book.getParent(), out, "features")
                .identitySeed("kept-runs")
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(kept)
                .build());
    }

    private static String reused(PublishResult result) {
        String details = result.editions().get(Format.PDF).details();
        return details.substring(details.lastIndexOf("; ") + 2);
    }

    private static void assertSameEditions(Path a, Path b) throws IOException {
        for (String edition : List.of("features.pdf", "features.epub")) {
            assertArrayEquals(
                    Files.readAllBytes(a.resolve(edition)),
                    Files.readAllBytes(b.resolve(edition)),
                    edition + " differs from a clean build's");
        }
    }

    private static List<Path> entries(Path kept) throws IOException {
        try (Stream<Path> files = Files.list(kept.resolve("runs"))) {
            return files.filter(f -> f.toString().endsWith(".run")).sorted().toList();
        }
    }

    @Test
    void anEditedChapterIsSetAgainAloneAndTheEditionsAreACleanBuildsBytes() throws Exception {
        Path book = book("edited");
        Path out = work.resolve("edited/out");
        Path kept = work.resolve("edited/kept");
        assertEquals("0 runs of chapters set by an earlier build", reused(publish(book, out, kept)));
        assertFalse(Files.exists(kept.resolve("runs")), "the first build of a checkout keeps nothing");
        assertEquals("0 runs of chapters set by an earlier build", reused(publish(book, out, kept)));
        assertEquals(4, entries(kept).size(), "a build that replaces an edition keeps its runs");
        Path details = book.resolve("02-details.md");
        Files.writeString(
                details,
                Files.readString(details)
                        + "\nA paragraph added since the last build, long enough to move what follows it: "
                        + "the chapters after this one open on later pages, and their folios change.\n".repeat(30));
        PublishResult again = publish(book, out, kept);
        assertEquals("3 runs of chapters set by an earlier build", reused(again), "only the edited chapter is set");
        Path clean = work.resolve("edited/clean");
        publish(book, clean, work.resolve("edited/empty"));
        assertSameEditions(out, clean);
        assertEquals(
                "4 runs of chapters set by an earlier build",
                reused(publish(book, out, kept)),
                "an unchanged book is set from its kept runs alone");
        assertSameEditions(out, clean);
    }

    @Test
    void aFreshJvmGetsWhatShapedGlyphsStandForFromTheKeptRuns() throws Exception {
        Path book = book("fresh");
        Path first = work.resolve("fresh/first");
        assertEquals(0, fork(book, first), "the first build publishes");
        assertEquals(0, fork(book, first), "the build that keeps the runs publishes");
        Path second = work.resolve("fresh/second");
        Fixtures.copy(first.resolve(".imprint/runs"), second.resolve(".imprint/runs"));
        assertEquals(0, fork(book, second), "the build from kept runs publishes");
        assertSameEditions(first, second);
        if (ReadBack.available("pdftotext")) {
            String text = ReadBack.pdfTextRightToLeft(second.resolve("features.pdf"));
            assertTrue(text.contains("الطالب"), "the Arabic of a kept run reads back: " + text);
        }
    }

    @Test
    void aDamagedEntryIsOneWarningAndItsRunIsSetAgain() throws Exception {
        Path book = book("damaged");
        Path out = work.resolve("damaged/out");
        Path kept = work.resolve("damaged/kept");
        publish(book, out, kept);
        publish(book, out, kept);
        List<Path> entries = entries(kept);
        assertEquals(4, entries.size(), "one entry per run: " + entries);
        byte[] flipped = Files.readAllBytes(entries.get(0));
        flipped[flipped.length / 2] ^= 0x10;
        Files.write(entries.get(0), flipped);
        byte[] cut = Files.readAllBytes(entries.get(1));
        Files.write(entries.get(1), java.util.Arrays.copyOf(cut, cut.length / 3));
        PublishResult again = publish(book, out, kept);
        List<Diagnostic> warnings = again.diagnostics().stream()
                .filter(d -> d.message().contains("cannot be read back"))
                .toList();
        assertEquals(1, warnings.size(), "one warning for the build: " + warnings);
        assertTrue(
                warnings.get(0).message().contains("(and 1 more)"),
                warnings.get(0).message());
        assertEquals(
                "kept/runs", warnings.get(0).pos().toString().replace('\\', '/').replaceAll("^.*?kept", "kept"));
        assertEquals("2 runs of chapters set by an earlier build", reused(again));
        Path clean = work.resolve("damaged/clean");
        publish(book, clean, work.resolve("damaged/empty"));
        assertSameEditions(out, clean);
        assertEquals("4 runs of chapters set by an earlier build", reused(publish(book, out, kept)), "kept anew");
    }

    @Test
    void theFolderKeepsTheRunsUsedLastWithinItsLimit() throws IOException {
        Path folder = work.resolve("bounded");
        CachedRun empty = new CachedRun(List.of(), List.of(), List.of(), Set.of());
        RunFiles probe = new RunFiles(folder, Long.MAX_VALUE);
        probe.keep("a".repeat(64), empty);
        probe.finish();
        long size = Files.size(folder.resolve("a".repeat(64) + ".run"));
        RunFiles files = new RunFiles(folder, 2 * size);
        files.keep("b".repeat(64), empty);
        files.keep("c".repeat(64), empty);
        files.finish();
        Files.setLastModifiedTime(folder.resolve("a".repeat(64) + ".run"), FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(folder.resolve("b".repeat(64) + ".run"), FileTime.fromMillis(3_000_000));
        Files.setLastModifiedTime(folder.resolve("c".repeat(64) + ".run"), FileTime.fromMillis(500_000));
        Path stale = Files.writeString(folder.resolve(".dead.part"), "a build killed while writing");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(1_000_000));
        // a killed build's entry, just written, by a process that is gone
        Path killed = Files.writeString(folder.resolve("." + "d".repeat(64) + "-2147483646-1.part"), "half");
        Path writing = Files.writeString(
                folder.resolve(
                        "." + "e".repeat(64) + "-" + ProcessHandle.current().pid() + "-1.part"),
                "half");
        files.find("c".repeat(64)).orElseThrow(); // finding an entry makes it the most recently used
        files.trim();
        assertFalse(Files.exists(killed), "what a killed build was writing goes at once");
        assertTrue(Files.exists(writing), "what a running build writes stays");
        assertFalse(Files.exists(folder.resolve("a".repeat(64) + ".run")), "the least recently used goes");
        assertFalse(Files.exists(stale), "what a killed build left goes");
        assertTrue(files.find("b".repeat(64)).isPresent());
        assertTrue(files.find("c".repeat(64)).isPresent());
    }

    @Test
    void theFormatReadsBackWhatItWroteAndACutEntryNeverReadsAsARun() throws Exception {
        Path book = book("format");
        Path kept = work.resolve("format/kept");
        publish(book, work.resolve("format/out"), kept);
        publish(book, work.resolve("format/out"), kept);
        for (Path entry : entries(kept)) {
            byte[] file = Files.readAllBytes(entry);
            CachedRun run = RunCodec.read(file, RunFiles.HEADER, file.length);
            byte[] payload = java.util.Arrays.copyOfRange(file, RunFiles.HEADER, file.length);
            assertArrayEquals(payload, RunCodec.write(run), entry + " reads back as it was written");
            for (int end = RunFiles.HEADER;
                    end < file.length;
                    end += Math.max(1, (file.length - RunFiles.HEADER) / 97)) {
                int at = end;
                assertThrows(RuntimeException.class, () -> RunCodec.read(file, RunFiles.HEADER, at), "cut at " + at);
            }
        }
    }

    private static int fork(Path book, Path out) throws IOException, InterruptedException {
        Process process = ForkedPublish.start(book, out, "features");
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the build ends");
        return process.exitValue();
    }
}
