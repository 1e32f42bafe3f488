package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import io.github.imprint.model.SourcePos;
import io.github.imprint.yaml.YamlNode;
import io.github.imprint.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which files make a book, as its folder says: the Markdown files beside each other, the chapters
 * {@code book.yaml} lists, or the outline of an mdBook's {@code SUMMARY.md}; and its {@code book.toml}.
 * Every chapter is checked to stay inside the source folder, symbolic links followed; what does not is
 * an error at its line.
 */
final class BookFiles {

    private static final Pattern REPOSITORY_FILE = Pattern.compile("[A-Z][A-Z0-9_-]*\\.md");

    private final Diagnostics diagnostics;
    private final Function<Path, String> display;

    BookFiles(Diagnostics diagnostics, Function<Path, String> display) {
        this.diagnostics = diagnostics;
        this.display = display;
    }

    private String display(Path file) {
        return display.apply(file);
    }

    /** An mdBook's {@code book.toml}: in the source folder, else in the folder above it, as mdBook keeps it. */
    static Optional<Path> bookToml(Path source) {
        return Stream.of(source.resolve("book.toml"), source.resolveSibling("book.toml"))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** The chapters {@code SUMMARY.md} lists, in its order, each with its place in the outline. */
    Map<Path, BookSummary.Entry> outline(Path summary, Path folder) {
        String display = display(summary);
        BookSummary.Outline outline =
                BookSummary.read(summary, SourceText.read(summary, display), folder, display, diagnostics);
        if (!outline.drafts().isEmpty()) {
            diagnostics.warning(
                    outline.firstDraft(),
                    outline.drafts().size() + (outline.drafts().size() == 1 ? " draft chapter" : " draft chapters")
                            + " in SUMMARY.md ("
                            + String.join(
                                    ", ",
                                    outline.drafts().stream()
                                            .map(d -> "'" + d + "'")
                                            .toList())
                            + ") " + (outline.drafts().size() == 1 ? "has" : "have") + " no file yet and "
                            + (outline.drafts().size() == 1 ? "is" : "are") + " left out",
                    "give a draft its file, [Title](file.md), when it is written");
        }
        Map<Path, BookSummary.Entry> chapters = new LinkedHashMap<>();
        for (BookSummary.Entry entry : outline.entries()) {
            if (insideThroughLinks(entry.file(), folder, entry.pos())) {
                chapters.put(entry.file(), entry);
            }
        }
        if (chapters.isEmpty() && !diagnostics.hasErrors()) {
            throw new PublishException(Diagnostic.error(
                    SourcePos.of(display), "SUMMARY.md lists no chapter", "list them as '- [Title](chapter.md)'"));
        }
        return chapters;
    }

    /** Whether a chapter file, symbolic links followed, stays inside the source folder; an error if not. */
    boolean insideThroughLinks(Path file, Path folder, SourcePos pos) {
        try {
            if (file.toRealPath().startsWith(folder.toRealPath())) {
                return true;
            }
        } catch (IOException e) {
            diagnostics.error(pos, "cannot read chapter " + display(file) + ": " + e.getMessage(), "check the file");
            return false;
        }
        diagnostics.error(
                pos,
                "chapter " + display(file) + " is a symbolic link that leads out of the source folder",
                "copy the chapter into the book's folder; nothing from outside it is read into an edition");
        return false;
    }

    Optional<YamlNode.Mapping> readBookYaml(Path bookYaml) {
        String display = display(bookYaml);
        Optional<YamlNode> root = YamlReader.read(SourceText.read(bookYaml, display), display, 0);
        if (root.isPresent() && !(root.get() instanceof YamlNode.Mapping)) {
            throw new PublishException(Diagnostic.error(
                    root.get().pos(),
                    "book.yaml must be a mapping of keys to values",
                    "write one 'key: value' per line, such as 'title: My book'"));
        }
        return root.map(YamlNode.Mapping.class::cast);
    }

    Optional<List<Path>> chapterList(YamlNode.Mapping fields, Path folder) {
        for (Map.Entry<YamlNode.Key, YamlNode> entry : fields.entries().entrySet()) {
            if (!entry.getKey().name().equals("chapters")) {
                continue;
            }
            if (!(entry.getValue() instanceof YamlNode.Sequence list)) {
                diagnostics.error(
                        entry.getValue().pos(),
                        "'chapters' must be a list of file names",
                        "write one '- chapter.md' per line");
                return Optional.empty();
            }
            List<Path> files = new ArrayList<>();
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Scalar name) {
                    Path file = Links.resolved(folder, name.text()).orElse(null);
                    if (file == null || !file.startsWith(folder) || !Files.isRegularFile(file)) {
                        diagnostics.error(
                                item.pos(),
                                "chapter file not found: " + name.text(),
                                "list files of the book's folder, such as chapter-1.md");
                    } else if (!files.contains(file)) {
                        files.add(file);
                    }
                } else {
                    diagnostics.error(
                            item.pos(),
                            "a chapter must be a file name, not " + item.describe(),
                            "write - chapter-1.md");
                }
            }
            return Optional.of(files);
        }
        return Optional.empty();
    }

    List<Path> markdownFiles(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p ->
                            !REPOSITORY_FILE.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new PublishException(Diagnostic.error(
                    SourcePos.path(display(folder)),
                    "cannot list the source folder: " + e.getMessage(),
                    "check its permissions"));
        }
    }
}
