package io.github.imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable jar, run as a user runs it: {@code java -jar imprint-cli.jar publish} on the sample article. */
class CliIT {

    @TempDir
    Path work;

    private record Run(int status, String out, String err) {}

    private Run java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("imprint.cli.jar"));
        assertTrue(Files.isRegularFile(jar), "the jar is built: " + jar);
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile());
        builder.environment().put("SOURCE_DATE_EPOCH", "1767225600");
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the jar finishes");
        return new Run(
                process.exitValue(),
                Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theJarPublishesTheSampleArticleAndChecksIt() throws Exception {
        Path sample = Path.of("..", "samples", "article").toAbsolutePath().normalize();
        Path out = work.resolve("editions");
        Run publish = java(
                "publish",
                sample.resolve("src/main/markdown").toString(),
                "--root",
                sample.toString(),
                "--out",
                out.toString(),
                "--name",
                "article");
        assertEquals(0, publish.status(), publish.err());
        assertTrue(publish.out().contains("Imprint: PDF edition"), publish.out());
        assertTrue(publish.out().contains("Imprint: EPUB edition"), publish.out());
        Run check = java(
                "check",
                out.resolve("article.epub").toString(),
                out.resolve("article.pdf").toString());
        assertEquals(0, check.status(), check.err());
        assertTrue(check.out().contains("article.epub passes EPUBCheck"), check.out());
        assertTrue(check.out().contains("claims PDF/A-2a and PDF/UA-1"), check.out());
    }

    @Test
    void theJarSaysHowToUseItAndExitsTwoOnAMistake() throws Exception {
        Run help = java("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("exit codes: 0 ok, 1 errors in the content, 2 wrong usage"), help.out());
        Run wrong = java("publish");
        assertEquals(2, wrong.status());
        assertTrue(wrong.err().contains("publish takes one SOURCE"), wrong.err());
    }
}
