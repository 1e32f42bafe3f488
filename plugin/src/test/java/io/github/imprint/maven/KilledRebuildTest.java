package io.github.imprint.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.publish.PublishRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's up-to-date record under SIGKILL: Les Misérables is rebuilt from two versions of one
 * chapter in turn, and each build is killed at a random point. After every kill the editions are
 * whole (one version's or the other's), and whenever the record says "up to date" for the sources as
 * they stand, the editions on disk are the ones those sources make.
 */
class KilledRebuildTest {

    private static final int KILLS = 20;

    @TempDir
    Path work;

    private Path book;
    private Path out;
    private Path state;

    private static Path novel() {
        Path here = Path.of("").toAbsolutePath();
        Path repository = Files.isDirectory(here.resolve("samples")) ? here : here.getParent();
        String property = System.getProperty("imprint.shared");
        Path shared = property != null ? Path.of(property) : repository.resolveSibling("shared");
        Path novel = shared.resolve("corpus/les-miserables");
        Assumptions.assumeTrue(
                Files.isDirectory(novel),
                "../shared/corpus/les-miserables is not beside this clone; skipping the killed-rebuild test");
        return novel;
    }

    private void copy(Path from) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = book.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(work.resolve("project/images"));
        Files.writeString(
                work.resolve("project/images/banknote.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\"><rect width=\"400\""
                        + " height=\"200\" fill=\"#eee\"/></svg>\n");
    }

    private Process rebuild() throws IOException {
        String launcher =
                Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        launcher,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ForkedRebuild.class.getName(),
                        book.toString(),
                        out.toString(),
                        state.toString(),
                        "novel")
                .redirectErrorStream(true)
                .start();
    }

    /** Rebuilds to the end, returning what it printed. */
    private String rebuildWhole() throws Exception {
        Process build = rebuild();
        String printed = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(10, TimeUnit.MINUTES) && build.exitValue() == 0, printed);
        return printed;
    }

    private List<byte[]> editions() throws IOException {
        return List.of(Files.readAllBytes(out.resolve("novel.pdf")), Files.readAllBytes(out.resolve("novel.epub")));
    }

    private boolean recordSaysUpToDate() {
        PublishRequest request = ForkedRebuild.request(book, out, state, "novel");
        return ForkedRebuild.state(request).upToDate(ForkedRebuild.planned(request));
    }

    private static boolean same(List<byte[]> a, List<byte[]> b) {
        return Arrays.equals(a.get(0), b.get(0)) && Arrays.equals(a.get(1), b.get(1));
    }

    @Test
    void aRecordNeverCallsUnwrittenEditionsUpToDate() throws Exception {
        book = work.resolve("project/book");
        out = work.resolve("project/target");
        state = work.resolve("project/target/imprint");
        copy(novel());
        Path chapter = book.resolve("005-chapter-1-1-2.md");
        List<String> versions = List.of(
                Files.readString(chapter),
                Files.readString(chapter) + "\nA paragraph that only the second version has.\n");

        Files.writeString(chapter, versions.get(0));
        assertTrue(rebuildWhole().contains("published"));
        List<List<byte[]>> made = new ArrayList<>(List.of(editions()));
        Files.writeString(chapter, versions.get(1));
        assertTrue(rebuildWhole().contains("published"));
        made.add(editions());
        assertTrue(rebuildWhole().contains("up to date"), "an unchanged book is not published again");
        // a rebuild as the kills below meet it: the edited chapter set again, the others from kept runs
        Files.writeString(chapter, versions.get(0));
        long began = System.nanoTime();
        assertTrue(rebuildWhole().contains("published"));
        long took = (System.nanoTime() - began) / 1_000_000;
        assertTrue(same(editions(), made.get(0)), "a rebuild from kept runs writes what the first build wrote");

        Random random = new Random(17);
        int current = 0;
        int killedBeforeRecord = 0;
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            current = 1 - current;
            Files.writeString(chapter, versions.get(current));
            Process build = rebuild();
            long delay = 200 + (long) (random.nextDouble() * took);
            delays.add(delay);
            if (!build.waitFor(delay, TimeUnit.MILLISECONDS)) {
                build.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally
                build.waitFor();
            }
            List<byte[]> now = editions();
            String when = "killed after " + delay + " ms (of " + took + ")";
            for (int e = 0; e < 2; e++) { // each edition whole: the PDF may be new while the EPUB is not yet
                assertTrue(
                        Arrays.equals(now.get(e), made.get(0).get(e))
                                || Arrays.equals(now.get(e), made.get(1).get(e)),
                        "whole editions, " + when);
            }
            if (recordSaysUpToDate()) {
                assertTrue(same(now, made.get(current)), "the record calls only written editions up to date, " + when);
            } else {
                killedBeforeRecord++;
            }
        }
        assertTrue(killedBeforeRecord > KILLS / 4, "most kills land before the record: " + delays);

        rebuildWhole(); // publishes, or finds the editions the last, unkilled build wrote up to date
        assertTrue(same(editions(), made.get(current)));
        assertTrue(recordSaysUpToDate());
        assertTrue(rebuildWhole().contains("up to date"));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(
                    List.of("imprint", "novel.epub", "novel.pdf"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no part-written file is left (killed after " + delays + " ms)");
        }
        assertArrayEquals(made.get(current).get(0), Files.readAllBytes(out.resolve("novel.pdf")));
    }
}
