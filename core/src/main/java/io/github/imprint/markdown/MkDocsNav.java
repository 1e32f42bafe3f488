package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.Contributor;
import io.github.imprint.model.SourcePos;
import io.github.imprint.yaml.YamlNode;
import io.github.imprint.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An MkDocs site's outline, from the {@code nav:} of its {@code mkdocs.yml} (beside the docs folder or
 * in it): pages as {@code - file.md} or {@code - Title: file.md}, sections as {@code - Title: [ … ]},
 * nested to any depth; the pages of a section are one level deeper, and a top-level section's title
 * is a part over its first page. Links out ({@code - Blog: https://…}) are not pages. Every page must
 * lie inside the docs folder. The file's other keys are MkDocs' and its plugins', left alone.
 */
final class MkDocsNav {

    private final Path docs;
    private final String display;
    private final Diagnostics diagnostics;
    private final List<BookSummary.Entry> entries = new ArrayList<>();

    private MkDocsNav(Path docs, String display, Diagnostics diagnostics) {
        this.docs = docs;
        this.display = display;
        this.diagnostics = diagnostics;
    }

    /** An {@code mkdocs.yml}, read once: where it is, how messages name it, and its keys. */
    record Site(Path file, String display, Optional<YamlNode.Mapping> root) {}

    /** The {@code mkdocs.yml} whose docs folder is {@code folder}, if there is one. */
    static Optional<Site> find(Path folder, Function<Path, String> display) {
        for (Path candidate : List.of(folder.resolveSibling("mkdocs.yml"), folder.resolve("mkdocs.yml"))) {
            if (Files.isRegularFile(candidate)) {
                Site site = new Site(candidate, display.apply(candidate), read(candidate, display.apply(candidate)));
                if (docsDir(candidate, site.root()).equals(folder)) {
                    return Optional.of(site);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<YamlNode.Mapping> read(Path file, String display) {
        return YamlReader.read(SourceText.read(file, display), display, 0)
                .filter(YamlNode.Mapping.class::isInstance)
                .map(YamlNode.Mapping.class::cast);
    }

    private static Path docsDir(Path mkdocs, Optional<YamlNode.Mapping> root) {
        String dir = root.flatMap(r -> value(r, "docs_dir"))
                .filter(YamlNode.Scalar.class::isInstance)
                .map(n -> ((YamlNode.Scalar) n).text())
                .orElse("docs");
        Path folder = mkdocs.toAbsolutePath().getParent();
        return Links.resolved(folder, dir).orElse(folder.resolve("docs"));
    }

    private static Optional<YamlNode> value(YamlNode.Mapping map, String key) {
        return map.entries().entrySet().stream()
                .filter(e -> e.getKey().name().equals(key))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The pages the nav lists, in order; empty when it has no nav (then the folder's files are the book). */
    static List<BookSummary.Entry> outline(Site site, Diagnostics diagnostics) {
        Optional<YamlNode.Mapping> root = site.root();
        MkDocsNav nav = new MkDocsNav(docsDir(site.file(), root), site.display(), diagnostics);
        root.flatMap(r -> value(r, "nav")).ifPresent(n -> nav.items(n, 1, Optional.empty(), true));
        return List.copyOf(nav.entries);
    }

    /** The site's name, author and description, where {@code book.yaml} and front matter say nothing. */
    static void metadata(Site site, MetadataDraft metadata) {
        Optional<YamlNode.Mapping> root = site.root();
        text(root, "site_name").filter(t -> metadata.title == null).ifPresent(t -> metadata.title = t);
        text(root, "site_description")
                .filter(t -> metadata.description == null)
                .ifPresent(t -> metadata.description = t);
        text(root, "site_author")
                .filter(t -> metadata.contributors.isEmpty())
                .ifPresent(t -> metadata.contributors.add(new Contributor(t, Contributor.Role.AUTHOR)));
    }

    private static Optional<String> text(Optional<YamlNode.Mapping> root, String key) {
        return root.flatMap(r -> value(r, key))
                .filter(YamlNode.Scalar.class::isInstance)
                .map(n -> ((YamlNode.Scalar) n).text().strip())
                .filter(t -> !t.isEmpty());
    }

    private void items(YamlNode node, int depth, Optional<String> part, boolean top) {
        if (!(node instanceof YamlNode.Sequence list)) {
            diagnostics.warning(node.pos(), "mkdocs.yml's nav is not a list; it is left out", "write - Title: page.md");
            return;
        }
        Optional<String> opening = part;
        for (YamlNode item : list.items()) {
            int before = entries.size();
            if (item instanceof YamlNode.Scalar page) {
                page(page.text(), null, page.pos(), depth, opening);
            } else if (item instanceof YamlNode.Mapping map) {
                for (Map.Entry<YamlNode.Key, YamlNode> e : map.entries().entrySet()) {
                    if (e.getValue() instanceof YamlNode.Scalar page) {
                        page(page.text(), e.getKey().name(), page.pos(), depth, opening);
                    } else {
                        // a section: at the top, its title is a part over its pages; deeper, its pages one level down
                        items(
                                e.getValue(),
                                top ? depth : depth + 1,
                                top ? Optional.of(e.getKey().name()) : Optional.empty(),
                                false);
                    }
                }
            }
            if (entries.size() > before) {
                opening = Optional.empty();
            }
        }
    }

    private void page(String target, String title, SourcePos pos, int depth, Optional<String> part) {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return;
        }
        Path file = Links.resolved(docs, target).orElse(null);
        if (file == null || !file.startsWith(docs)) {
            diagnostics.error(
                    pos,
                    "page '" + target + "' lies outside the docs folder",
                    "keep the site's pages inside its docs_dir");
            return;
        }
        if (!Files.isRegularFile(file)) {
            diagnostics.error(pos, "page not found: " + target, "check the path; it is relative to the docs folder");
            return;
        }
        if (entries.stream().noneMatch(e -> e.file().equals(file))) {
            entries.add(new BookSummary.Entry(file, title == null ? "" : title, depth, part, pos));
        }
    }
}
