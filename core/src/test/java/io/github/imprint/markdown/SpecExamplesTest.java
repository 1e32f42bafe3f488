package io.github.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;
import io.github.imprint.publish.Format;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.PublishResult;
import io.github.imprint.publish.Publisher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of the CommonMark spec (0.30, from commonmark-java's test data) goes through to both
 * editions. An example may fail only where Imprint refuses on purpose: an image path that is absolute
 * or leaves the project, or a remote one (no network unless allowed). And no text is lost: every word
 * of the spec's own rendering is in the EPUB, except for raw HTML, which Imprint drops with a warning.
 */
class SpecExamplesTest {

    /** Where an example names an image: inline, or in a link reference definition an image may use. */
    private static final Pattern IMAGE = Pattern.compile(
            "\\]\\(\\s*<?([^\\s)>\"']+)|(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)|<img src=\"([^\"]+)\"");

    @TempDir
    Path work;

    @Test
    void everySpecExampleGoesThroughWithItsText() throws IOException {
        List<Example> examples = ExampleReader.readExamples(TestResources.getSpec());
        List<String> failures = new ArrayList<>();
        int published = 0;
        int refused = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            Path project = work.resolve("e" + i);
            Path source = Files.createDirectories(project.resolve("src"));
            Files.writeString(
                    source.resolve("example.md"),
                    "---\ntitle: Example " + (i + 1) + "\nlanguage: en\n---\n\n" + example.getSource(),
                    StandardCharsets.UTF_8);
            Matcher image = IMAGE.matcher(example.getSource());
            while (image.find()) {
                String destination = image.group(1) != null
                        ? image.group(1)
                        : image.group(2) != null ? image.group(2) : image.group(3);
                if (!destination.contains(":")
                        && !destination.startsWith("/")
                        && !destination.contains("..")
                        && !destination.endsWith(".md")
                        && !destination.startsWith("#")) {
                    Path file = source.resolve(destination.replace("%20", " ")).normalize();
                    if (file.startsWith(source)) {
                        Files.createDirectories(file.getParent());
                        Files.write(file, PNG);
                    }
                }
            }
            try {
                PublishResult result = Publisher.publish(PublishRequest.of(source, project, project.resolve("out"), "e")
                        .identitySeed("spec")
                        .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                        .workDirectory(project.resolve("work"))
                        .build());
                published++;
                if (!example.getHtml().contains("<") || !example.getSource().contains("<")) {
                    String missing = missingWords(
                            example.getHtml(),
                            epubText(result.editions().get(Format.EPUB).file()));
                    if (!missing.isEmpty()) {
                        failures.add("example " + (i + 1) + " (" + example.getSection() + ") loses: " + missing);
                    }
                }
            } catch (PublishException e) {
                boolean onPurpose = e.diagnostics().stream()
                        .filter(Diagnostic::isError)
                        .allMatch(d -> d.message().contains("absolute")
                                || d.message().contains("leaves the project")
                                || d.message().contains("remote"));
                if (onPurpose) {
                    refused++;
                } else {
                    failures.add("example " + (i + 1) + " (" + example.getSection() + "): " + e.getMessage());
                }
            } catch (RuntimeException e) {
                failures.add("example " + (i + 1) + " (" + example.getSection() + ") crashed: " + e);
            }
        }
        System.out.println(examples.size() + " spec examples: " + published + " published in both editions, " + refused
                + " refused on purpose (absolute or remote image paths)");
        assertEquals(List.of(), failures);
    }

    /** Words of the spec's rendering (entities decoded) that the EPUB's text does not have. */
    private static String missingWords(String html, String epub) {
        String expected = decode(html.replaceAll("<[^>]+>", " "));
        String have = epub.replaceAll("\\s+", "");
        StringBuilder missing = new StringBuilder();
        for (String word : expected.split("\\s+")) {
            String letters = word.replaceAll("[^\\p{L}\\p{N}]", "");
            if (!letters.isEmpty() && !have.contains(letters)) {
                missing.append(word).append(' ');
            }
        }
        return missing.toString().strip();
    }

    private static String epubText(Path epub) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String xhtml = new String(
                    zip.getInputStream(zip.getEntry("EPUB/example.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            return decode(xhtml.replaceAll("<[^>]+>", "")).replaceAll("[^\\p{L}\\p{N}\\s]", "");
        }
    }

    private static String decode(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** A 1 × 1 PNG, for the images the examples name. */
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
