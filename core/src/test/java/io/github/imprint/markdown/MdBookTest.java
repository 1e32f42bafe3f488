package io.github.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import io.github.imprint.model.Block;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Inline;
import io.github.imprint.model.LinkTarget;
import io.github.imprint.model.Publication;
import io.github.imprint.publish.Fixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Books kept as mdBook and GitBook keep them: SUMMARY.md, nested folders, book.toml, links to pages. */
class MdBookTest {

    @TempDir
    Path project;

    private final Diagnostics diagnostics = new Diagnostics();

    private Publication load() {
        return Sources.load(
                project.resolve("book/src"),
                new Sources.Options(
                        project,
                        MetadataDraft.defaults(null, null, List.of(), null, null, null, null),
                        "g:a",
                        Optional.empty()),
                diagnostics);
    }

    private void book(String summary) throws IOException {
        Fixtures.write(
                project,
                "book/book.toml",
                "[book]\ntitle = \"The Test Book\"\nauthors = [\"Ann Author\", \"Bo Writer\"]\n"
                        + "language = \"en\"\n\n[output.html]\nadditional-css = [\"theme/x.css\"]\n");
        Fixtures.write(project, "book/src/SUMMARY.md", summary);
        Fixtures.write(
                project,
                "book/src/intro.md",
                "# Introduction\n\nSee [the manifest](reference/manifest.html#the-version-field)"
                        + " and [the guide](guide/).\n");
        Fixtures.write(project, "book/src/guide/index.md", "# Guide\n\nText.\n");
        Fixtures.write(project, "book/src/guide/install.md", "# Installation\n\n## Linux\n\nText.\n");
        Fixtures.write(project, "book/src/reference/index.md", "# Reference\n\nText.\n");
        Fixtures.write(project, "book/src/reference/manifest.md", "# The Manifest\n\n## The version field\n\nText.\n");
        Fixtures.write(project, "book/src/faq.md", "# FAQ\n\nText.\n");
    }

    private static final String SUMMARY = """
            # Summary

            [Introduction](intro.md)

            - [Guide](guide/index.md)
                - [Installation](guide/install.md)
                - [Later]()

            # Reference

            - [Reference](reference/index.md)
                - [The Manifest](reference/manifest.md)

            ---

            [FAQ](faq.md)
            """;

    @Test
    void theOutlineGivesTheChaptersTheirOrderDepthAndPart() throws IOException {
        book(SUMMARY);
        Publication book = load();
        assertEquals(Publication.Kind.BOOK, book.kind());
        List<String> ids = book.chapters().stream().map(Chapter::id).toList();
        assertEquals(
                List.of("intro", "guide-index", "guide-install", "reference-index", "reference-manifest", "faq"),
                ids,
                "SUMMARY's order; ids from paths, so the two index.md stay apart");
        assertEquals(
                List.of(1, 1, 2, 1, 2, 1),
                book.chapters().stream().map(Chapter::depth).toList());
        assertEquals(Optional.of("Reference"), book.chapters().get(3).part());
        assertEquals(Optional.empty(), book.chapters().get(4).part(), "a part opens once");
    }

    @Test
    void aNestedChaptersHeadingsAreSetOneLevelDown() throws IOException {
        book(SUMMARY);
        Chapter install = load().chapters().get(2);
        List<Integer> levels = install.blocks().stream()
                .filter(Block.Heading.class::isInstance)
                .map(b -> ((Block.Heading) b).level())
                .toList();
        assertEquals(List.of(2, 3), levels, "# Installation is a section of the guide; ## Linux one below it");
    }

    @Test
    void bookTomlGivesTheMetadataAndItsOtherTablesAreLeftAlone() throws IOException {
        book(SUMMARY);
        Publication book = load();
        assertEquals("The Test Book", book.metadata().title());
        assertEquals(
                List.of("Ann Author", "Bo Writer"),
                book.metadata().authors().stream().map(a -> a.name()).toList());
        assertEquals("en", book.metadata().language());
        assertTrue(
                diagnostics.all().stream().noneMatch(d -> d.toString().contains("output")),
                diagnostics.all().toString());
    }

    @Test
    void aDraftIsLeftOutWithOneNote() throws IOException {
        book(SUMMARY);
        load();
        List<Diagnostic> drafts = diagnostics.all().stream()
                .filter(d -> d.toString().contains("draft"))
                .toList();
        assertEquals(1, drafts.size(), diagnostics.all().toString());
        assertTrue(
                drafts.get(0).toString().startsWith("book/src/SUMMARY.md:7:7: 1 draft chapter in SUMMARY.md ('Later')"),
                drafts.get(0).toString());
    }

    @Test
    void linksNameThePagesAsTheSiteDoes() throws IOException {
        book(SUMMARY);
        Chapter intro = load().chapters().get(0);
        List<LinkTarget> targets = new ArrayList<>();
        for (Block block : intro.blocks()) {
            if (block instanceof Block.Paragraph p) {
                p.content().stream()
                        .filter(Inline.Link.class::isInstance)
                        .forEach(l -> targets.add(((Inline.Link) l).target()));
            }
        }
        assertEquals(
                List.of(
                        new LinkTarget.Internal("reference-manifest", Optional.of("the-version-field")),
                        new LinkTarget.Internal("guide-index", Optional.empty())),
                targets);
    }

