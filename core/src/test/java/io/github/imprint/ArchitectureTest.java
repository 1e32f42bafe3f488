package io.github.imprint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "may use" column of the architecture: which of core's packages and which libraries each package
 * may import. Read from the sources, so a new import that crosses a line fails here.
 */
class ArchitectureTest {

    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("diag", Set.of("model")),
            Map.entry("yaml", Set.of("model", "diag", "org.snakeyaml")),
            Map.entry("markdown", Set.of("model", "diag", "yaml", "svg", "org.commonmark")),
            Map.entry("svg", Set.of("org.w3c.dom", "org.xml.sax")),
            Map.entry("theme", Set.of("model", "diag", "yaml", "font")),
            Map.entry("font", Set.of("diag", "org.apache.fontbox", "org.apache.pdfbox.io")),
            Map.entry("epub", Set.of("model", "diag", "theme", "font", "org.apache.fontbox")),
            Map.entry("typeset", Set.of("model", "diag", "theme", "font", "layout")),
            Map.entry("layout", Set.of("model", "font")),
            Map.entry("pdf", Set.of("diag", "font", "layout", "svg", "org.apache.pdfbox", "org.apache.fontbox")),
            Map.entry("publish", Set.of("model", "diag", "yaml", "markdown", "theme", "font", "epub", "typeset", "layout",
                    "pdf")));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    @Test
    void everyPackageImportsOnlyWhatItMayUse() throws IOException {
        Path root = Path.of("src/main/java/io/github/imprint");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> packages = Files.list(root)) {
            for (Path pkg : packages.filter(Files::isDirectory).toList()) {
                String name = pkg.getFileName().toString();
                Set<String> allowed = MAY_USE.get(name);
                assertTrue(allowed != null, "package " + name + " is not in the architecture table");
                assertTrue(Files.isRegularFile(pkg.resolve("package-info.java")), name + " has a package-info.java");
                try (Stream<Path> files = Files.walk(pkg)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(f -> check(name, allowed, f, violations));
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static void check(String pkg, Set<String> allowed, Path file, List<String> violations) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
            String imported = m.group(1);
            if (imported.startsWith("java.") || imported.startsWith("javax.")) {
                continue;
            }
            String target = imported.startsWith("io.github.imprint.")
                    ? imported.substring("io.github.imprint.".length()).split("\\.")[0] : imported;
            if (target.equals(pkg)) {
                continue;
            }
            boolean ok = allowed.stream().anyMatch(a -> target.equals(a) || target.startsWith(a + "."));
            if (!ok) {
                violations.add(file.getFileName() + " (" + pkg + ") imports " + imported);
            }
        }
        Matcher inline = Pattern.compile("io\\.github\\.imprint\\.(\\w+)\\.").matcher(text.replaceAll("(?m)^(package|import) .*$", ""));
        while (inline.find()) {
            String target = inline.group(1);
            if (!target.equals(pkg) && !allowed.contains(target)) {
                violations.add(file.getFileName() + " (" + pkg + ") names io.github.imprint." + target);
            }
        }
    }
}
