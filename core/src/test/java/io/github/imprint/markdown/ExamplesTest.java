package io.github.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code examples/NAME.md} beside {@code examples/NAME.txt}: the Markdown, and the model it must
 * become followed by the diagnostics, as {@link ModelPrinter} prints them. Run with
 * {@code -Dimprint.examples.update=true} to rewrite the expectations (then read the diff).
 */
class ExamplesTest {

    static Stream<Path> examples() throws IOException, URISyntaxException {
        Path folder = Path.of(ExamplesTest.class.getResource("/examples").toURI());
        return Files.list(folder).filter(p -> p.toString().endsWith(".md")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void markdownBecomesTheExpectedModel(Path example) throws IOException {
        Path folder = example.getParent();
        Diagnostics diagnostics = new Diagnostics();
        String actual;
        try {
            actual = ModelPrinter.print(Sources.load(
                    example, new Sources.Options(folder, new MetadataDraft(), "test", Optional.empty()), diagnostics));
        } catch (PublishException e) {
            actual = "(failed)\n";
        }
        StringBuilder text = new StringBuilder(actual);
        diagnostics
                .all()
                .forEach(d -> text.append("diagnostic ")
                        .append(d.severity())
                        .append(' ')
                        .append(d.headline())
                        .append('\n'));
        Path expected = Path.of(example.toString().replaceFirst("\\.md$", ".txt"));
        if (Boolean.getBoolean("imprint.examples.update")) {
            Path source = Path.of("src/test/resources/examples").resolve(expected.getFileName());
            Files.writeString(source, text);
        }
        assertEquals(
                Files.readString(expected),
                text.toString(),
                example.getFileName().toString());
    }
}
