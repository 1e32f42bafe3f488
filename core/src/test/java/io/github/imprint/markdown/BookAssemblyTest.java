package io.github.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Publication;
import io.github.imprint.publish.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a folder becomes a book, or an article. */
class BookAssemblyTest {

    @TempDir
    Path project;

    private Publication load(Path source) {
        Diagnostics diagnostics = new Diagnostics();
        Publication p = Sources.load(
                source,
                new Sources.Options(
                        project,
                        MetadataDraft.defaults("POM title", null, List.of("POM Author"), null, null, "2020", null),
                        "g:a",
                        Optional.empty()),
                diagnostics);
        return p;
    }

    @Test
    void chaptersComeByFrontMatterOrderThenFileNameAndRepositoryFilesAreLeftOut() throws IOException {
        Fixtures.write(project, "book/a.md", "# A\n");
        Fixtures.write(project, "book/b.md", "---\norder: 1\n---\n# B\n");
        Fixtures.write(project, "book/c.md", "# C\n");
        Fixtures.write(project, "book/README.md", "# Not a chapter\n");
        Publication book = load(project.resolve("book"));
        assertEquals(Publication.Kind.BOOK, book.kind());
        assertEquals(
                List.of("b", "a", "c"),
                book.chapters().stream().map(Chapter::id).toList());
        assertEquals("POM title", book.metadata().title());
        assertEquals("POM Author", book.metadata().authors().get(0).name());
    }

    @Test
    void bookYamlListGivesTheOrderAndOverridesThePom() throws IOException {
        Fixtures.write(project, "book/book.yaml", "title: From book.yaml\nchapters: [c.md, a.md]\n");
        Fixtures.write(project, "book/a.md", "# A\n");
        Fixtures.write(project, "book/c.md", "# C\n");
        Publication book = load(project.resolve("book"));
        assertEquals(
                List.of("c", "a"), book.chapters().stream().map(Chapter::id).toList());
        assertEquals("From book.yaml", book.metadata().title());
    }

    @Test
    void aFolderWithOneFileIsAnArticleWhoseFrontMatterIsTheMetadata() throws IOException {
        Fixtures.write(project, "src/story.md", "---\ntitle: \"It's a story\"\nlanguage: de\n---\n\nText.\n");
        Publication article = load(project.resolve("src"));
        assertEquals(Publication.Kind.ARTICLE, article.kind());
        assertEquals("It’s a story", article.metadata().title(), "typographic apostrophe in metadata too");
        assertEquals("de", article.metadata().language());
        assertEquals("2020", article.metadata().date().orElseThrow());
    }

    @Test
    void frontMatterMayGiveHyphenationExceptions() throws IOException {
        Fixtures.write(project, "src/a.md", "---\ntitle: T\nhyphenation: [Im-print, ta-ble]\n---\n\nText.\n");
        assertEquals(
                List.of("Im-print", "ta-ble"),
                load(project.resolve("src")).metadata().hyphenation());
    }

    @Test
    void derivedIdentifierIsStableAndIsbnIsChecked() throws IOException {
        Fixtures.write(project, "src/a.md", "---\ntitle: T\n---\n\nText.\n");
        String first = load(project.resolve("src")).metadata().identifier().value();
        assertEquals(first, load(project.resolve("src")).metadata().identifier().value());
        assertEquals(true, first.startsWith("urn:uuid:"));
        assertEquals(true, MetadataBuilder.isbnValid("9783161484100"));
        assertEquals(false, MetadataBuilder.isbnValid("9783161484101"));
        assertEquals(true, MetadataBuilder.isbnValid("080442957X"));
    }
}
