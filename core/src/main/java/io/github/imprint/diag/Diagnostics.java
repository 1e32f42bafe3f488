package io.github.imprint.diag;

import io.github.imprint.model.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * The sink every stage reports to. One per publish run; not shared between threads.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public void report(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void error(SourcePos pos, String message, String hint) {
        report(Diagnostic.error(pos, message, hint));
    }

    public void warning(SourcePos pos, String message, String hint) {
        report(Diagnostic.warning(pos, message, hint));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> all() {
        return List.copyOf(all);
    }

    /** Stops the run if anything so far was an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new PublishException(all());
        }
    }
}
