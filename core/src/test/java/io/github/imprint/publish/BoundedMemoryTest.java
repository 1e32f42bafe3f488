package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays bounded: the novel-length book gets both editions in a JVM of its own with a 512 MB
 * heap (the benchmark shows 256 MB is enough for the PDF alone).
 */
class BoundedMemoryTest {

    @TempDir
    Path work;

    @Test
    void theNovelPublishesBothEditionsIn512Megabytes() throws IOException, InterruptedException {
        Assumptions.assumeTrue(
                Fixtures.shared().isPresent(), "../shared is not beside the clone; the novel-length check is skipped");
        Path book = Fixtures.lesMiserables(work);
        String launcher =
                Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        launcher,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ForkedPublish.class.getName(),
                        book.toString(),
                        work.resolve("out").toString(),
                        "--root",
                        book.getParent().toString(),
                        "--name",
                        "novel")
                .redirectErrorStream(true)
                .start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the build finishes");
        assertEquals(0, process.exitValue(), log);
        assertTrue(!log.contains("OutOfMemoryError"), log);
        assertTrue(Files.size(work.resolve("out/novel.pdf")) > 1_000_000
                && Files.size(work.resolve("out/novel.epub")) > 1_000_000);
    }
}
