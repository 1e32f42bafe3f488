package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.epub.EpubEditionTestAccess;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sources and SOURCE_DATE_EPOCH give byte-identical editions, built in two separate JVMs (so
 * nothing may hang on hash order, identity hashes, the clock or the thread schedule); another date
 * gives other bytes, so the comparison is not vacuous.
 */
class ReproducibleBuildTest {

    @TempDir
    Path out;

    @Test
    void twoJvmsWriteTheSameBytes() throws IOException, InterruptedException, URISyntaxException {
        Path book = EpubEditionTestAccess.featureBook();
        Path first = build(book, out.resolve("first"), "1767225600");
        Path second = build(book, out.resolve("second"), "1767225600");
        Path later = build(book, out.resolve("later"), "1798761600");
        for (String edition : List.of("features.pdf", "features.epub")) {
            byte[] a = Files.readAllBytes(first.resolve(edition));
            assertArrayEquals(a, Files.readAllBytes(second.resolve(edition)), edition + " differs between two builds");
            assertFalse(
                    Arrays.equals(a, Files.readAllBytes(later.resolve(edition))),
                    edition + " must carry its build date");
        }
        String pdf = new String(Files.readAllBytes(first.resolve("features.pdf")), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.contains("2026-01-01T00:00:00Z"), "the XMP dates come from SOURCE_DATE_EPOCH");
    }

    private static Path build(Path book, Path output, String epoch) throws IOException, InterruptedException {
        String launcher =
                Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        launcher,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ForkedPublish.class.getName(),
                        book.toString(),
                        output.toString(),
                        "--root",
                        book.getParent().toString(),
                        "--name",
                        "features")
                .redirectErrorStream(true);
        builder.environment().put("SOURCE_DATE_EPOCH", epoch);
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the build finishes");
        assertEquals(0, process.exitValue(), log);
        return output;
    }
}
