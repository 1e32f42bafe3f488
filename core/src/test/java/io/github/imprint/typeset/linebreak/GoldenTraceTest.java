package io.github.imprint.typeset.linebreak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.font.FontFace;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.shape.Shaper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The breakers' traces for a dozen small paragraphs, each beside the trace it must give (TeX's
 * {@code \tracingparagraphs} in spirit): Knuth–Plass with TeX's and with Imprint's parameters, at wide
 * and narrow measures, with explicit hyphens, a word that cannot break, no-break spaces and a limit on
 * hyphens in a row; first fit for headings, narrow captions and a URL. The first paragraph is the one
 * Knuth and Plass set in their paper (the Grimms' "The Frog King"). A change to the breakers shows here
 * line by line; when it is meant, run with {@code -Dimprint.golden.update=true} and read the diff.
 */
class GoldenTraceTest {

    private static final Path CASES = Path.of("src/test/resources/io/github/imprint/typeset/linebreak/traces");
    private static final FontFace SERIF = new FontFace("Noto Serif", false, false);
    private static final long SIZE = 10_000;

    @TestFactory
    Stream<DynamicTest> everyParagraphGivesItsTrace() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            List<Path> cases =
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assertTrue(cases.size() >= 12, "a dozen paragraphs: " + cases);
            return cases.stream()
                    .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
        }
    }

    private static void check(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        int split = source.indexOf("\n---\n");
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : source.substring(0, split).split("\n")) {
            keys.put(
                    line.substring(0, line.indexOf(':')).strip(),
                    line.substring(line.indexOf(':') + 1).strip());
        }
        String text = source.substring(split + 5).strip();
        long measure = Long.parseLong(keys.get("measure")) * 1000;
        Optional<Hyphenator> hyphenator =
                keys.get("hyphenate").equals("yes") ? Hyphenator.forLanguage("en-US") : Optional.empty();
        ParagraphItems paragraph = new ParagraphItems(new Shaper(List.of(SERIF)), false, false, cp -> {})
                .hyphenPenalty(
                        keys.get("breaker").equals("knuth-plass-tex")
                                ? ParagraphItems.TEX_HYPHEN_PENALTY
                                : ParagraphItems.HYPHEN_PENALTY);
        paragraph.add(TextRun.of(text, SERIF, SIZE)
                .hyphenator(hyphenator)
                .ligatures(true)
                .breaks(TextRun.Breaks.valueOf(
                        keys.getOrDefault("breaks", "words").toUpperCase(java.util.Locale.ROOT)))
                .build());
        List<Item> items = paragraph.finish();
        BreakTrace trace = new BreakTrace("% " + file.getFileName() + ", measure " + BreakTrace.points(measure));
        KnuthPlass.Result result = switch (keys.get("breaker")) {
            case "knuth-plass-tex" ->
                KnuthPlass.breakLines(items, measure, KnuthPlass.Parameters.tex(SIZE * 3 / 2), 0, trace);
            case "knuth-plass-imprint" ->
                KnuthPlass.breakLines(items, measure, KnuthPlass.Parameters.imprint(SIZE * 3 / 2), 0, trace);
            case "first-fit" -> FirstFit.breakLines(items, measure, trace);
            default -> throw new IllegalArgumentException(keys.get("breaker"));
        };
        String actual = trace.toString();
        if (keys.get("breaker").startsWith("knuth-plass")) {
            String chosen = actual.lines()
                    .filter(l -> l.startsWith("chosen in pass"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    result.lines().size(), chosen.split("->").length - 1, "the chosen path is the result: " + chosen);
            assertTrue(chosen.startsWith("chosen in pass " + result.pass()), chosen);
        } else {
            assertEquals(
                    result.lines().size(),
                    actual.lines().filter(l -> l.startsWith("line ")).count());
        }
        Path expected = file.resolveSibling(file.getFileName().toString().replace(".txt", ".trace"));
        if (Boolean.getBoolean("imprint.golden.update") || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("imprint.golden.update")) {
                throw new AssertionError("no golden trace yet; wrote " + expected + ", read it and run again");
            }
        }
        try {
            assertEquals(
                    Files.readString(expected, StandardCharsets.UTF_8),
                    actual,
                    file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
