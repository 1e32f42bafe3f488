package io.github.imprint.diag;

import io.github.imprint.model.SourcePos;

/**
 * One problem in the user's sources, printed as compilers print them:
 * {@code path:line:column: error: message}, then the hint on its own line.
 *
 * @param hint what to do about it, in one sentence; may be empty
 */
public record Diagnostic(Severity severity, String message, SourcePos pos, String hint) {

    public enum Severity {
        /** Worth knowing, nothing to fix: printed at Maven's info level. */
        INFO,
        WARNING,
        ERROR
    }

    public static Diagnostic error(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.ERROR, message, pos, hint);
    }

    public static Diagnostic warning(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.WARNING, message, pos, hint);
    }

    public static Diagnostic info(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.INFO, message, pos, hint);
    }

    public boolean isInfo() {
        return severity == Severity.INFO;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line alone: {@code path:line:column: message}. */
    public String headline() {
        String where = pos.toString();
        return where.isEmpty() ? message : where + ": " + message;
    }

    @Override
    public String toString() {
        String text = headline();
        return hint.isEmpty() ? text : text + System.lineSeparator() + "  hint: " + hint;
    }
}
