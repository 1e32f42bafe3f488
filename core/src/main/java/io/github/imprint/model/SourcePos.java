package io.github.imprint.model;

/**
 * Where a node came from: a file as the user names it (relative to the project when it can be), a
 * 1-based line and a 1-based column. {@link #UNKNOWN} marks nodes that Imprint made itself.
 */
public record SourcePos(String file, int line, int column) {

    public static final SourcePos UNKNOWN = new SourcePos("", 0, 0);

    /** A position at the start of a file, for problems with the file as a whole. */
    public static SourcePos of(String file) {
        return new SourcePos(file, 1, 1);
    }

    /** A folder, or a file as a whole where no line applies: printed as the path alone. */
    public static SourcePos path(String file) {
        return new SourcePos(file, 0, 0);
    }

    /** {@code file:line:column}, as compilers print it. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + column;
    }
}
