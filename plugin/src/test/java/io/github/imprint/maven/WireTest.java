package io.github.imprint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.model.SourcePos;
import io.github.imprint.publish.Format;
import io.github.imprint.publish.MetadataDefaults;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.PublishResult;
import io.github.imprint.typeset.Trace;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the plugin and its fork tell each other comes back equal to what was sent, field for field. */
class WireTest {

    private static DataInputStream reading(ByteArrayOutputStream bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void aRequestWithEveryFieldSetRoundTrips() throws IOException {
        PublishRequest request = new PublishRequest(
                Path.of("/p/src/main/markdown"),
                Path.of("/p"),
                Optional.of(Path.of("/p/theme.yaml")),
                new MetadataDefaults(
                        Optional.of("Título"),
                        Optional.of("A book\nin two lines"),
                        List.of("A. Writer", "B. Writer"),
                        Optional.of("Imprint"),
                        Optional.of("CC-BY"),
                        Optional.of("2026"),
                        Optional.of("pt-BR")),
                "g:a",
                Set.of(Format.PDF, Format.EPUB),
                Path.of("/p/target"),
                "book-1.0",
                Instant.ofEpochSecond(1_700_000_000L, 123_456_789),
                true,
                Path.of("/p/target/imprint"),
                Set.of(Trace.PAGES, Trace.PARAGRAPHS));
        Wire.State state = new Wire.State(
                Path.of("/p/target/imprint/book.state"),
                "0.1.0\nconfiguration",
                request.source(),
                request.theme(),
                Optional.of("digest of the inputs"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Wire.writeRequest(new DataOutputStream(bytes), request, state, true);
        assertEquals(new Wire.Job(request, state, true), Wire.readRequest(reading(bytes)));

        PublishRequest plain = PublishRequest.of(Path.of("a.md"), Path.of("."), Path.of("out"), "a")
                .timestamp(Instant.EPOCH)
                .build();
        Wire.State none = new Wire.State(Path.of("a.state"), "", Path.of("a.md"), Optional.empty());
        bytes.reset();
        Wire.writeRequest(new DataOutputStream(bytes), plain, none, false);
        assertEquals(new Wire.Job(plain, none, false), Wire.readRequest(reading(bytes)));
    }

    @Test
    void aResultWithDiagnosticsAndATraceRoundTrips() throws IOException {
        String details = "x".repeat(70_000); // beyond writeUTF's 64 KiB
        PublishResult result = new PublishResult(
                Map.of(
                        Format.PDF,
                        new PublishResult.Edition(
                                Format.PDF, Path.of("/t/b.pdf"), 123_456, 12, 97, Duration.ofMillis(2_345), details),
                        Format.EPUB,
                        new PublishResult.Edition(Format.EPUB, Path.of("/t/b.epub"), 789, 12, 0, Duration.ofNanos(1))),
                List.of(
                        Diagnostic.warning(
                                new SourcePos("ch/a.md", 3, 14), "closing tag </b> has no opening tag", "remove it"),
                        Diagnostic.info(SourcePos.UNKNOWN, "niveau: « ok »", ""),
                        Diagnostic.error(SourcePos.path("images"), "two\nlines", "a hint")),
                Optional.of(Path.of("/t/b.trace.txt")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Wire.writeResult(new DataOutputStream(bytes), result);
        assertEquals(result, Wire.readResult(reading(bytes)));
    }

    @Test
    void progressLinesKeepTheirLineBreaksAndBackslashes() {
        String text = "a\\nb\nc\r\\";
        String escaped = ForkedPublish.escape(text);
        assertEquals(-1, escaped.indexOf('\n'));
        assertEquals(-1, escaped.indexOf('\r'));
        assertEquals(text, ForkedPublish.unescape(escaped));
    }
}
