package io.github.imprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package table of {@code docs/architecture.md} holds: every package and subpackage of core is in
 * it and has a {@code package-info.java}, imports only what its "may use" column names (the JDK aside),
 * names no other package inline, and never imports its parent package, the orchestrator that calls it.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/imprint");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z.]+)` \\|.*\\| ([^|]+) \\|$", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`([\\w.]+)`");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    private static final Pattern INLINE = Pattern.compile("io\\.github\\.imprint\\.([a-z.]+)\\.[A-Z]");

    /** The "may use" column: each package of core and the packages and library prefixes it may import. */
    static Map<String, Set<String>> mayUse() throws IOException {
        Path doc = Path.of("").toAbsolutePath().getParent().resolve("docs/architecture.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        Map<String, Set<String>> table = new LinkedHashMap<>();
        Matcher row = ROW.matcher(text.substring(text.indexOf("## Packages of core")));
        while (row.find()) {
            Set<String> allowed = new TreeSet<>();
            Matcher name = NAME.matcher(row.group(2));
            while (name.find()) {
                allowed.add(name.group(1));
            }
            table.put(row.group(1), allowed);
        }
        return table;
    }

    /** Every package of core's main sources, by its name under {@code io.github.imprint}. */
    private static List<String> packages() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> !d.equals(SOURCES))
                    .filter(d -> hasJava(d))
                    .map(d -> SOURCES.relativize(d).toString().replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theTableAndThePackagesAgree() throws IOException {
        Map<String, Set<String>> table = mayUse();
        assertTrue(table.size() >= 18, "the table is read: " + table.keySet());
        assertEquals(
                new TreeSet<>(packages()),
                new TreeSet<>(table.keySet()),
                "every package is in docs/architecture.md, and every row is a package");
        for (String pkg : packages()) {
            Path info = SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java");
            assertTrue(Files.isRegularFile(info), pkg + " has a package-info.java");
            assertTrue(Files.readString(info).contains("/**"), pkg + "'s package-info says what it owns");
        }
    }

    @Test
    void everyPackageImportsOnlyWhatItMayUse() throws IOException {
        Map<String, Set<String>> table = mayUse();
        List<String> violations = new ArrayList<>();
        for (String pkg : packages()) {
            Set<String> allowed = table.getOrDefault(pkg, Set.of());
            try (Stream<Path> files = Files.list(SOURCES.resolve(pkg.replace('.', '/')))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    check(pkg, allowed, file, violations);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** The typesetter works on the model alone: files are found and read when the sources are. */
    @Test
    void theTypesetterDoesNoFileIo() throws IOException {
        List<String> readers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("typeset"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                if (text.contains("import java.nio.file.Files;")
                        || text.contains("import java.io.File")
                        || text.contains("import java.io.FileInputStream;")
                        || text.contains("import java.nio.channels")) {
                    readers.add(SOURCES.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), readers);
    }

    @Test
    void theCheckCatchesAnImportThatCrossesALine() {
        List<String> violations = new ArrayList<>();
        check(
                "model",
                Set.of(),
                Path.of("Fake.java"),
                "package io.github.imprint.model;\n"
                        + "import io.github.imprint.pdf.PdfWriter;\nimport org.apache.pdfbox.pdmodel.PDDocument;\n",
                violations);
        check(
                "typeset.flow",
                Set.of("layout"),
                Path.of("Fake.java"),
                "package io.github.imprint.typeset.flow;\n" + "import io.github.imprint.typeset.Typesetter;\n",
                violations);
        assertEquals(3, violations.size(), violations.toString());
        assertFalse(violations.get(2).isEmpty());
    }

    private static void check(String pkg, Set<String> allowed, Path file, List<String> violations) {
        try {
            check(pkg, allowed, file, Files.readString(file), violations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(String pkg, Set<String> allowed, Path file, String text, List<String> violations) {
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
            String imported = m.group(1);
            if (imported.startsWith("java.") || imported.startsWith("javax.")) {
                continue;
            }
            String target = imported.startsWith("io.github.imprint.") ? packageOf(imported) : imported;
            if (target.equals(pkg)) {
                continue;
            }
            if (pkg.startsWith(target + ".")) {
                violations.add(file.getFileName() + " (" + pkg + ") imports its parent package " + target);
                continue;
            }
            boolean ok = allowed.stream().anyMatch(a -> target.equals(a) || target.startsWith(a + "."));
            if (!ok) {
                violations.add(file.getFileName() + " (" + pkg + ") imports " + imported);
            }
        }
        String body = text.replaceAll("(?m)^(package|import) .*$", "");
        Matcher inline = INLINE.matcher(body);
        while (inline.find()) {
            String target = inline.group(1);
            if (!target.equals(pkg) && !allowed.contains(target)) {
                violations.add(file.getFileName() + " (" + pkg + ") names io.github.imprint." + target);
            }
        }
    }

    /** The package part of a class name under {@code io.github.imprint}: the names before the first capital. */
    private static String packageOf(String imported) {
        String rest = imported.substring("io.github.imprint.".length());
        return Stream.of(rest.split("\\."))
                .takeWhile(part -> Character.isLowerCase(part.charAt(0)))
                .collect(Collectors.joining("."));
    }
}
