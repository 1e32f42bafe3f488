package io.github.imprint.diag;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The user's sources cannot be published as they are. Carries every diagnostic of the run; its
 * message is the errors, one per line, ready for a build log.
 */
public final class PublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public PublishException(List<Diagnostic> diagnostics) {
        super(
                diagnostics.stream()
                        .filter(Diagnostic::isError)
                        .map(Diagnostic::toString)
                        .collect(Collectors.joining(System.lineSeparator())),
                null,
                false,
                false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public PublishException(Diagnostic error) {
        this(List.of(error));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
