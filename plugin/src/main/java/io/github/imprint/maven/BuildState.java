package io.github.imprint.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whether the editions are up to date: a SHA-256 over everything that goes into them — the plugin's
 * version, the request's configuration, every file under the source folder (chapters, images, a
 * {@code book.yaml}), the theme file and the TrueType files beside it — and over the editions as
 * written. Kept in {@code target/imprint/NAME.state}; when both hashes still match, there is nothing
 * to do. By content, not by file times, so a checkout or a copy does not force a rebuild, and a
 * change to any one input (an image, say) does.
 */
final class BuildState {

    private final Path stateFile;
    private final String inputs;

    private BuildState(Path stateFile, String inputs) {
        this.stateFile = stateFile;
        this.inputs = inputs;
    }

    /**
     * @param configuration the request and plugin version, as text
     * @param sources       the source folder (or file)
     * @param theme         the theme file, or null
     */
    static BuildState of(Path stateFile, String configuration, Path sources, Path theme) {
        MessageDigest digest = sha256();
        digest.update(configuration.getBytes(StandardCharsets.UTF_8));
        hashTree(digest, sources, sources);
        if (theme != null && Files.isRegularFile(theme)) {
            hashFile(digest, theme, theme.getParent());
            Path folder = theme.toAbsolutePath().getParent();
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf)"))
                        .filter(f -> !folder.relativize(f).startsWith("target"))
                        .sorted()
                        .forEach(f -> hashFile(digest, f, folder));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new BuildState(stateFile, HexFormat.of().formatHex(digest.digest()));
    }

    /** The record for inputs whose digest was taken already ({@link #inputs()}). */
    static BuildState of(Path stateFile, String inputs) {
        return new BuildState(stateFile, inputs);
    }

    /** The digest of the inputs. */
    String inputs() {
        return inputs;
    }

    /** Whether the last build had the same inputs and its editions are still as it wrote them. */
    boolean upToDate(List<Path> editions) {
        try {
            return Files.isRegularFile(stateFile) && Files.readString(stateFile).equals(record(editions));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Records a successful build, through a temporary file. */
    void save(List<Path> editions) throws IOException {
        Files.createDirectories(stateFile.getParent());
        Path temporary = Files.createTempFile(stateFile.getParent(), ".state", ".part");
        Files.writeString(temporary, record(editions));
        Files.move(temporary, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String record(List<Path> editions) {
        StringBuilder text = new StringBuilder("inputs ").append(inputs).append('\n');
        for (Path edition : editions) {
            if (!Files.isRegularFile(edition)) {
                throw new UncheckedIOException(new IOException("missing " + edition));
            }
            MessageDigest digest = sha256();
            hashFile(digest, edition, edition.getParent());
            text.append("edition ")
                    .append(edition.getFileName())
                    .append(' ')
                    .append(HexFormat.of().formatHex(digest.digest()))
                    .append('\n');
        }
        return text.toString();
    }

    private static void hashTree(MessageDigest digest, Path root, Path base) {
        if (Files.isRegularFile(root)) {
            hashFile(digest, root, root.getParent());
            return;
        }
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> hashFile(digest, f, base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void hashFile(MessageDigest digest, Path file, Path base) {
        try {
            digest.update(base.relativize(file.toAbsolutePath())
                    .toString()
                    .replace('\\', '/')
                    .getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            digest.update(file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
