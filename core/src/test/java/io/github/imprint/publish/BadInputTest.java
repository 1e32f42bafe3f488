package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gives one clear error with its position and a hint, and leaves no file in
 * the output folder.
 */
class BadInputTest {

    @TempDir
    Path project;

    private Path out() {
        return project.resolve("target");
    }

    private Diagnostic failure(Path source) {
        PublishException e =
                assertThrows(PublishException.class, () -> Publisher.publish(Fixtures.request(project, source, out())));
        List<Diagnostic> errors =
                e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(!errors.get(0).hint().isBlank(), "every error has a hint");
        try (Stream<Path> left = Files.exists(out()) ? Files.list(out()) : Stream.empty()) {
            assertEquals(
                    List.of(),
                    left.filter(p -> !p.getFileName().toString().equals("work")).toList(),
                    "nothing is left in the output folder");
        } catch (IOException io) {
            throw new AssertionError(io);
        }
        return errors.get(0);
    }

    private Path article(String body) throws IOException {
        return Fixtures.write(project, "src/article.md", "---\ntitle: T\nlanguage: en\n---\n\n" + body);
    }

    @Test
    void missingSourceFolder() {
        assertEquals(
                "src: source folder not found", failure(project.resolve("src")).headline());
    }

    @Test
    void emptySourceFolder() throws IOException {
        Files.createDirectories(project.resolve("src"));
        assertEquals(
                "src: no Markdown files in the source folder",
                failure(project.resolve("src")).headline());
    }

