package io.github.imprint.maven;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.model.SourcePos;
import io.github.imprint.publish.Format;
import io.github.imprint.publish.MetadataDefaults;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.PublishResult;
import io.github.imprint.typeset.Trace;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the plugin and its forked JVM tell each other, written field by field: the request and the
 * up-to-date record's inputs one way, the result the other. Neither side needs Java serialization (the
 * records hold paths and optionals, which it cannot write). The records are rebuilt through their
 * canonical constructors, so a field added to one stops this class compiling until it is written
 * here too; {@code WireTest} compares a round trip of every field with the original.
 */
final class Wire {

    private Wire() {}

    /** How a forked publish ended. */
    enum Outcome {
        PUBLISHED,
        UP_TO_DATE,
        /** Errors in the sources: a {@link io.github.imprint.diag.PublishException}'s diagnostics follow. */
        REFUSED,
        /** Anything else thrown: its description and stack trace follow. */
        FAILED
    }

    /**
     * The up-to-date record's inputs, as {@link BuildState#of} takes them, and their digest once the
     * mojo has taken it: the fork, which the mojo starts only when the record does not match, then
     * checks the record again under the build's lock without reading every source again. A digest
     * taken before the fork reads the sources is safe to record: a source changed in between makes the
     * next build's digest differ, and it publishes again.
     */
    record State(Path file, String configuration, Path sources, Optional<Path> theme, Optional<String> inputs) {

        State(Path file, String configuration, Path sources, Optional<Path> theme) {
            this(file, configuration, sources, theme, Optional.empty());
        }

        BuildState open() {
            return inputs.map(digest -> BuildState.of(file, digest))
                    .orElseGet(() -> BuildState.of(file, configuration, sources, theme.orElse(null)));
        }

        /** The same record with the digest {@code state} took. */
        State taken(BuildState state) {
            return new State(file, configuration, sources, theme, Optional.of(state.inputs()));
        }
    }

    static void writeRequest(DataOutputStream out, PublishRequest request, State state, boolean force)
            throws IOException {
        writePath(out, request.source());
        writePath(out, request.projectRoot());
        writeOptionalPath(out, request.theme());
        MetadataDefaults defaults = request.defaults();
        for (Optional<String> field : List.of(defaults.title(), defaults.description())) {
            writeOptional(out, field);
        }
        writeStrings(out, defaults.authors());
        for (Optional<String> field :
                List.of(defaults.publisher(), defaults.rights(), defaults.year(), defaults.language())) {
            writeOptional(out, field);
        }
        writeString(out, request.identitySeed());
        writeStrings(out, request.formats().stream().map(Enum::name).sorted().toList());
        writePath(out, request.outputDirectory());
        writeString(out, request.outputName());
        out.writeLong(request.timestamp().getEpochSecond());
        out.writeInt(request.timestamp().getNano());
        out.writeBoolean(request.allowRemoteImages());
        writePath(out, request.workDirectory());
        writeStrings(out, request.traces().stream().map(Enum::name).sorted().toList());
        writePath(out, state.file());
        writeString(out, state.configuration());
        writePath(out, state.sources());
        writeOptionalPath(out, state.theme());
        writeOptional(out, state.inputs());
        out.writeBoolean(force);
    }

    /** A request as {@link #writeRequest} wrote it, with the state and the force flag. */
    record Job(PublishRequest request, State state, boolean force) {}

    static Job readRequest(DataInputStream in) throws IOException {
        Path source = readPath(in);
        Path root = readPath(in);
        Optional<Path> theme = readOptionalPath(in);
        Optional<String> title = readOptional(in);
        Optional<String> description = readOptional(in);
        List<String> authors = readStrings(in);
        MetadataDefaults defaults = new MetadataDefaults(
                title, description, authors, readOptional(in), readOptional(in), readOptional(in), readOptional(in));
        String seed = readString(in);
        Set<Format> formats = new TreeSet<>();
        readStrings(in).forEach(name -> formats.add(Format.valueOf(name)));
        Path output = readPath(in);
        String name = readString(in);
        Instant timestamp = Instant.ofEpochSecond(in.readLong(), in.readInt());
        boolean remote = in.readBoolean();
        Path work = readPath(in);
        Set<Trace> traces = new TreeSet<>();
        readStrings(in).forEach(t -> traces.add(Trace.valueOf(t)));
        PublishRequest request = new PublishRequest(
                source, root, theme, defaults, seed, formats, output, name, timestamp, remote, work, traces);
        State state = new State(readPath(in), readString(in), readPath(in), readOptionalPath(in), readOptional(in));
        return new Job(request, state, in.readBoolean());
    }

    static void writeResult(DataOutputStream out, PublishResult result) throws IOException {
        out.writeInt(result.editions().size());
        for (PublishResult.Edition edition : result.editions().values()) {
            out.writeUTF(edition.format().name());
            writePath(out, edition.file());
            out.writeLong(edition.bytes());
            out.writeInt(edition.chapters());
            out.writeInt(edition.pages());
            out.writeLong(edition.time().toNanos());
            writeString(out, edition.details());
        }
        writeDiagnostics(out, result.diagnostics());
        writeOptionalPath(out, result.trace());
    }

    static PublishResult readResult(DataInputStream in) throws IOException {
        Map<Format, PublishResult.Edition> editions = new EnumMap<>(Format.class);
        for (int n = in.readInt(); n > 0; n--) {
            Format format = Format.valueOf(in.readUTF());
            editions.put(
                    format,
                    new PublishResult.Edition(
                            format,
                            readPath(in),
                            in.readLong(),
                            in.readInt(),
                            in.readInt(),
                            Duration.ofNanos(in.readLong()),
                            readString(in)));
        }
        return new PublishResult(editions, readDiagnostics(in), readOptionalPath(in));
    }

    static void writeDiagnostics(DataOutputStream out, List<Diagnostic> diagnostics) throws IOException {
        out.writeInt(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            out.writeUTF(d.severity().name());
            writeString(out, d.message());
            writeString(out, d.pos().file());
            out.writeInt(d.pos().line());
            out.writeInt(d.pos().column());
            writeString(out, d.hint());
        }
    }

    static List<Diagnostic> readDiagnostics(DataInputStream in) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            Diagnostic.Severity severity = Diagnostic.Severity.valueOf(in.readUTF());
            String message = readString(in);
            SourcePos pos = new SourcePos(readString(in), in.readInt(), in.readInt());
            diagnostics.add(new Diagnostic(severity, message, pos, readString(in)));
        }
        return diagnostics;
    }

    /** A string of any length (writeUTF stops at 64 KiB, and a trace's details may not). */
    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    private static void writeOptional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            writeString(out, value.get());
        }
    }

    private static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            values.add(readString(in));
        }
        return values;
    }

    private static void writePath(DataOutputStream out, Path path) throws IOException {
        writeString(out, path.toString());
    }

    private static Path readPath(DataInputStream in) throws IOException {
        return Path.of(readString(in));
    }

    private static void writeOptionalPath(DataOutputStream out, Optional<Path> path) throws IOException {
        writeOptional(out, path.map(Path::toString));
    }

    private static Optional<Path> readOptionalPath(DataInputStream in) throws IOException {
        return readOptional(in).map(Path::of);
    }
}
