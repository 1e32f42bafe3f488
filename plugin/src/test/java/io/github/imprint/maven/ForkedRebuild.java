package io.github.imprint.maven;

import io.github.imprint.diag.PublishException;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.PublishResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The plugin's build step in a JVM of its own, for tests that kill it: {@code ForkedRebuild SOURCE
 * OUTPUT WORK NAME}, both editions at a fixed timestamp, the state in {@code WORK/NAME.state}. Prints
 * "up to date" or "published"; exits 1 on errors in the sources.
 */
public final class ForkedRebuild {

    private ForkedRebuild() {}

    static PublishRequest request(Path source, Path output, Path work, String name) {
        return PublishRequest.of(source, source.getParent(), output, name)
                .timestamp(Instant.EPOCH)
                .workDirectory(work)
                .build();
    }

    static List<Path> planned(PublishRequest request) {
        return request.formats().stream()
                .sorted()
                .map(f -> request.outputDirectory().resolve(request.outputName() + "." + f.extension()))
                .toList();
    }

    static BuildState state(PublishRequest request) {
        return BuildState.of(
                request.workDirectory().resolve(request.outputName() + ".state"), "test", request.source(), null);
    }

    public static void main(String[] args) {
        PublishRequest request = request(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), args[3]);
        try {
            Optional<PublishResult> result = Rebuild.unlessUpToDate(
                    request, state(request), planned(request), false, step -> {}, System.err::println);
            System.out.println(result.isPresent() ? "published" : "up to date");
        } catch (PublishException e) {
            e.diagnostics().forEach(System.err::println);
            System.exit(1);
        }
    }
}
