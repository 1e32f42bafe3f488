package io.github.imprint.publish;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Publishing without Maven: {@code java -jar imprint-core.jar SOURCE OUTPUT_FOLDER [--theme FILE]
 * [--root PROJECT]}. Prints diagnostics as {@code path:line:column: message}; exits 1 on errors.
 * The timestamp comes from {@code SOURCE_DATE_EPOCH} when set, as reproducible builds expect.
 */
public final class Cli {

    private Cli() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: imprint SOURCE OUTPUT_FOLDER [--theme FILE] [--root PROJECT] [--name NAME] [--formats pdf,epub]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Optional<Path> theme = Optional.empty();
        Path root = source.toAbsolutePath().getParent();
        String name = source.getFileName().toString().replaceFirst("\\.md$", "");
        Set<Format> formats = Set.of(Format.PDF, Format.EPUB);
        Set<io.github.imprint.typeset.Trace> traces = Set.of();
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--theme" -> theme = Optional.of(Path.of(args[i + 1]));
                case "--root" -> root = Path.of(args[i + 1]);
                case "--name" -> name = args[i + 1];
                case "--trace" -> traces = io.github.imprint.typeset.Trace.parse(args[i + 1]).orElseThrow(
                        () -> new IllegalArgumentException("--trace takes paragraphs, pages or all"));
                case "--formats" -> formats = java.util.Arrays.stream(args[i + 1].split(","))
                        .map(f -> Format.parse(f).orElseThrow(() -> new IllegalArgumentException("unknown format " + f)))
                        .collect(java.util.stream.Collectors.toSet());
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        Instant timestamp = epoch != null && epoch.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(epoch)) : Instant.now();
        PublishRequest request = PublishRequest.of(source, root, output, name).theme(theme).formats(formats)
                .timestamp(timestamp).traces(traces).build();
        try {
            PublishResult result = Publisher.publish(request);
            result.diagnostics().forEach(d -> System.err.println("warning: " + d));
            result.editions().values().forEach(e -> System.out.println(e.file() + " (" + e.bytes() / 1024 + " KiB, "
                    + e.chapters() + " chapters, " + (e.pages() > 0 ? e.pages() + " pages, " : "") + e.time().toMillis() + " ms)"));
        } catch (PublishException e) {
            for (Diagnostic d : e.diagnostics()) {
                System.err.println((d.isError() ? "error: " : "warning: ") + d);
            }
            System.exit(1);
        }
    }
}