    @Test
    void aChapterOutsideTheFolderIsAnErrorAtItsLine() throws IOException {
        book("# Summary\n\n- [Guide](guide/index.md)\n- [Secret](../../secret.md)\n- [Gone](gone.md)\n");
        Fixtures.write(project, "secret.md", "# Secret\n");
        PublishException e = Assertions.assertThrows(PublishException.class, this::load);
        String messages = e.diagnostics().toString();
        assertTrue(
                messages.contains("book/src/SUMMARY.md:4:3: chapter '../../secret.md' lies outside the source folder"),
                messages);
        assertTrue(messages.contains("book/src/SUMMARY.md:5:3: chapter file not found: gone.md"), messages);
    }

    @Test
    void aChapterThatLinksOutOfTheFolderIsNotRead() throws IOException {
        book("# Summary\n\n- [Guide](guide/index.md)\n- [Linked](linked.md)\n");
        Path secret = Fixtures.write(project, "outside/secret.md", "# Secret words\n");
        Files.createSymbolicLink(project.resolve("book/src/linked.md"), secret);
        PublishException e = Assertions.assertThrows(PublishException.class, this::load);
        assertTrue(
                e.diagnostics().toString().contains("is a symbolic link that leads out of the source folder"),
                e.diagnostics().toString());
    }

    @Test
    void headingLevelsNeverSkipAndTheHabitIsSaidOnce() throws IOException {
        book("# Summary\n\n- [Guide](guide/index.md)\n");
        Fixtures.write(
                project, "book/src/guide/index.md", "# Guide\n\n#### Keywords\n\n> #### Quoted\n\n##### Deeper\n");
        Chapter guide = load().chapters().get(0);
        List<Integer> levels = new ArrayList<>();
        for (Block block : guide.blocks()) {
            if (block instanceof Block.Heading h) {
                levels.add(h.level());
            } else if (block instanceof Block.BlockQuote q && q.blocks().get(0) instanceof Block.Heading h) {
                levels.add(h.level());
            }
        }
        assertEquals(List.of(1, 2, 3, 4), levels);
        List<Diagnostic> said = diagnostics.all().stream()
                .filter(d -> d.toString().contains("never skip"))
                .toList();
        assertEquals(1, said.size(), diagnostics.all().toString());
        assertTrue(
                said.get(0)
                        .toString()
                        .startsWith("book/src/guide/index.md:3:1: a level-4 heading after a level-1 one is "
                                + "set at level 2, so heading levels never skip; 2 more in this file"),
                said.get(0).toString());
    }

    @Test
    void scriptLinksNeverBecomeLinks() throws IOException {
        book("# Summary\n\n- [Guide](guide/index.md)\n");
        Fixtures.write(
                project,
                "book/src/guide/index.md",
                "# Guide\n\n[click](javascript:alert(1)) and [data](data:text/html,x)\n");
        Chapter guide = load().chapters().get(0);
        Block.Paragraph p = (Block.Paragraph) guide.blocks().get(1);
        assertTrue(
                p.content().stream().noneMatch(Inline.Link.class::isInstance),
                p.content().toString());
    }

    /** {@code <sourceDirectory>${project.basedir}/../docs}: the docs folder of a multi-module repository. */
    @Test
    void aSourceFolderBesideTheProjectKeepsItsOwnImages() throws IOException {
        Path module = project.resolve("module");
        Files.createDirectories(module);
        Fixtures.write(project, "docs/SUMMARY.md", "# Summary\n\n- [Guide](guide.md)\n");
        Fixtures.write(project, "docs/guide.md", "# Guide\n\n![A dot](images/dot.png)\n");
        Files.createDirectories(project.resolve("docs/images"));
        BufferedImage dot = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(dot, "png", project.resolve("docs/images/dot.png").toFile());
        Fixtures.write(project, "secret.png", "not read");
        Publication book = Sources.load(
                project.resolve("docs"),
                new Sources.Options(
                        module,
                        MetadataDraft.defaults("T", null, List.of(), null, null, null, "en"),
                        "g:a",
                        Optional.empty()),
                diagnostics);
        assertTrue(
                book.chapters().get(0).blocks().stream().anyMatch(Block.Figure.class::isInstance),
                diagnostics.all().toString());
        Fixtures.write(project, "docs/guide.md", "# Guide\n\n![Out](../secret.png)\n");
        PublishException e = Assertions.assertThrows(
                PublishException.class,
                () -> Sources.load(
                        project.resolve("docs"),
                        new Sources.Options(
                                module,
                                MetadataDraft.defaults("T", null, List.of(), null, null, null, "en"),
                                "g:a",
                                Optional.empty()),
                        new Diagnostics()));
        assertTrue(
                e.diagnostics().toString().contains("leaves the project folder"),
                e.diagnostics().toString());
    }

