package io.github.imprint.publish;

import io.github.imprint.epub.EpubCheckResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        PublishRequest both = epubOnly.with().formats(java.util.Set.of(Format.PDF, Format.EPUB)).build();
        PublishResult result = Publisher.publish(both);
        assertEquals(List.of(), result.diagnostics());
        Path epub = result.editions().get(Format.EPUB).file();
        EpubCheckResult check = EpubCheckResult.check(epub);
        assertTrue(check.clean(), check.messages());
        assertTrue(result.editions().get(Format.PDF).pages() > 0);
        io.github.imprint.model.Publication publication = io.github.imprint.markdown.Sources.load(epubOnly.source(),
                new io.github.imprint.markdown.Sources.Options(root, new io.github.imprint.markdown.MetadataDraft(), "t",
                        java.util.Optional.empty()), new io.github.imprint.diag.Diagnostics());
        if (io.github.imprint.epub.EpubEditionTestAccess.pandocAvailable()) {
            io.github.imprint.epub.EpubEditionTestAccess.assertPandocReadsBack(publication, epub);
        }
    }
}
