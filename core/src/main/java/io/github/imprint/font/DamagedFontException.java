package io.github.imprint.font;

import java.nio.file.Path;

/**
 * A project's font whose outlines cannot be subset: its table directory and CFF structures read, but a
 * charstring does not (a call to a subroutine the font lacks, subroutines nested past the format's
 * limit). Found when an edition embeds the font, and reported at the font's file.
 */
public final class DamagedFontException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    DamagedFontException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** What to do about it. */
    public String hint() {
        return "the font file is damaged: export it again from the font's source, or use another copy";
    }
}
