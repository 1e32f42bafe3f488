package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.imprint.epub.EpubEditionTestAccess;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several publications published at once in one JVM, as {@code mvn -T 2C} does with a reactor of
 * them, give the same bytes as one after the other: fonts, patterns and caches are shared read-only,
 * and nothing else is shared.
 */
class ConcurrentPublishingTest {

    @TempDir
    Path out;

    private record Project(String name, Path root, Path source) {}

    @Test
    void publishingAtOnceGivesTheSameBytesAsOneAfterTheOther() throws Exception {
        List<Project> projects = projects();
        for (Project p : projects) {
            publish(p, out.resolve("serial"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(projects.size() * 2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (Project p : projects) {
                    Path target = out.resolve("parallel-" + round);
                    running.add(pool.submit(() -> publish(p, target)));
                }
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int round = 0; round < 2; round++) {
            for (Project p : projects) {
                for (String extension : List.of(".pdf", ".epub")) {
                    Path serial = out.resolve("serial").resolve(p.name() + extension);
                    Path parallel = out.resolve("parallel-" + round).resolve(p.name() + extension);
                    assertArrayEquals(
                            Files.readAllBytes(serial),
                            Files.readAllBytes(parallel),
                            p.name() + extension + " differs when published alongside others");
                }
            }
        }
    }

    private static List<Project> projects() throws URISyntaxException {
        Path article = Fixtures.sampleArticle();
        Path guide = Fixtures.repository().resolve("samples/book");
        Path features = EpubEditionTestAccess.featureBook();
        return List.of(
                new Project("article", article, article.resolve("src/main/markdown")),
                new Project("guide", guide, guide.resolve("src/main/markdown")),
                new Project("features", features.getParent(), features));
    }

    private static Object publish(Project p, Path target) {
        return Publisher.publish(PublishRequest.of(p.source(), p.root(), target, p.name())
                .identitySeed("t:" + p.name())
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(target.resolve("work-" + p.name()))
                .build());
    }
}
