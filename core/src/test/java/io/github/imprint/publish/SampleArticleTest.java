package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.epub.EpubCheckResult;
import io.github.imprint.epub.EpubEditionTestAccess;
import io.github.imprint.markdown.MetadataDraft;
import io.github.imprint.markdown.Sources;
import io.github.imprint.model.Publication;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample projects and the plugin's successful test projects publish both editions cleanly: no
 * warning, EPUBCheck clean, and pandoc reads every word of the EPUB back.
 */
class SampleArticleTest {

    @TempDir
    Path output;

    @ParameterizedTest
    @ValueSource(strings = {"samples/article", "plugin/src/it/book"})
    void publishesWithoutWarningsAndPassesEpubCheck(String project) throws Exception {
        Path root = Fixtures.repository().resolve(project);
        PublishRequest epubOnly = Fixtures.request(root, root.resolve("src/main/markdown"), output);
        PublishRequest both =
                epubOnly.with().formats(Set.of(Format.PDF, Format.EPUB)).build();
        PublishResult result = Publisher.publish(both);
        assertEquals(List.of(), result.diagnostics());
        Path epub = result.editions().get(Format.EPUB).file();
        EpubCheckResult check = EpubCheckResult.check(epub);
        assertTrue(check.clean(), check.messages());
        assertTrue(result.editions().get(Format.PDF).pages() > 0);
        Publication publication = Sources.load(
                epubOnly.source(),
                new Sources.Options(root, new MetadataDraft(), "t", Optional.empty()),
                new Diagnostics());
        if (EpubEditionTestAccess.pandocAvailable()) {
            EpubEditionTestAccess.assertPandocReadsBack(publication, epub);
        }
    }
}
