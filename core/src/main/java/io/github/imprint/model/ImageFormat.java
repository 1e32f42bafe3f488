package io.github.imprint.model;

/** The kinds of image the sources may use, as sniffed from their bytes. */
public enum ImageFormat {
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg"),
    GIF("image/gif", ".gif"),
    WEBP("image/webp", ".webp"),
    SVG("image/svg+xml", ".svg");

    private final String mediaType;
    private final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The IANA media type, as an EPUB's manifest names it. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension a file of this kind is given, with its dot. */
    public String extension() {
        return extension;
    }

    /** Whether the image is a drawing (SVG) rather than pixels. */
    public boolean vector() {
        return this == SVG;
    }
}
