package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand generated articles published in one JVM, on every core, both editions each: all complete,
 * and the heap that stays live after each hundred does not grow with the count (no leak per
 * publication; the shared caches are bounded).
 */
class ThousandArticlesTest {

    private static final int ARTICLES = 1000;

    @TempDir
    Path work;

    @Test
    void aThousandArticlesWithFlatMemory() throws Exception {
        Runtime runtime = Runtime.getRuntime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, runtime.availableProcessors()));
        List<Long> live = new ArrayList<>();
        int published = 0;
        try {
            for (int batch = 0; batch < ARTICLES / 100; batch++) {
                List<Future<Integer>> running = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    int n = batch * 100 + i;
                    running.add(pool.submit(() -> publish(n)));
                }
                for (Future<Integer> f : running) {
                    published += f.get();
                }
                live.add(liveHeap());
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("live heap after each hundred articles, MB: "
                + live.stream().map(b -> Long.toString(b / 1024 / 1024)).toList());
        assertEquals(ARTICLES * 2, published, "every article gets both editions");
        // after the first hundreds fill the shared caches, the live heap stays where it is
        long settled = live.get(2);
        long last = live.get(live.size() - 1);
        assertTrue(
                last - settled < 24L * 1024 * 1024,
                "live heap grew from " + settled / 1024 / 1024 + " MB to " + last / 1024 / 1024 + " MB over " + ARTICLES
                        + " articles: " + live);
    }

    private int publish(int n) throws IOException {
        Path project = work.resolve("a" + n);
        Path source = Files.createDirectories(project.resolve("src"));
        StringBuilder text = new StringBuilder("---\ntitle: Article number " + n + "\nauthor: Writer " + n % 37
                + "\nlanguage: " + (n % 3 == 0 ? "de" : n % 3 == 1 ? "en" : "fr") + "\n---\n\n");
        for (int p = 0; p < 6; p++) {
            text.append("Paragraph ")
                    .append(p)
                    .append(" of article ")
                    .append(n)
                    .append(" says something different each time: ")
                    .append(Integer.toString(n * 7919 + p, 36))
                    .append(". It runs on long enough to be broken into justified lines and hyphenated where ")
                    .append("the patterns of its language allow, with a note.[^n")
                    .append(p)
                    .append("]\n\n");
        }
        for (int p = 0; p < 6; p++) {
            text.append("[^n").append(p).append("]: Note ").append(p).append(".\n");
        }
        Files.writeString(source.resolve("article.md"), text);
        Path out = project.resolve("out");
        PublishResult result = Publisher.publish(PublishRequest.of(source, project, out, "article")
                .identitySeed("t" + n)
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .workDirectory(project.resolve("work"))
                .build());
        int editions = result.editions().size();
        // the files themselves are not what is measured; remove them so the disk does not fill
        try (var files = Files.walk(project)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        return editions;
    }

    private static long liveHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
