package io.github.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.EpubReader;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.markdown.MetadataDraft;
import io.github.imprint.markdown.Sources;
import io.github.imprint.model.Block;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Publication;
import io.github.imprint.model.Visitor;
import io.github.imprint.theme.ThemeLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EPUB of a book that uses every feature: validated, read back, and reproducible. */
class EpubEditionTest {

    static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    static Path out;

    static Publication publication;
    static Path epub;

    @BeforeAll
    static void publish() throws IOException, URISyntaxException {
        publication = load(featureBook());
        epub = EpubWriter.write(
                        publication,
                        ThemeLoader.load(Optional.empty(), "", new Diagnostics()),
                        TIME,
                        out.resolve("features.epub"))
                .file();
    }

    static Path featureBook() throws URISyntaxException {
        return Path.of(EpubEditionTest.class.getResource("/books/features").toURI());
    }

    static Publication load(Path book) {
        Diagnostics diagnostics = new Diagnostics();
        Publication p = Sources.load(
                book, new Sources.Options(book, new MetadataDraft(), "test", Optional.empty()), diagnostics);
        assertEquals(List.of(), diagnostics.all(), "the fixture publishes without warnings");
        return p;
    }

    @Test
    void passesEpubCheckWithoutWarnings() {
        EpubCheckResult check = EpubCheckResult.check(epub);
        assertTrue(check.clean(), check.messages());
    }

