package io.github.imprint.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An edition written while another is, and kept out of its place until the whole run has succeeded.
 * The EPUB is written beside the PDF, on a thread of its own; if the PDF then fails, the EPUB of the
 * build before must still be there, so the new one goes to a part file in the same folder first and
 * is moved into place (atomically, in one rename) only after the PDF is. An edition written alone
 * goes straight to its place, which its writer already fills whole or not at all.
 */
record Staged(Path target, Path writing) {

    /** Where to write the edition for {@code target}: a part file beside it, if {@code beside} another. */
    static Staged of(Path target, boolean beside) throws IOException {
        if (!beside) {
            return new Staged(target, target);
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        return new Staged(target, Files.createTempFile(folder, "." + target.getFileName(), ".part", readable(folder)));
    }

    /**
     * An edition is made readable as other build outputs are ({@code rw-r--r--} under the usual umask,
     * which still applies); a temporary file alone would be the owner's only.
     */
    static FileAttribute<?>[] readable(Path folder) throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView("posix")
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))
                }
                : new FileAttribute<?>[0];
    }

    /** Moves the written edition into its place; returns its place. */
    Path place() throws IOException {
        if (!writing.equals(target)) {
            Files.move(writing, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    /** Removes what was written, when the run fails. */
    void discard() {
        if (!writing.equals(target)) {
            try {
                Files.deleteIfExists(writing);
            } catch (IOException e) {
                // a part file left behind is named as one, and never taken for an edition
            }
        }
    }
}
