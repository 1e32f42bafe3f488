package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.imprint.diag.PublishException;
import io.github.imprint.theme.ThemeLoader;
import io.github.imprint.yaml.YamlNode;
import io.github.imprint.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every key of the default theme, given each edge value in turn, through a whole publish of a short
 * article: each ends as a published edition or as diagnostics, never as an unexpected exception.
 */
class ThemeEdgesTest {

    private static final List<String> EDGES =
            List.of("0", "-1pt", "0.0001pt", "100000pt", "5furlong", "\"[1, 2]\"", "yes", "\"\"");

    @TempDir
    Path project;

    @Test
    void everyKeyAtEveryEdgeIsAnEditionOrADiagnostic() throws IOException {
        Path source = Fixtures.write(
                        project,
                        "src/article.md",
                        "---\ntitle: Edges\nlanguage: en\n---\n\n# Heading\n\nText with `code`, *emphasis* and a"
                                + " note.[^1]\n\n> A quotation.\n\n```java\nint x = 1;\n```\n\n| a | b |\n|---|---|\n"
                                + "| 1 | 2 |\n\n[^1]: The note.\n")
                .getParent();
        YamlNode.Mapping sections =
                (YamlNode.Mapping) YamlReader.read(ThemeLoader.defaultText(), "default-theme.yaml", 0)
                        .orElseThrow();
        List<String> unexpected = new ArrayList<>();
        int runs = 0;
        for (Map.Entry<YamlNode.Key, YamlNode> section : sections.entries().entrySet()) {
            if (!(section.getValue() instanceof YamlNode.Mapping keys)) {
                continue;
            }
            for (YamlNode.Key key : keys.entries().keySet()) {
                for (String edge : EDGES) {
                    Path theme = Fixtures.write(
                            project, "theme.yaml", section.getKey().name() + ":\n  " + key.name() + ": " + edge + "\n");
                    PublishRequest request = Fixtures.request(project, source, project.resolve("out"))
                            .with()
                            .theme(theme)
                            .formats(Set.of(Format.PDF))
                            .build();
                    runs++;
                    try {
                        Publisher.publish(request);
                    } catch (PublishException e) {
                        // a diagnostic: what a user is meant to see
                    } catch (RuntimeException | StackOverflowError e) {
                        unexpected.add(section.getKey().name() + "." + key.name() + ": " + edge + " -> " + e);
                    }
                }
            }
        }
        assertEquals(List.of(), unexpected, "of " + runs + " publishes");
    }
}
