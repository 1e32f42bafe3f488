package io.github.imprint.maven;

import io.github.imprint.diag.PublishException;
import io.github.imprint.publish.PublishResult;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Publishing a book in a JVM of its own. Maven's JVM runs with the defaults, and for a run of a few
 * seconds on few cores the defaults cost the most: the C2 compiler's threads take the cores the
 * typesetter needs, and G1 keeps a large heap. A forked JVM with C1 alone
 * ({@code -XX:TieredStopAtLevel=1}) and the serial collector sets Les Misérables in about two thirds of
 * the time, in half the memory (bench/user-path.sh), and a class-data archive ({@link ClassArchive})
 * takes a further few tenths of a second off its start. For a short article the JVM's start is most
 * of the cost, and the publish stays in Maven's JVM ({@link Mode#AUTO}).
 *
 * <p>The fork is the same build step as in-process: {@link ForkedPublish} runs {@link Rebuild} under
 * the build's lock, and its diagnostics, progress, figures and failures come back through {@link Wire}
 * to be logged exactly as an in-process publish logs them. Its heap is Maven's ({@code -Xmx} of
 * MAVEN_OPTS carries over); its standard input stays open while Maven waits, so if Maven ends the
 * fork ends with it.
 */
final class Fork {

    /** When to fork: {@code auto} for sources of a book's size, {@code always}, or {@code never}. */
    enum Mode {
        AUTO,
        ALWAYS,
        NEVER;

        static Mode parse(String value) {
            String name =
                    value == null || value.isBlank() ? "auto" : value.trim().toLowerCase(Locale.ROOT);
            return switch (name) {
                case "auto" -> AUTO;
                case "always", "true" -> ALWAYS;
                case "never", "false" -> NEVER;
                default ->
                    throw new IllegalArgumentException(
                            "imprint.fork is '" + value + "'; it takes auto (a forked JVM for books), always or never");
            };
        }
    }

    /** Sources from this size up are a book worth a JVM of its own. */
    static final long BOOK_BYTES = 256 * 1024;

    private Fork() {}

    /** Whether {@code mode} forks for sources at {@code source}, and the plugin's classes can be found. */
    static boolean pays(Mode mode, Path source) {
        if (mode == Mode.NEVER || classpath().isEmpty()) {
            return false;
        }
        return mode == Mode.ALWAYS || size(source) >= BOOK_BYTES;
    }

    private static long size(Path source) {
        try (Stream<Path> files = Files.walk(source)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                total += Files.size(file);
                if (total >= BOOK_BYTES) {
                    break;
                }
            }
            return total;
        } catch (IOException | UncheckedIOException e) {
            return 0; // the publish will report what cannot be read
        }
    }

    /**
     * The plugin's own class path, as Maven's class realm for it holds it; outside Maven (in tests),
     * the JVM's class path when the plugin was loaded from it.
     */
    static Optional<List<Path>> classpath() {
        ClassLoader own = Fork.class.getClassLoader();
        if (own == ClassLoader.getSystemClassLoader() && !(own instanceof URLClassLoader)) {
            return Optional.of(Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !entry.isEmpty())
                    .map(Path::of)
                    .toList());
        }
        if (!(own instanceof URLClassLoader loader)) {
            return Optional.empty();
        }
        List<Path> entries = new ArrayList<>();
        for (URL url : loader.getURLs()) {
            try {
                entries.add(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }

    /** The build step failed in the forked JVM with something other than errors in the sources. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String description, String trace) {
            super(description, trace.isEmpty() ? null : new Trace(trace), false, false);
        }

        /** The forked JVM's stack trace, printed as Maven prints a cause (with -e). */
        private static final class Trace extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Trace(String trace) {
                super("in the forked JVM:" + System.lineSeparator() + trace, null, false, false);
            }
        }
    }

    /**
     * Runs {@code job} in a forked JVM.
     *
     * @return the result, or empty when the editions were found up to date
     * @throws PublishException as an in-process publish throws it, with the same diagnostics
     * @throws Failure          for anything else the fork threw, or when it ended without a word
     */
    static Optional<PublishResult> publish(
            Wire.Job job, ClassArchive archive, Consumer<String> progress, Consumer<String> warn) {
        List<Path> classpath = classpath().orElseThrow();
        Path work = job.request().workDirectory();
        Path jobFile = null;
        Path resultFile = null;
        try {
            Files.createDirectories(work);
            jobFile = Files.createTempFile(work, job.request().outputName() + ".", ".job");
            resultFile = Files.createTempFile(work, job.request().outputName() + ".", ".result");
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(jobFile)))) {
                Wire.writeRequest(out, job.request(), job.state(), job.force());
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:+UseSerialGC");
            command.add("-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m");
            command.add("-Djava.awt.headless=true");
            command.add("-Dfile.encoding=" + Charset.defaultCharset().name());
            command.add("-Xlog:disable");
            command.add("-Xlog:all=error:stderr");
            ClassArchive.Use use = archive.use(classpath);
            command.addAll(use.options());
            command.add("-cp");
            command.add(String.join(
                    File.pathSeparator, classpath.stream().map(Path::toString).toList()));
            command.add(ForkedPublish.class.getName());
            command.add(jobFile.toString());
            command.add(resultFile.toString());
            int exit = run(command, progress, warn);
            use.finish(exit == 0);
            return outcome(resultFile, exit);
        } catch (IOException e) {
            throw new Failure("cannot run the forked JVM: " + e.getMessage(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while the forked JVM published", "");
        } finally {
            deleteQuietly(jobFile);
            deleteQuietly(resultFile);
        }
    }

    private static int run(List<String> command, Consumer<String> progress, Consumer<String> warn)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // kept open until the fork ends: its closing is how the fork learns that Maven is gone
        OutputStream stdin = process.getOutputStream();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals(ForkedPublish.DONE)) {
                    stdin.close(); // the result is written: the fork may end without waiting on its input
                } else if (line.startsWith(ForkedPublish.PROGRESS)) {
                    progress.accept(ForkedPublish.unescape(line.substring(ForkedPublish.PROGRESS.length())));
                } else if (line.startsWith(ForkedPublish.WARNING)) {
                    warn.accept(ForkedPublish.unescape(line.substring(ForkedPublish.WARNING.length())));
                } else if (!line.isBlank()) {
                    warn.accept("forked JVM: " + line);
                }
            }
            return process.waitFor();
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            stdin.close();
        }
    }

    private static Optional<PublishResult> outcome(Path resultFile, int exit) throws IOException {
        if (Files.size(resultFile) == 0) {
            throw new Failure("the forked JVM ended with exit code " + exit + " before it finished", "");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(resultFile)))) {
            return switch (Wire.Outcome.valueOf(in.readUTF())) {
                case PUBLISHED -> Optional.of(Wire.readResult(in));
                case UP_TO_DATE -> Optional.empty();
                case REFUSED -> throw new PublishException(Wire.readDiagnostics(in));
                case FAILED -> throw new Failure(Wire.readString(in), Wire.readString(in));
            };
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover in target/imprint harms nothing
            }
        }
    }
}
