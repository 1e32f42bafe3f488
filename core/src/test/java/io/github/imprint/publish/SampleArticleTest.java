package io.github.imprint.publish;

import io.github.imprint.epub.EpubCheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleArticleTest {

    @TempDir
    Path output;

    @Test
    void sampleArticleEpubPassesEpubCheckWithoutWarnings() {
        Path project = Fixtures.sampleArticle();
        PublishResult result = Publisher.publish(Fixtures.request(project, project.resolve("src/main/markdown"), output));
        Path epub = result.editions().get(Format.EPUB).file();
        EpubCheckResult check = EpubCheckResult.check(epub);
        assertTrue(check.clean(), check.messages());
        assertEquals(java.util.List.of(), result.diagnostics());
    }
}
