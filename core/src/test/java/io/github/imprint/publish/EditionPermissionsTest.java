package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.imprint.typeset.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editions get the permissions other build outputs get, not a temporary file's owner-only ones. */
class EditionPermissionsTest {

    @TempDir
    Path project;

    @Test
    void editionsAreReadableAsOtherBuildOutputsAre() throws IOException {
        assumeTrue(Files.getFileStore(project).supportsFileAttributeView("posix"), "no POSIX permissions here");
        // what the umask leaves of rw-r--r--, as a build tool's own outputs get it
        Path probe = Files.createFile(
                project.resolve("probe"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(probe);
        Fixtures.write(project, "src/a.md", "---\ntitle: Permissions\nlanguage: en\n---\n\nText.\n");
        Path out = project.resolve("out");
        Files.createDirectories(out);
        PublishResult result = Publisher.publish(PublishRequest.of(project.resolve("src"), project, out, "a")
                .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .traces(Set.of(Trace.PAGES))
                .build());
        for (Path edition : new Path[] {
            result.editions().get(Format.PDF).file(),
            result.editions().get(Format.EPUB).file(),
            result.trace().orElseThrow()
        }) {
            assertEquals(expected, Files.getPosixFilePermissions(edition), edition.toString());
        }
    }
}