    private Chapter includes(String guide) throws IOException {
        book("# Summary\n\n- [Guide](guide/index.md)\n");
        Fixtures.write(project, "book/src/guide/index.md", guide);
        Fixtures.write(
                project,
                "book/src/guide/main.rs",
                "// ANCHOR: all\n# fn hidden() {}\nfn main() {\n"
                        + "    // ANCHOR: body\n    println!(\"hi\");\n    // ANCHOR_END: body\n}\n// ANCHOR_END: all\n");
        Fixtures.write(project, "book/src/guide/part.md", "Included *text*.\n");
        return load().chapters().get(0);
    }

    private static String code(Chapter chapter, int index) {
        return ((Block.CodeBlock) chapter.blocks().stream()
                        .filter(Block.CodeBlock.class::isInstance)
                        .toList()
                        .get(index))
                .text();
    }

    @Test
    void includesInTextAndCodeByLinesAndByAnchor() throws IOException {
        Chapter guide = includes("# Guide\n\n{{#include part.md}}\n\n```rust\n{{#rustdoc_include main.rs:all}}\n```\n\n"
                + "```rust\n{{#include main.rs:body}}\n```\n\n```rust\n{{#include main.rs:3:3}}\n```\n");
        assertEquals(
                "Included ",
                ((Inline.Text) ((Block.Paragraph) guide.blocks().get(1))
                                .content()
                                .get(0))
                        .text());
        assertEquals("fn main() {\n    println!(\"hi\");\n}", code(guide, 0), "anchors gone, hidden line left out");
        assertEquals("    println!(\"hi\");", code(guide, 1));
        assertEquals("fn main() {", code(guide, 2));
    }

    @Test
    void messagesAfterAnIncludeKeepTheirLines() throws IOException {
        PublishException e = Assertions.assertThrows(
                PublishException.class,
                () -> includes("# Guide\n\n{{#include part.md}}\n\nA call of [^nowhere] on line 5.\n"));
        assertTrue(
                e.diagnostics().toString().contains("book/src/guide/index.md:5:11: footnote [^nowhere]"),
                e.diagnostics().toString());
    }

    @Test
    void includesThatLeaveGoMissingOrCircleAreErrorsAtTheirPlace() throws IOException {
        Fixtures.write(project, "outside.md", "secret\n");
        Fixtures.write(project, "book/src/guide/a.md", "{{#include b.md}}\n");
        Fixtures.write(project, "book/src/guide/b.md", "{{#include a.md}}\n");
        book("# Summary\n\n- [Guide](guide/index.md)\n");
        Fixtures.write(
                project,
                "book/src/guide/index.md",
                "# Guide\n\n{{#include ../../../../outside.md}}\n\n{{#include gone.md}}\n\n{{#include a.md}}\n");
        PublishException e = Assertions.assertThrows(PublishException.class, this::load);
        String m = e.diagnostics().toString();
        assertTrue(m.contains("book/src/guide/index.md:3:1: include '../../../../outside.md' lies outside"), m);
        assertTrue(m.contains("book/src/guide/index.md:5:1: included file not found: gone.md"), m);
        assertTrue(
                m.contains("includes go round in a circle: book/src/guide/index.md → book/src/guide/a.md → "
                        + "book/src/guide/b.md → book/src/guide/a.md"),
                m);
    }

    @Test
    void anMkDocsSiteFollowsItsNav() throws IOException {
        Fixtures.write(
                project,
                "site/mkdocs.yml",
                "site_name: The Site\nsite_author: Sam Site\ntheme:\n  name: material\n"
                        + "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
                        + "nav:\n  - Home: index.md\n  - User guide:\n      - Writing: guide/writing.md\n"
                        + "      - More:\n          - Styling: guide/styling.md\n  - Blog: https://example.org/blog\n  - about.md\n");
        Fixtures.write(project, "site/docs/index.md", "# Home\n");
        Fixtures.write(project, "site/docs/guide/writing.md", "# Writing\n");
        Fixtures.write(project, "site/docs/guide/styling.md", "# Styling\n");
        Fixtures.write(project, "site/docs/about.md", "# About\n");
        Fixtures.write(project, "site/docs/unlisted.md", "# Not in the nav\n");
        Publication site = Sources.load(
                project.resolve("site/docs"),
                new Sources.Options(
                        project,
                        MetadataDraft.defaults(null, null, List.of(), null, null, null, "en"),
                        "g:a",
                        Optional.empty()),
                diagnostics);
        assertEquals(
                List.of("index", "guide-writing", "guide-styling", "about"),
                site.chapters().stream().map(Chapter::id).toList());
        assertEquals(
                List.of(1, 1, 2, 1),
                site.chapters().stream().map(Chapter::depth).toList());
        assertEquals(Optional.of("User guide"), site.chapters().get(1).part());
        assertEquals("The Site", site.metadata().title());
        assertEquals("Sam Site", site.metadata().authors().get(0).name());
    }
}
