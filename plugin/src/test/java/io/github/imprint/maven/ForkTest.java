package io.github.imprint.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.PublishException;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.PublishResult;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publish in a forked JVM against the same publish in this one: the same editions byte for byte, the
 * same diagnostics, the same errors; the up-to-date check made again in the fork; and a fork whose
 * parent goes away stops at once, while one that Maven lets go of once it has said it is done ends well.
 */
class ForkTest {

    @TempDir
    Path project;

    private Path article(String text) throws IOException {
        Path source = project.resolve("src/article.md");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "---\ntitle: A note\nlanguage: en\n---\n\n" + text + "\n");
        return source;
    }

    private Wire.Job job(Path source, String out, boolean force) {
        PublishRequest request = PublishRequest.of(source, project, project.resolve(out), "article")
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(project.resolve(out).resolve("imprint"))
                .build();
        Path state = request.workDirectory().resolve("article.state");
        return new Wire.Job(request, new Wire.State(state, "test", source, Optional.empty()), force);
    }

    private static PublishResult inProcess(Wire.Job job) {
        return Rebuild.unlessUpToDate(
                        job.request(),
                        job.state().open(),
                        Rebuild.planned(job.request()),
                        job.force(),
                        step -> {},
                        warning -> {})
                .orElseThrow();
    }

    @Test
    void aForkedPublishWritesTheSameEditionsAndTellsTheSame() throws IOException {
        Path source = article("A stray closing tag.</b> And a paragraph long enough to be set on a few lines, "
                + "so that the typesetter has something to break. ".repeat(20));
        PublishResult here = inProcess(job(source, "here", false));
        List<String> progress = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        PublishResult there = Fork.publish(
                        job(source, "there", false), ClassArchive.none(), progress::add, warnings::add)
                .orElseThrow();
        assertEquals(here.diagnostics(), there.diagnostics());
        assertFalse(there.diagnostics().isEmpty(), "the stray tag is reported");
        assertEquals(here.editions().keySet(), there.editions().keySet());
        for (var edition : here.editions().values()) {
            var forked = there.editions().get(edition.format());
            assertArrayEquals(
                    Files.readAllBytes(edition.file()),
                    Files.readAllBytes(forked.file()),
                    edition.format() + " differs");
            assertEquals(edition.pages(), forked.pages());
            assertEquals(edition.chapters(), forked.chapters());
            assertEquals(edition.details(), forked.details());
        }
        assertTrue(progress.stream().anyMatch(p -> p.startsWith("read 1 chapter")), "progress: " + progress);
        assertEquals(List.of(), warnings, "the fork printed nothing of its own");
        assertEquals(
                Optional.empty(),
                Fork.publish(job(source, "there", false), ClassArchive.none(), p -> {}, w -> {}),
                "the fork checks the up-to-date record itself");
        try (var left = Files.list(project.resolve("there/imprint"))) {
            assertEquals(
                    List.of(),
                    left.filter(f -> !f.toString().endsWith(".state")
                                    && !f.toString().endsWith(".lock"))
                            .toList());
        }
    }

    @Test
    void errorsInTheSourcesComeBackAsInMavensJvm() throws IOException {
        Path source = article("A claim that needs a source.[^source]");
        PublishException here = assertThrows(PublishException.class, () -> inProcess(job(source, "here", false)));
        PublishException there = assertThrows(
                PublishException.class,
                () -> Fork.publish(job(source, "there", false), ClassArchive.none(), p -> {}, w -> {}));
        assertEquals(here.diagnostics(), there.diagnostics());
        assertEquals(here.getMessage(), there.getMessage());
    }

    /** A fork started by hand, as {@link Fork} starts one, with its job written for it. */
    private Process fork(String out) throws IOException {
        Wire.Job job = job(article("Some text."), out, true);
        Path jobFile = project.resolve(out + ".job");
        try (DataOutputStream stream = new DataOutputStream(Files.newOutputStream(jobFile))) {
            Wire.writeRequest(stream, job.request(), job.state(), job.force());
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ForkedPublish.class.getName(),
                jobFile.toString(),
                project.resolve(out + ".result").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void aForkStopsWhenItsParentGoes() throws Exception {
        Process fork = fork("orphan");
        fork.getOutputStream().close(); // what the fork sees when Maven is killed
        assertTrue(fork.waitFor(60, TimeUnit.SECONDS), "the fork is still running after its parent went");
        assertEquals(3, fork.exitValue(), new String(fork.getInputStream().readAllBytes()));
        assertFalse(Files.exists(project.resolve("orphan/article.pdf")), "an orphaned fork published");
    }

    @Test
    void aForkThatIsDoneIsLetGoAndEndsWell() throws Exception {
        Process fork = fork("done");
        List<String> lines = new ArrayList<>();
        try (java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(fork.getInputStream(), java.nio.charset.Charset.defaultCharset()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.equals(ForkedPublish.DONE)) {
                    fork.getOutputStream().close(); // as Fork lets go: the watchdog's read ends, not the fork
                }
            }
        }
        assertTrue(fork.waitFor(60, TimeUnit.SECONDS), "the fork did not end");
        assertTrue(lines.contains(ForkedPublish.DONE), lines.toString());
        assertEquals(0, fork.exitValue(), "a fork let go after its result halted as an orphan: " + lines);
        assertTrue(Files.size(project.resolve("done/article.pdf")) > 0);
        assertTrue(Files.size(project.resolve("done.result")) > 0, "the result was written before the fork said so");
    }

    @Test
    void modesReadAsTheyAreWritten() {
        assertEquals(Fork.Mode.AUTO, Fork.Mode.parse(null));
        assertEquals(Fork.Mode.ALWAYS, Fork.Mode.parse("Always"));
        assertEquals(Fork.Mode.NEVER, Fork.Mode.parse("false"));
        IllegalArgumentException wrong =
                assertThrows(IllegalArgumentException.class, () -> Fork.Mode.parse("sometimes"));
        assertTrue(wrong.getMessage().contains("auto"), wrong.getMessage());
    }

    @Test
    void autoForksForABookAndNotForAnArticle() throws IOException {
        Path source = article("Short.");
        assertFalse(Fork.pays(Fork.Mode.AUTO, source.getParent()));
        assertTrue(Fork.pays(Fork.Mode.ALWAYS, source.getParent()));
        Files.writeString(source.resolveSibling("long.md"), "word ".repeat((int) Fork.BOOK_BYTES / 5 + 1));
        assertTrue(Fork.pays(Fork.Mode.AUTO, source.getParent()));
        assertFalse(Fork.pays(Fork.Mode.NEVER, source.getParent()));
    }
}