    @Test
    void mimetypeIsStoredFirst() throws IOException {
        byte[] head = new byte[58];
        try (InputStream in = Files.newInputStream(epub)) {
            assertEquals(58, in.readNBytes(head, 0, 58));
        }
        assertEquals("mimetypeapplication/epub+zip", new String(head, 30, 28, StandardCharsets.US_ASCII));
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            ZipEntry first = zip.entries().nextElement();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
        }
    }

    @Test
    void anEpub2ReadingSystemReadsTitleAuthorsSpineAndNcx() throws IOException {
        Book book;
        try (InputStream in = Files.newInputStream(epub)) {
            book = new EpubReader().readEpub(in);
        }
        assertEquals("Everything Imprint Sets", book.getTitle());
        assertEquals(
                "Ada Author",
                book.getMetadata().getAuthors().get(0).getFirstname() + " "
                        + book.getMetadata().getAuthors().get(0).getLastname());
        List<String> spine = book.getSpine().getSpineReferences().stream()
                .map(r -> r.getResource().getHref())
                .toList();
        assertEquals(
                List.of(
                        "EPUB/cover.xhtml",
                        "EPUB/titlepage.xhtml",
                        "EPUB/nav.xhtml",
                        "EPUB/ch-01-intro.xhtml",
                        "EPUB/ch-02-details.xhtml",
                        "EPUB/ch-03-deutsch.xhtml"),
                spine.stream().map(h -> h.startsWith("EPUB/") ? h : "EPUB/" + h).toList());
        List<String> toc = new ArrayList<>();
        flatten(book.getTableOfContents().getTocReferences(), toc);
        assertEquals(List.of("Introduction", "Lists", "Details", "Tables and code", "Ein deutsches Kapitel"), toc);
    }

    private static void flatten(List<TOCReference> references, List<String> titles) {
        for (TOCReference reference : references) {
            titles.add(reference.getTitle());
            flatten(reference.getChildren(), titles);
        }
    }

    @Test
    void sameSourcesGiveTheSameBytes() throws IOException, URISyntaxException {
        Path again = EpubWriter.write(
                        load(featureBook()),
                        ThemeLoader.load(Optional.empty(), "", new Diagnostics()),
                        TIME,
                        out.resolve("again.epub"))
                .file();
        assertArrayEquals(Files.readAllBytes(epub), Files.readAllBytes(again));
    }

    @Test
    void packageDocumentCarriesMetadataAndDerivedAccessibility() throws IOException {
        String opf = entry("EPUB/package.opf");
        assertTrue(opf.contains("<dc:identifier id=\"pub-id\">urn:isbn:9783161484100</dc:identifier>"), opf);
        assertTrue(opf.contains("<dc:contributor id=\"person-2\">Tom Translator</dc:contributor>"), opf);
        assertTrue(opf.contains("property=\"role\" scheme=\"marc:relators\">trl</meta>"), opf);
        assertTrue(opf.contains("<meta property=\"belongs-to-collection\" id=\"series\">Imprint fixtures</meta>"), opf);
        assertTrue(opf.contains("<meta property=\"schema:accessMode\">visual</meta>"), opf);
        assertTrue(opf.contains("<meta property=\"schema:accessibilityFeature\">alternativeText</meta>"), opf);
        assertTrue(
                opf.contains("<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>"),
                opf);
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">2026-01-01T00:00:00Z</meta>"), opf);
    }

    @Test
    void contentDocumentsCarrySemantics() throws IOException {
        String intro = entry("EPUB/ch-01-intro.xhtml");
        assertTrue(intro.contains("<a href=\"ch-02-details.xhtml#tables-and-code\">details</a>"), intro);
        assertTrue(
                intro.contains(
                        "<sup><a href=\"#fn-1\" id=\"fnref-1\" epub:type=\"noteref\" role=\"doc-noteref\">1</a></sup>"),
                intro);
        assertTrue(intro.contains("id=\"fnref-1-2\""), "a second call of a note gets its own id");
        assertTrue(intro.contains("<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"fn-1\">"), intro);
        assertTrue(
                intro.contains("<figcaption><strong>Figure 1.1.</strong> The palace. [Drawing: Imprint]</figcaption>"),
                intro);
        String german = entry("EPUB/ch-03-deutsch.xhtml");
        assertTrue(german.contains("lang=\"de\" xml:lang=\"de\""), "the chapter's own language");
        assertTrue(german.contains("„Anführungszeichen“ werden deutsch gesetzt – und"), german);
        String details = entry("EPUB/ch-02-details.xhtml");
        assertTrue(details.contains("<th scope=\"col\" class=\"align-center\">Validator</th>"), details);
        assertTrue(details.contains("<span lang=\"fr\" xml:lang=\"fr\">«\u202Fcitation\u202F»</span>"), details);
    }

    @Test
    void aThemeCanTurnFontEmbeddingOff() throws IOException, URISyntaxException {
        Path theme = Files.writeString(out.resolve("theme.yaml"), "fonts:\n  embed: false\n");
        Path plain = EpubWriter.write(
                        publication,
                        ThemeLoader.load(Optional.of(theme), "theme.yaml", new Diagnostics()),
                        TIME,
                        out.resolve("plain.epub"))
                .file();
        try (ZipFile zip = new ZipFile(plain.toFile())) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith("EPUB/fonts/")));
        }
        assertTrue(EpubCheckResult.check(plain).clean());
    }

    @Test
    void pandocReadsBackEveryWordInOrder() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Pandoc.available(), "pandoc is not installed; .ci/run installs it");
        assertWordsInOrder(publication, Pandoc.plainText(epub));
    }

    /**
     * Every word of the chapters' bodies appears in {@code readBack} in the same order; the words of the
     * notes appear too, wherever the reader put them (pandoc moves notes to the end).
     */
    static void assertWordsInOrder(Publication publication, String readBack) {
        List<String> actual = words(readBack);
        assertSubsequence(words(modelText(publication, false)), actual);
        assertTrue(new HashSet<>(actual).containsAll(words(modelText(publication, true))), "notes read back");
    }

    /**
     * {@code expected} appears in {@code actual} in order, other words between allowed. A word may be
     * read in two parts with other words between them, as a word hyphenated across a page break is,
     * with the page's notes and folio between its halves.
     */
    static void assertSubsequence(List<String> expected, List<String> actual) {
        int at = 0;
        for (int i = 0; i < expected.size(); i++) {
            String word = expected.get(i);
            int window = Math.min(actual.size(), at + 60);
            int found = actual.subList(at, window).indexOf(word);
            int split = splitMatch(word, actual, at, found >= 0 ? at + found : window);
            if (split >= 0) {
                at = split + 1;
                continue;
            }
            if (found >= 0) {
                at += found + 1;
                continue;
            }
            found = actual.subList(at, actual.size()).indexOf(word);
            if (found < 0) {
                throw new AssertionError("word " + i + " '" + word + "' (after '"
                        + String.join(" ", expected.subList(Math.max(0, i - 8), i)) + "') is missing or out of order");
            }
            at += found + 1;
        }
    }

    /** Where a word read in two parts ends, or -1. */
    private static int splitMatch(String word, List<String> actual, int from, int to) {
        for (int k = from; k < to; k++) {
            String head = actual.get(k);
            if (head.length() >= 2 && head.length() <= word.length() - 2 && word.startsWith(head)) {
                String rest = word.substring(head.length());
                for (int m = k + 1; m < Math.min(actual.size(), k + 80); m++) {
                    if (actual.get(m).equals(rest)) {
                        return m;
                    }
                }
            }
        }
        return -1;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (String w : normal.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /**
     * The text of the chapters' bodies in reading order ({@code notes} false), or of what may stand
     * elsewhere (notes, and figure captions, which float).
     */
    static String modelText(Publication publication, boolean notes) {
        StringBuilder text = new StringBuilder();
        Visitor visitor = new Visitor() {
            private boolean inTable;
            private boolean inFigure;

            @Override
            public void visitInline(Inline inline) {
                if (inTable || (inFigure && !notes)) {
                    return;
                }
                if (inline instanceof Inline.Text t) {
                    text.append(t.text());
                } else if (inline instanceof Inline.Code c) {
                    text.append(c.text());
                } else if (inline instanceof Inline.LineBreak) {
                    text.append(' ');
                }
            }

            @Override
            public void visitBlock(Block block) {
                text.append(' ');
                inTable = block instanceof Block.Table;
                inFigure = block instanceof Block.Figure;
                if (block instanceof Block.Table table) {
                    Stream.concat(table.header().stream(), table.body().stream())
                            .flatMap(List::stream)
                            .forEach(cell -> text.append(Inline.plainText(cell.content()))
                                    .append(' '));
                }
                if (block instanceof Block.CodeBlock c) {
                    text.append(c.text()).append(' ');
                }
            }
        };
        for (Chapter chapter : publication.chapters()) {
            if (notes) {
                chapter.notes().forEach(n -> n.blocks().forEach(b -> b.accept(visitor)));
                chapter.blocks()
                        .forEach(b -> b.accept(new Visitor() {
                            @Override
                            public void visitBlock(Block block) {
                                if (block instanceof Block.Figure figure) {
                                    text.append(' ').append(Inline.plainText(figure.caption()));
                                }
                            }
                        }));
            } else {
                chapter.blocks().forEach(b -> b.accept(visitor));
            }
        }
        return text.toString();
    }

    private static String entry(String name) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
