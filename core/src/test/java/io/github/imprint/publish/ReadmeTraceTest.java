package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.typeset.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace excerpt in the README is what the code writes for the sample article. */
class ReadmeTraceTest {

    @TempDir
    Path out;

    @Test
    void theReadmesTraceExcerptIsWhatTheCodeWrites() throws IOException {
        Path repository = Fixtures.repository();
        String readme = Files.readString(repository.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("<!-- trace excerpt");
        int end = readme.indexOf("<!-- end of trace excerpt -->");
        assertTrue(start > 0 && end > start, "the README has a trace excerpt");
        List<String> excerpt = readme.substring(start, end)
                .lines()
                .filter(l -> !l.startsWith("<!--") && !l.startsWith("```") && !l.equals("...") && !l.isBlank())
                .toList();
        Path project = repository.resolve("samples/article");
        PublishResult result =
                Publisher.publish(PublishRequest.of(project.resolve("src/main/markdown"), project, out, "article")
                        .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                        .traces(Set.of(Trace.PARAGRAPHS, Trace.PAGES))
                        .build());
        Path trace = result.trace().orElseThrow();
        assertEquals(out.resolve("article.trace.txt"), trace);
        List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
        assertTrue(excerpt.size() > 8, "an excerpt worth reading: " + excerpt);
        for (String line : excerpt) {
            assertTrue(lines.contains(line), "the trace has the README's line: " + line);
        }
    }

    @Test
    void noTraceIsWrittenUnlessAskedFor() throws IOException {
        Path project = Fixtures.repository().resolve("samples/article");
        PublishResult result =
                Publisher.publish(PublishRequest.of(project.resolve("src/main/markdown"), project, out, "article")
                        .formats(Set.of(Format.PDF))
                        .build());
        assertTrue(result.trace().isEmpty());
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".trace.txt")));
        }
    }
}
