package io.github.imprint.markdown;

import io.github.imprint.model.LinkTarget;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What links may point to across the book: each source file's chapter id, and each heading's id as
 * the author would write it ({@code #getting-started}) mapped to the id it got, which is unique in the
 * whole book.
 */
final class Links {

    private final Map<Path, String> chapterByFile = new HashMap<>();
    private final Map<String, String> anchors = new HashMap<>();

    void addChapter(Path file, String chapterId) {
        chapterByFile.put(file.toAbsolutePath().normalize(), chapterId);
    }

    void addAnchor(String chapterId, String written, String id) {
        anchors.putIfAbsent(chapterId + "#" + written, id);
    }

    /**
     * The chapter a link's file names, if it is one of the book's: the Markdown file itself, or as the
     * rendered site names it, {@code page.html} for {@code page.md} (and {@code index.html} for
     * {@code README.md}, as mdBook renders it), and a folder ({@code guide/}) for its {@code index.md}
     * or {@code README.md}.
     */
    Optional<String> chapterOf(Path file) {
        Path target = file.toAbsolutePath().normalize();
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        List<Path> candidates = new ArrayList<>(List.of(target));
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            String stem = name.substring(0, name.lastIndexOf('.'));
            candidates.add(target.resolveSibling(stem + ".md"));
            if (stem.equals("index")) {
                candidates.add(target.resolveSibling("README.md"));
            }
        }
        candidates.add(target.resolve("index.md"));
        candidates.add(target.resolve("README.md"));
        for (Path candidate : candidates) {
            String chapter = chapterByFile.get(candidate);
            if (chapter != null) {
                return Optional.of(chapter);
            }
        }
        return Optional.empty();
    }

    /** A chapter and anchor as written; empty when either is unknown. */
    Optional<LinkTarget.Internal> internal(String chapterId, String fragment) {
        if (fragment.isEmpty()) {
            return Optional.of(new LinkTarget.Internal(chapterId, Optional.empty()));
        }
        String id = anchors.get(chapterId + "#" + fragment);
        return id == null ? Optional.empty() : Optional.of(new LinkTarget.Internal(chapterId, Optional.of(id)));
    }

    private static final String URI_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?[]@!$&'()*+,;=%";

    /**
     * The scheme of a destination that runs code or carries a file inside it ({@code javascript:},
     * {@code vbscript:}, {@code data:}), read as a browser would (case, spaces and control characters
     * ignored), or empty: such a destination never becomes a link or an image.
     */
    static Optional<String> scriptScheme(String destination) {
        String plain = destination.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cntrl}]", "");
        for (String scheme : List.of("javascript", "vbscript", "data")) {
            if (plain.startsWith(scheme + ":")) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }

    /**
     * A link's URI as a reader's software can take it: as written when it is a valid URI, else with the
     * characters a URI may not hold percent-encoded (a space, a second {@code #}, letters beyond
     * ASCII), as a browser does before it follows the link.
     */
    /**
     * A path written in a link or an image, its percent escapes ({@code %20}) decoded as UTF-8. A
     * {@code %} not followed by two hex digits, and a {@code +}, stand for themselves: the path is a
     * file's name, not a form's field.
     */
    static String path(String written) {
        if (written.indexOf('%') < 0) {
            return written;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(written.length());
        for (int i = 0; i < written.length(); ) {
            char c = written.charAt(i);
            if (c == '%'
                    && i + 2 < written.length()
                    && Character.digit(written.charAt(i + 1), 16) >= 0
                    && Character.digit(written.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(written, i + 1, i + 3, 16));
                i += 3;
            } else {
                int cp = written.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** {@code relative} resolved against {@code base} and normalised, or empty where no file can have that name (a NUL). */
    static Optional<Path> resolved(Path base, String relative) {
        try {
            return Optional.of(base.resolve(relative).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    static String uri(String written) {
        try {
            new URI(written);
            return written;
        } catch (URISyntaxException e) {
            int hash = written.indexOf('#');
            String main = hash < 0 ? written : written.substring(0, hash);
            return hash < 0 ? encode(main) : encode(main) + "#" + encode(written.substring(hash + 1));
        }
    }

    private static String encode(String part) {
        StringBuilder out = new StringBuilder();
        for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 128 && URI_CHARACTERS.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
