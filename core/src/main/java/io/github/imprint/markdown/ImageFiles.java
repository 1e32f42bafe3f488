package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.ImageFormat;
import io.github.imprint.model.ImageRef;
import io.github.imprint.model.SourcePos;
import io.github.imprint.svg.SvgReader;
import io.github.imprint.svg.VectorDrawing;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds, checks and measures the images the sources refer to. An image must be a file inside the
 * project (no absolute paths, no {@code ../} or symbolic link out of it), must really be a PNG, JPEG,
 * GIF, WebP or SVG by its bytes, and must not declare more than {@value #MAX_PIXELS} pixels. Remote
 * images are refused unless the build allows them; then they are downloaded once into the work folder.
 *
 * <p>Shared by the threads that convert chapters: images that passed are cached; a bad one is reported
 * at every reference, each to the diagnostics of the chapter that makes it.
 */
final class ImageFiles {

    static final long MAX_PIXELS = 50_000_000L;

    /**
     * What makes an SVG unsafe to pass on to readers: a document type with declarations of its own
     * (entities can read files or expand without end; the plain {@code <!DOCTYPE svg PUBLIC …>} that
     * drawing programs write declares nothing and is never fetched), scripts, event handlers, or
     * elements that load other files or anything from the network (a link out, {@code <a href>}, is
     * a link and stays). An SVG figure must be self-contained.
     */
    static Optional<String> svgDanger(String svg) {
        String lower = svg.toLowerCase(Locale.ROOT);
        if (lower.contains("<!entity") || SvgReader.doctypeWithDeclarations(lower)) {
            return Optional.of("has a document type declaration, which could read files or expand without end");
        }
        if (lower.contains("<script")) {
            return Optional.of("contains a script");
        }
        if (Pattern.compile("\\son[a-z]+\\s*=").matcher(lower).find()) {
            return Optional.of("contains an event handler (an on… attribute), which is script");
        }
        // a link out (an <a> to a web page) is a link, as in Markdown; what an element loads is not allowed
        if (Pattern.compile("<(?!a[\\s>/])[\\w:.-]+[^>]*?\\s(?:(?:xlink:)?href|src)\\s*=\\s*[\"'](?!#|data:)")
                        .matcher(lower)
                        .find()
                || Pattern.compile("url\\(\\s*[\"']?(?!#|data:)").matcher(lower).find()) {
            return Optional.of("refers to another file or to the network; a figure must be self-contained");
        }
        return Optional.empty();
    }

    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Path projectRoot;
    /** The source folder, which may lie outside the project (a repository's docs/ folder). */
    private final Path sourceRoot;

    private final Optional<Path> remoteCache;
    private final Optional<Path> drawings;
    private final Map<Path, ImageRef> checked = new ConcurrentHashMap<>();

    /**
     * @param remoteCache where remote images are downloaded, when the build allows them; empty refuses them
     */
    ImageFiles(Path projectRoot, Optional<Path> remoteCache) {
        this(projectRoot, projectRoot, remoteCache, Optional.empty());
    }

    /**
     * Images may lie in the project or in the source folder, wherever that is.
     *
     * @param drawings where SVG written inline in HTML is kept as a file; empty leaves such drawings out
     */
    ImageFiles(Path projectRoot, Path sourceRoot, Optional<Path> remoteCache, Optional<Path> drawings) {
        this.projectRoot = realOrNormal(projectRoot);
        this.sourceRoot = realOrNormal(sourceRoot);
        this.remoteCache = remoteCache;
        this.drawings = drawings;
    }

    /**
     * An SVG drawing written inline in the HTML of a chapter, kept as a file named by its content's
     * digest (so a rebuild writes the same file) and then checked as an SVG file is; empty, having
     * said why, when it cannot be used.
     */
    Optional<ImageRef> drawing(Diagnostics diagnostics, String svg, SourcePos pos, Optional<String> widthHint) {
        if (drawings.isEmpty()) {
            diagnostics.warning(
                    pos,
                    "an inline <svg> drawing is left out here",
                    "save it as a file and write <img src=\"drawing.svg\" alt=\"…\">");
            return Optional.empty();
        }
        try {
            byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
            String name = digestName(bytes);
            Path target = drawings.get().resolve(name + ".svg");
            if (!Files.isRegularFile(target)) {
                writeWhole(drawings.get(), name, bytes, target);
            }
            return measure(diagnostics, target, "inline <svg>", pos, widthHint);
        } catch (IOException | NoSuchAlgorithmException e) {
            diagnostics.error(
                    pos,
                    "cannot keep an inline <svg> drawing: " + e.getMessage(),
                    "check that the build folder is writable");
            return Optional.empty();
        }
    }

    /** Resolves {@code destination} as written in {@code sourceFile}; reports and returns empty when it fails. */
    Optional<ImageRef> resolve(
            Diagnostics diagnostics, String destination, Path sourceFile, SourcePos pos, Optional<String> widthHint) {
        String lower = destination.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")) {
            return remote(diagnostics, destination, pos, widthHint);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.matches("^[a-z]:[\\\\/].*")) {
            diagnostics.error(
                    pos,
                    "image '" + destination + "' uses a URL scheme Imprint does not load",
                    "put the image in the project and refer to it by a relative path");
            return Optional.empty();
        }
        String decoded = Links.path(destination);
        Path relative;
        try {
            relative = Path.of(decoded);
        } catch (InvalidPathException e) {
            diagnostics.error(
                    pos,
                    "image path '" + destination + "' is not a valid path",
                    "use a relative path such as images/photo.jpg");
            return Optional.empty();
        }
        if (relative.isAbsolute() || decoded.startsWith("/") || decoded.startsWith("\\")) {
            diagnostics.error(
                    pos,
                    "image path '" + destination + "' is absolute",
                    "use a path relative to the Markdown file, inside the project, such as images/photo.jpg");
            return Optional.empty();
        }
        Path file = sourceFile.toAbsolutePath().getParent().resolve(relative).normalize();
        if (!file.startsWith(projectRoot) && !file.startsWith(sourceRoot)) {
            diagnostics.error(
                    pos,
                    "image path '" + destination + "' leaves the project folder",
                    "keep images inside the project, for example in src/main/markdown/images");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            diagnostics.error(
                    pos,
                    "image not found: " + destination,
                    "check the path; it is relative to the Markdown file that names it");
            return Optional.empty();
        }
        if (!realOrNormal(file).startsWith(projectRoot) && !realOrNormal(file).startsWith(sourceRoot)) {
            diagnostics.error(
                    pos,
                    "image '" + destination + "' is a symbolic link that leads out of the project",
                    "copy the image into the project instead of linking to it");
            return Optional.empty();
        }
        ImageRef known = checked.get(file);
        Optional<ImageRef> ref =
                known != null ? Optional.of(known) : measure(diagnostics, file, destination, pos, widthHint);
        ref.ifPresent(r -> checked.putIfAbsent(file, r));
        return ref.map(r -> r.withWidthHint(widthHint));
    }

    private Optional<ImageRef> measure(
            Diagnostics diagnostics, Path file, String destination, SourcePos pos, Optional<String> widthHint) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.error(
                        pos,
                        "image '" + destination + "' is " + size / (1024 * 1024) + " MB",
                        "images are limited to 50 MB; scale it down");
                return Optional.empty();
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(256 * 1024);
            }
            Optional<ImageProbe.Info> info = ImageProbe.probe(head);
            if (info.isEmpty()) {
                diagnostics.error(
                        pos,
                        "'" + destination + "' is not an image Imprint can use",
                        "EPUB readers show PNG, JPEG, GIF, WebP and SVG; convert the file to one of them");
                return Optional.empty();
            }
            ImageProbe.Info image = info.get();
            if (image.format() == ImageFormat.SVG) {
                Optional<ImageProbe.Info> drawn = svg(diagnostics, Files.readAllBytes(file), destination, pos);
                if (drawn.isEmpty()) {
                    return Optional.empty();
                }
                image = drawn.get();
            }
            if (image.width() <= 0 && image.format() != ImageFormat.SVG) {
                diagnostics.error(
                        pos,
                        "image '" + destination + "' is damaged: its size cannot be read",
                        "open and save it again in an image editor");
                return Optional.empty();
            }
            if ((long) image.width() * image.height() > MAX_PIXELS && image.format() != ImageFormat.SVG) {
                diagnostics.error(
                        pos,
                        "image '" + destination + "' declares " + image.width() + " × " + image.height()
                                + " pixels, more than the limit of 50 megapixels",
                        "scale the image down");
                return Optional.empty();
            }
            Optional<Path> printFile = image.format() == ImageFormat.WEBP ? printStandIn(file) : Optional.of(file);
            return Optional.of(new ImageRef(file, image.format(), image.width(), image.height(), widthHint, printFile));
        } catch (IOException e) {
            diagnostics.error(
                    pos, "cannot read image '" + destination + "': " + e.getMessage(), "check the file's permissions");
            return Optional.empty();
        }
    }

    /** A file name from the first 96 bits of a SHA-256 digest: the same content, the same name. */
    private static String digestName(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content))
                .substring(0, 24);
    }

    /** Writes {@code target} whole or not at all: a partial file beside it, moved into place. */
    private static void writeWhole(Path folder, String name, byte[] bytes, Path target) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, name, ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private Optional<ImageRef> remote(Diagnostics diagnostics, String url, SourcePos pos, Optional<String> widthHint) {
        if (remoteCache.isEmpty()) {
            diagnostics.error(
                    pos,
                    "remote image refused: " + url,
                    "download it into the project, or allow remote images in the build (allowRemoteImages)");
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.startsWith("//") ? "https:" + url : url);
            String name = digestName(uri.toString().getBytes(StandardCharsets.UTF_8));
            Path target = remoteCache.get().resolve(name);
            if (!Files.isRegularFile(target)) {
                Files.createDirectories(remoteCache.get());
                HttpClient client = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(20))
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
                HttpResponse<InputStream> response = client.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    diagnostics.error(
                            pos,
                            "remote image " + url + " answered HTTP " + response.statusCode(),
                            "check the address, or download the image into the project");
                    return Optional.empty();
                }
                byte[] bytes;
                try (InputStream in = response.body()) {
                    bytes = in.readNBytes((int) MAX_BYTES + 1);
                }
                if (bytes.length > MAX_BYTES) {
                    diagnostics.error(pos, "remote image " + url + " is larger than 50 MB", "scale it down");
                    return Optional.empty();
                }
                writeWhole(remoteCache.get(), name, bytes, target);
            }
            return measure(diagnostics, target, url, pos, widthHint);
        } catch (IOException | IllegalArgumentException | NoSuchAlgorithmException e) {
            diagnostics.error(
                    pos,
                    "cannot download remote image " + url + ": " + e.getMessage(),
                    "download it into the project instead");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            diagnostics.error(pos, "download of " + url + " interrupted", "run the build again");
            return Optional.empty();
        }
    }

    private static Path realOrNormal(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * An SVG checked and measured: refused when it holds what could run or reach out (see
     * {@link #svgDanger}) or is not well-formed, measured from its root element, and what the PDF will
     * not draw of it said here, at the figure.
     */
    private static Optional<ImageProbe.Info> svg(
            Diagnostics diagnostics, byte[] bytes, String destination, SourcePos pos) {
        Optional<String> danger = svgDanger(new String(bytes, StandardCharsets.UTF_8));
        if (danger.isPresent()) {
            diagnostics.error(
                    pos,
                    "SVG '" + destination + "' " + danger.get(),
                    "remove it from the SVG (a drawing program's plain-SVG export leaves these out)");
            return Optional.empty();
        }
        VectorDrawing drawing;
        try {
            drawing = SvgReader.read(bytes);
        } catch (SvgReader.Unreadable e) {
            String where = e.line() > 0 ? " (its line " + e.line() + ", column " + e.column() + ")" : "";
            diagnostics.error(
                    pos,
                    "SVG '" + destination + "' is not well-formed XML" + where + ": " + e.getMessage(),
                    "open and save it again in a drawing program, or check it with an XML validator");
            return Optional.empty();
        }
        if (!drawing.skipped().isEmpty()) {
            diagnostics.warning(
                    pos,
                    "SVG '" + destination + "': its "
                            + drawing.skipped().stream().map(k -> "<" + k + ">").collect(Collectors.joining(", "))
                            + " elements are not drawn in the PDF",
                    "turn text into outlines and embed no images in the drawing program; the EPUB shows the SVG whole");
        }
        return Optional.of(new ImageProbe.Info(ImageFormat.SVG, drawing.intrinsicWidth(), drawing.intrinsicHeight()));
    }

    /**
     * The PNG or JPEG that stands in for a WebP image in the PDF: a file of the same name beside it
     * (PDF cannot hold WebP). A stand-in that is a link out of the WebP's folder is not taken.
     */
    private static Optional<Path> printStandIn(Path webp) {
        String stem = webp.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        for (String extension : List.of(".png", ".jpg", ".jpeg", ".PNG", ".JPG", ".JPEG")) {
            Path candidate = webp.resolveSibling(stem + extension);
            try {
                if (Files.isRegularFile(candidate)
                        && candidate
                                .toRealPath()
                                .getParent()
                                .equals(webp.toRealPath().getParent())) {
                    return Optional.of(candidate);
                }
            } catch (IOException e) {
                // not readable: not a stand-in
            }
        }
        return Optional.empty();
    }
}
