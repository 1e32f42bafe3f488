package io.github.imprint.pdf;

import java.io.IOException;
import java.nio.file.Path;

/** An image the PDF cannot take: damaged or cut short, or in colours the file's claims forbid. */
public final class DamagedImageException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String hint;

    DamagedImageException(Path file, Throwable cause) {
        this(
                file,
                "image cannot be decoded for the PDF (" + cause.getMessage() + "); the file is damaged or cut short",
                "open it in an image editor and save it again",
                cause);
    }

    DamagedImageException(Path file, String message, String hint, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.hint = hint;
    }

    public Path file() {
        return file;
    }

    public String hint() {
        return hint;
    }
}
