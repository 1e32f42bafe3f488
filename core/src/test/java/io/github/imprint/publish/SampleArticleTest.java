package io.github.imprint.publish;

import io.github.imprint.epub.EpubCheckResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample projects and the plugin's successful test projects publish cleanly: no warning, EPUBCheck clean. */
class SampleArticleTest {

    @TempDir
    Path output;

    @ParameterizedTest
    @ValueSource(strings = {"samples/article", "plugin/src/it/book"})
    void publishesWithoutWarningsAndPassesEpubCheck(String project) {
        Path root = Fixtures.repository().resolve(project);
        PublishResult result = Publisher.publish(Fixtures.request(root, root.resolve("src/main/markdown"), output));
        assertEquals(List.of(), result.diagnostics());
        EpubCheckResult check = EpubCheckResult.check(result.editions().get(Format.EPUB).file());
        assertTrue(check.clean(), check.messages());
    }
}
