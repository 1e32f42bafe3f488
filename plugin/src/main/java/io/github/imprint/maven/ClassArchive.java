package io.github.imprint.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The forked JVM's class-data archive (AppCDS): the classes a publish loads, parsed and verified once
 * and mapped into later forks, which saves them about 0.3 s of a 3 s start. The first fork of a
 * plugin version on a JDK writes the archive as it exits ({@code -XX:ArchiveClassesAtExit}, about
 * 0.6 s once); the later ones map it ({@code -XX:SharedArchiveFile}).
 *
 * <p>The archive lives beside Maven's local repository, in {@code imprint/jvm}, so that {@code mvn
 * clean} does not throw it away; its name is a digest of the JDK and of every class-path entry's path,
 * size and time, so a new plugin version or JDK makes a new one (the JVM checks the class path again
 * itself, and ignores an archive that does not match). Each fork writes to a name of its own and moves
 * it into place whole, so concurrent builds cannot see half an archive. The three most recent archives
 * are kept.
 */
final class ClassArchive {

    private static final int KEPT = 3;

    private final Path folder;

    ClassArchive(Path folder) {
        this.folder = folder;
    }

    /** No archive: each fork loads its classes afresh. */
    static ClassArchive none() {
        return new ClassArchive(null);
    }

    /**
     * The JVM options for one fork: an archive to map, or one to write (to {@code writing}, moved to
     * {@code archive} once the fork has ended well), or none.
     */
    final class Use {
        private final String option;
        private final Path writing;
        private final Path archive;

        private Use(String option, Path writing, Path archive) {
            this.option = option;
            this.writing = writing;
            this.archive = archive;
        }

        List<String> options() {
            return option == null ? List.of() : List.of(option);
        }

        void finish(boolean succeeded) {
            if (writing == null) {
                return;
            }
            try {
                if (succeeded && Files.isRegularFile(writing)) {
                    Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    evict();
                }
                Files.deleteIfExists(writing);
            } catch (IOException e) {
                // without an archive the next fork writes one again
            }
        }
    }

    Use use(List<Path> classpath) {
        if (folder == null) {
            return new Use(null, null, null);
        }
        Path archive = folder.resolve("publish-" + digest(classpath) + ".jsa");
        if (Files.isRegularFile(archive)) {
            return new Use("-XX:SharedArchiveFile=" + archive, null, null);
        }
        Path writing = folder.resolve(archive.getFileName() + "."
                + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + ".part");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return new Use(null, null, null);
        }
        return new Use("-XX:ArchiveClassesAtExit=" + writing, writing, archive);
    }

    private void evict() throws IOException {
        List<Path> archives;
        try (Stream<Path> files = Files.list(folder)) {
            archives = files.filter(f -> f.getFileName().toString().endsWith(".jsa"))
                    .sorted(Comparator.comparing(ClassArchive::modified).reversed())
                    .toList();
        }
        for (Path old : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String digest(List<Path> classpath) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String property : List.of("java.home", "java.vm.vendor", "java.vm.version")) {
                digest.update((System.getProperty(property, "") + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Path entry : classpath) {
                String stamp;
                try {
                    stamp = entry + " " + Files.size(entry) + " "
                            + Files.getLastModifiedTime(entry).toMillis();
                } catch (IOException e) {
                    stamp = entry.toString();
                }
                digest.update((stamp + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
