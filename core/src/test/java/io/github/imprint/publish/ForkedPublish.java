package io.github.imprint.publish;

import io.github.imprint.diag.PublishException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Publishes in a JVM of its own, for tests that need one (a small heap, two builds compared byte for
 * byte): {@code ForkedPublish SOURCE OUTPUT --root PROJECT --name NAME}, both editions, the timestamp
 * from {@code SOURCE_DATE_EPOCH}. Exits 1 on errors in the sources. Users have {@code imprint-cli}.
 */
public final class ForkedPublish {

    private ForkedPublish() {}

    /** Starts a publish of {@code book} into {@code out} in a JVM of its own; its output goes to a log beside {@code out}. */
    static Process start(Path book, Path out, String name) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ForkedPublish.class.getName(),
                        book.toString(),
                        out.toString(),
                        "--root",
                        book.getParent().toString(),
                        "--name",
                        name)
                .redirectErrorStream(true)
                .redirectOutput(out.getParent()
                        .resolve(name + "-" + System.nanoTime() + ".log")
                        .toFile())
                .start();
    }

    public static void main(String[] args) {
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path root = Path.of(args[3]);
        String name = args[5];
        Instant timestamp =
                Instant.ofEpochSecond(Long.parseLong(System.getenv().getOrDefault("SOURCE_DATE_EPOCH", "0")));
        try {
            Publisher.publish(PublishRequest.of(source, root, output, name)
                    .timestamp(timestamp)
                    .build());
        } catch (PublishException e) {
            e.diagnostics().forEach(System.err::println);
            System.exit(1);
        }
    }
}
