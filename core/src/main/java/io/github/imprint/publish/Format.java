package io.github.imprint.publish;

import java.util.Locale;
import java.util.Optional;

/** The editions Imprint makes. */
public enum Format {
    PDF("pdf"),
    EPUB("epub");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The file extension, which is also the Maven artifact type. */
    public String extension() {
        return extension;
    }

    public static Optional<Format> parse(String name) {
        for (Format format : values()) {
            if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
