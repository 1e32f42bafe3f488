import io.github.imprint.publish.Format;
import io.github.imprint.publish.MetadataDefaults;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.Publisher;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the PDF edition's time grows with the book, without the JVM's start: the whole book and its first
 * half, each published in turn in one warmed-up JVM, medians over RUNS rounds. Whole-process times
 * (bench/pdf-book.sh) add a fixed start of about 0.6 s that is not a function of the book's length.
 *
 * Usage: java -cp CLASSPATH InProcess FULL_PROJECT FULL_SOURCE HALF_PROJECT HALF_SOURCE OUT RUNS
 */
public class InProcess {

    static long publish(Path project, Path source, Path out) {
        long start = System.nanoTime();
        Publisher.publish(PublishRequest.of(source, project, out, "book").identitySeed("bench")
                .formats(Set.of(Format.PDF)).timestamp(Instant.parse("2026-01-01T00:00:00Z")).workDirectory(out.resolve("work"))
                .build());
        return (System.nanoTime() - start) / 1_000_000;
    }

    static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    public static void main(String[] args) {
        Path out = Path.of(args[4]);
        int runs = Integer.parseInt(args[5]);
        for (int w = 0; w < 2; w++) {
            publish(Path.of(args[0]), Path.of(args[1]), out);
            publish(Path.of(args[2]), Path.of(args[3]), out);
        }
        List<Long> full = new ArrayList<>();
        List<Long> half = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            full.add(publish(Path.of(args[0]), Path.of(args[1]), out));
            half.add(publish(Path.of(args[2]), Path.of(args[3]), out));
        }
        System.out.printf("in one warm JVM: full %d ms, half %d ms (medians of %d): half / full %.2f%n", median(full),
                median(half), runs, median(half) / (double) median(full));
    }
}
