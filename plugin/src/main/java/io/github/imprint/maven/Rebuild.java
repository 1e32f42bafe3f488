package io.github.imprint.maven;

import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.PublishResult;
import io.github.imprint.publish.Publisher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The goals' build step without Maven: nothing when the editions are up to date, otherwise a publish
 * and then the record of it. The check, the publish and the record happen under the build's lock, so
 * a second build of the same project (an IDE beside a terminal) cannot record its inputs against the
 * other's editions; and the record is written only once both editions are in place, so a build that
 * is killed never leaves a state that calls unwritten editions up to date.
 */
final class Rebuild {

    private Rebuild() {}

    /** The editions {@code request} writes, in {@link io.github.imprint.publish.Format}'s order. */
    static List<Path> planned(PublishRequest request) {
        return request.formats().stream()
                .sorted()
                .map(f -> request.outputDirectory().resolve(request.outputName() + "." + f.extension()))
                .toList();
    }

    /**
     * @param planned the editions the request writes
     * @param warn    told when the state cannot be recorded (the next build then publishes again)
     * @return the publish's result, or empty when there was nothing to do
     */
    static Optional<PublishResult> unlessUpToDate(
            PublishRequest request,
            BuildState state,
            List<Path> planned,
            boolean force,
            Consumer<String> progress,
            Consumer<String> warn) {
        return Publisher.exclusively(request, () -> {
            if (!force && state.upToDate(planned)) {
                return Optional.empty();
            }
            PublishResult result = Publisher.publish(request, progress);
            try {
                state.save(planned);
            } catch (IOException e) {
                warn.accept("cannot record the build state (" + e.getMessage() + "); the next build publishes again");
            }
            return Optional.of(result);
        });
    }
}
