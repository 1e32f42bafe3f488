package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds killed half-way and builds run twice at once, in JVMs of their own: the editions are the
 * previous ones or complete new ones, never part-written, and the next build publishes cleanly.
 */
class KilledBuildTest {

    private static final int KILLS = 20;

    @TempDir
    Path work;

    private static Process publish(Path book, Path out, String name) throws IOException {
        return ForkedPublish.start(book, out, name);
    }

    private static List<String> listing(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPublishKilledAtRandomPointsLeavesThePreviousEditionsWhole() throws Exception {
        Path book = Fixtures.lesMiserables(work);
        Path out = work.resolve("out");
        long began = System.nanoTime();
        Process first = publish(book, out, "novel");
        assertTrue(first.waitFor(10, TimeUnit.MINUTES) && first.exitValue() == 0, "the first build publishes");
        long took = (System.nanoTime() - began) / 1_000_000;
        byte[] pdf = Files.readAllBytes(out.resolve("novel.pdf"));
        byte[] epub = Files.readAllBytes(out.resolve("novel.epub"));
        Random random = new Random(13);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            Process build = publish(book, out, "novel");
            long delay = 200 + (long) (random.nextDouble() * took);
            delays.add(delay);
            if (!build.waitFor(delay, TimeUnit.MILLISECONDS)) {
                build.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally
                build.waitFor();
            }
            assertArrayEquals(pdf, Files.readAllBytes(out.resolve("novel.pdf")), "killed after " + delay + " ms");
            assertArrayEquals(epub, Files.readAllBytes(out.resolve("novel.epub")), "killed after " + delay + " ms");
        }
        Process last = publish(book, out, "novel");
        assertTrue(last.waitFor(10, TimeUnit.MINUTES) && last.exitValue() == 0, "the next build publishes");
        assertArrayEquals(pdf, Files.readAllBytes(out.resolve("novel.pdf")));
        assertEquals(
                List.of(".imprint", "novel.epub", "novel.pdf"),
                listing(out),
                "no part-written file is left once a build has run (killed after " + delays + " ms)");
        try (Stream<Path> kept = Files.list(out.resolve(".imprint/runs"))) {
            List<String> parts = kept.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".part"))
                    .toList();
            assertEquals(List.of(), parts, "nor a part-written run of chapters (killed after " + delays + " ms)");
        }
    }

    @Test
    void twoBuildsOfOneProjectAtOnceBothEndWithCompleteEditions() throws Exception {
        Path project = Fixtures.repository().resolve("samples/article");
        Path book = project.resolve("src/main/markdown");
        Path out = work.resolve("out");
        Files.createDirectories(out);
        Process alone = publish(book, work.resolve("alone"), "article");
        assertTrue(alone.waitFor(5, TimeUnit.MINUTES) && alone.exitValue() == 0);
        byte[] pdf = Files.readAllBytes(work.resolve("alone/article.pdf"));
        byte[] epub = Files.readAllBytes(work.resolve("alone/article.epub"));
        for (int round = 0; round < 3; round++) {
            Process a = publish(book, out, "article");
            Process b = publish(book, out, "article");
            assertTrue(a.waitFor(5, TimeUnit.MINUTES) && a.exitValue() == 0, "the first build succeeds");
            assertTrue(b.waitFor(5, TimeUnit.MINUTES) && b.exitValue() == 0, "the second build succeeds");
            assertArrayEquals(pdf, Files.readAllBytes(out.resolve("article.pdf")));
            assertArrayEquals(epub, Files.readAllBytes(out.resolve("article.epub")));
        }
        assertEquals(List.of(".imprint", "article.epub", "article.pdf"), listing(out));
    }
}
