package io.github.imprint.publish;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;
import io.github.imprint.model.SourcePos;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One publish of a name into an output folder at a time. Two builds of the same project at once (an
 * IDE and a terminal) take turns: the second waits on an operating-system lock on {@code NAME.lock}
 * in the work folder ({@code target/imprint} in a Maven build), which the system releases when its
 * holder ends, even when it is killed. The holder first removes the part-written files a killed
 * build left, which no other build can be writing: {@code .NAME.pdf….part}, and
 * {@code ..NAME.epub….part….part}, the part file an EPUB's writer makes of the EPUB that waits
 * beside the PDF ({@link Staged}). The editions themselves are only ever replaced by an atomic move
 * of a complete file, so a build that is killed leaves the previous editions as they were.
 *
 * <p>The lock is reentrant within a thread: a caller that holds it (the Maven plugin, which checks
 * and records its up-to-date state under it) publishes without taking it again.
 */
final class EditionLock {

    private EditionLock() {}

    /** The builds of this JVM (threads), which take turns before the system lock, as it is per process. */
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    static <T> T holding(Path outputDirectory, Path workDirectory, String name, Supplier<T> work) {
        Path file = workDirectory.toAbsolutePath().normalize().resolve(name + ".lock");
        ReentrantLock turn = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
        if (turn.isHeldByCurrentThread()) {
            return work.get(); // this thread holds the system lock already
        }
        turn.lock();
        try {
            Files.createDirectories(workDirectory);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                removeLeftovers(outputDirectory, name);
                return work.get();
            }
        } catch (IOException e) {
            throw new PublishException(Diagnostic.error(
                    SourcePos.of(file.toString()),
                    "cannot lock the output folder: " + e.getMessage(),
                    "check that the output folder can be written"));
        } finally {
            turn.unlock();
        }
    }

    /** The temporary files a killed build of {@code name} left beside its editions. */
    private static void removeLeftovers(Path outputDirectory, String name) throws IOException {
        if (!Files.isDirectory(outputDirectory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(outputDirectory, "{.,..}" + name + ".*.part")) {
            for (Path leftover : files) {
                Files.deleteIfExists(leftover);
            }
        }
    }
}