    @Test
    void invalidUtf8() throws IOException {
        Files.createDirectories(project.resolve("src"));
        Files.write(project.resolve("src/article.md"), new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        assertEquals(
                "src/article.md:1:6: invalid UTF-8",
                failure(project.resolve("src")).headline());
    }

    @Test
    void malformedFrontMatter() throws IOException {
        Fixtures.write(project, "src/article.md", "---\ntitle: [unclosed\n---\n\nText.\n");
        assertTrue(failure(project.resolve("src")).headline().startsWith("src/article.md:2:8: malformed YAML"));
    }

    @Test
    void frontMatterNotClosed() throws IOException {
        Fixtures.write(project, "src/article.md", "---\ntitle: T\n\nText.\n");
        assertEquals(
                "src/article.md:1:1: front matter is not closed",
                failure(project.resolve("src")).headline());
    }

    @Test
    void wrongTypeForAKnownKey() throws IOException {
        Fixtures.write(project, "src/article.md", "---\ntitle: T\nauthor: {name: [A, B]}\n---\n\nText.\n");
        assertEquals(
                "src/article.md:3:16: 'name' must be a text, not a list",
                failure(project.resolve("src")).headline());
    }

    @Test
    void dateInTheWrongForm() throws IOException {
        Fixtures.write(project, "src/article.md", "---\ntitle: T\ndate: 5 January 2024\n---\n\nText.\n");
        assertEquals(
                "src/article.md:3:7: '5 January 2024' is not a date in ISO 8601 form",
                failure(project.resolve("src")).headline());
    }

    @Test
    void yamlBombIsRefused() throws IOException {
        Fixtures.write(
                project,
                "src/article.md",
                "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: [*b, *b, *b, *b, *b, *b, *b]\ntitle: T\n---\n\nText.\n");
        assertTrue(failure(project.resolve("src")).headline().startsWith("src/article.md:"));
    }

    @Test
    void missingImage() throws IOException {
        article("![A chart](images/chart.png)\n");
        assertEquals(
                "src/article.md:6:1: image not found: images/chart.png",
                failure(project.resolve("src")).headline());
    }

    @Test
    void imagePathLeavingTheProject() throws IOException {
        article("![Secrets](../../etc/passwd)\n");
        assertEquals(
                "src/article.md:6:1: image path '../../etc/passwd' leaves the project folder",
                failure(project.resolve("src")).headline());
    }

    @Test
    void absoluteImagePath() throws IOException {
        article("![Secrets](/etc/passwd)\n");
        assertEquals(
                "src/article.md:6:1: image path '/etc/passwd' is absolute",
                failure(project.resolve("src")).headline());
    }

    @Test
    void symbolicLinkLeavingTheProject(@TempDir Path outside) throws IOException {
        Path secret = Files.write(outside.resolve("secret.png"), new byte[] {1, 2, 3});
        Files.createDirectories(project.resolve("src"));
        Files.createSymbolicLink(project.resolve("src/link.png"), secret);
        article("![Secret](link.png)\n");
        assertEquals(
                "src/article.md:6:1: image 'link.png' is a symbolic link that leads out of the project",
                failure(project.resolve("src")).headline());
    }

    @Test
    void fileWithAnImageExtensionThatIsNotAnImage() throws IOException {
        Fixtures.write(project, "src/chart.png", "not a picture");
        article("![A chart](chart.png)\n");
        assertEquals(
                "src/article.md:6:1: 'chart.png' is not an image Imprint can use",
                failure(project.resolve("src")).headline());
    }

    @Test
    void pngDeclaringTooManyPixels() throws IOException {
        byte[] png = new byte[33];
        byte[] head = {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1A,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            1,
            (byte) 0x86,
            (byte) 0xA0,
            0,
            1,
            (byte) 0x86,
            (byte) 0xA0
        };
        System.arraycopy(head, 0, png, 0, head.length);
        Files.createDirectories(project.resolve("src"));
        Files.write(project.resolve("src/bomb.png"), png);
        article("![A bomb](bomb.png)\n");
        assertEquals(
                "src/article.md:6:1: image 'bomb.png' declares 100000 × 100000 pixels, more than the limit of 50 megapixels",
                failure(project.resolve("src")).headline());
    }

    @Test
    void remoteImageIsRefused() throws IOException {
        article("![A chart](https://example.com/chart.png)\n");
        assertEquals(
                "src/article.md:6:1: remote image refused: https://example.com/chart.png",
                failure(project.resolve("src")).headline());
    }

    @Test
    void footnoteWithoutDefinition() throws IOException {
        article("A claim.[^source]\n");
        assertEquals(
                "src/article.md:6:9: footnote [^source] has no definition",
                failure(project.resolve("src")).headline());
    }

    @Test
    void twoChaptersWithTheSameId() throws IOException {
        Fixtures.write(project, "src/a.md", "---\nid: intro\n---\n\n# A\n");
        Fixtures.write(project, "src/b.md", "---\nid: intro\n---\n\n# B\n");
        assertEquals(
                "src/b.md:1:1: two chapters have the id 'intro' (the other is src/a.md)",
                failure(project.resolve("src")).headline());
    }

    @Test
    void unknownKeyIsAWarningWithItsPosition() throws IOException {
        Path source = Fixtures.write(
                project, "src/article.md", "---\ntitle: T\nlanguage: en\nflavour: vanilla\n---\n\nText.\n");
        PublishResult result = Publisher.publish(Fixtures.request(project, source.getParent(), out()));
        assertEquals(
                List.of("src/article.md:4:1: unknown front matter key 'flavour'"),
                result.diagnostics().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void badThemeValueAndUnknownThemeKey() throws IOException {
        Path source = article("Text.\n").getParent();
        Path theme = Fixtures.write(project, "theme.yaml", "body:\n  size: 12ptx\n  colour: red\n");
        PublishRequest request = Fixtures.request(project, source, out());
        PublishRequest themed = request.with().theme(theme).build();
        PublishException e = assertThrows(PublishException.class, () -> Publisher.publish(themed));
        assertEquals(
                List.of(
                        "theme.yaml:3:3: unknown theme key 'body.colour'",
                        "theme.yaml:2:9: '12ptx' is not a valid value for body.size"),
                e.diagnostics().stream().map(Diagnostic::headline).toList());
    }
}
