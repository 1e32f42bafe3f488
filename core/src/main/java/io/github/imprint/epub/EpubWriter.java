package io.github.imprint.epub;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.font.FontSubset;
import io.github.imprint.font.Scripts;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Contributor;
import io.github.imprint.model.ImageFormat;
import io.github.imprint.model.ImageRef;
import io.github.imprint.model.Index;
import io.github.imprint.model.IndexWords;
import io.github.imprint.model.Labels;
import io.github.imprint.model.Metadata;
import io.github.imprint.model.PrintPage;
import io.github.imprint.model.Publication;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Style;
import io.github.imprint.theme.Theme;
import io.github.imprint.theme.ThemeLoader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes a publication as an EPUB 3 file. The parts, in container order: {@code mimetype},
 * {@code META-INF/container.xml}, then under {@code EPUB/} the package document, the navigation
 * document and NCX, the cover page, a title page for books, one content document per chapter, the
 * stylesheet, font subsets and images.
 *
 * <p>The file is written to a temporary sibling and moved into place only when complete, so a failed
 * build never leaves a half-written edition where a good one stood.
 */
public final class EpubWriter {

    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
            <rootfiles>
            <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
            </rootfiles>
            </container>
            """;

    /** What was written: where, how large, how many chapters. */
    public record Result(Path file, long bytes, int chapters) {}

    private EpubWriter() {}

    public static Result write(Publication publication, Theme theme, Instant timestamp, Path target)
            throws IOException {
        return write(publication, theme, timestamp, target, List.of(), null, Map.of(), Map.of());
    }

    /**
     * Writes the EPUB; with {@code printPages} it also marks where each page of the print edition
     * {@code printSource} begins, and lists them in a page list; {@code printFolios} give the print
     * edition's page of each numbered block and labelled heading, by anchor, for references to name;
     * {@code printMarks} the page of each index mark, for the index's locators.
     */
    public static Result write(
            Publication publication,
            Theme theme,
            Instant timestamp,
            Path target,
            List<PrintPage> printPages,
            String printSource,
            Map<String, String> printFolios,
            Map<Index.Mark, Index.Place> printMarks)
            throws IOException {
        Metadata metadata = publication.metadata();
        Labels labels = Labels.of(metadata.language());
        ImageFolder images = new ImageFolder();
        PackageDocument opf = new PackageDocument();
        Map<String, byte[]> files = new LinkedHashMap<>();
        Accessibility accessibility = Accessibility.of(publication);

        List<String> documents = new ArrayList<>();
        String coverHref = cover(publication, theme, labels, images, files, opf);
        accessibility.cover();
        opf.add(new PackageDocument.Item("cover", "cover.xhtml", "application/xhtml+xml", null, true));
        if (publication.kind() == Publication.Kind.BOOK) {
            String titlePage = titlePage(metadata, labels);
            documents.add(titlePage);
            files.put("EPUB/titlepage.xhtml", utf8(titlePage));
            opf.add(new PackageDocument.Item("titlepage", "titlepage.xhtml", "application/xhtml+xml", null, true));
        }
        List<Contents.Entry> toc = new ArrayList<>(Contents.of(publication, theme.tocDepth()));
        IndexWords indexWords = theme.index().words(metadata.language());
        Index index = Index.of(publication, indexWords.symbols());
        if (!index.isEmpty()) {
            toc.add(new Contents.Entry(indexWords.title(), IndexDocument.FILE, List.of()));
        }
        String firstChapter = ChapterDocument.fileName(publication.chapters().get(0));
        Map<String, PageMarks> marks = PageMarks.of(printPages);
        List<String[]> pageList = new ArrayList<>();
        String[] chapterOf = new String[printPages.size()];
        String next =
                publication.chapters().get(publication.chapters().size() - 1).id();
        for (int p = printPages.size() - 1; p >= 0; p--) {
            // a page with no text is marked with the next page that has some, so it lives in that one's file
            if (printPages.get(p).block() != null && printPages.get(p).chapter() != null) {
                next = printPages.get(p).chapter();
            }
            chapterOf[p] = next;
        }
        for (int p = 0; p < printPages.size(); p++) {
            PrintPage page = printPages.get(p);
            if (page.anchor() != null) {
                pageList.add(new String[] {page.label(), IndexDocument.FILE + "#" + PageMarks.id(page.label())});
                continue;
            }
            String chapterId = chapterOf[p];
            String file = publication.chapters().stream()
                    .filter(c -> c.id().equals(chapterId))
                    .findFirst()
                    .map(ChapterDocument::fileName)
                    .orElse(firstChapter);
            pageList.add(new String[] {page.label(), file + "#" + PageMarks.id(page.label())});
        }
        if (!printPages.isEmpty()) {
            accessibility.printPages(printSource);
        }
        CrossReferences references = CrossReferences.of(
                publication, theme.captions().mode(), theme.captions().words(metadata.language()), printFolios);
        String nav = Navigation.document(
                metadata,
                toc,
                labels,
                "cover.xhtml",
                firstChapter,
                pageList,
                references.lists(theme.captions().lists()),
                index.isEmpty() ? null : indexWords.title());
        documents.add(nav);
        files.put("EPUB/nav.xhtml", utf8(nav));
        opf.add(new PackageDocument.Item(
                "nav", "nav.xhtml", "application/xhtml+xml", "nav", publication.kind() == Publication.Kind.BOOK));
        files.put("EPUB/toc.ncx", utf8(Navigation.ncx(metadata, toc)));
        opf.add(new PackageDocument.Item("ncx", "toc.ncx", "application/x-dtbncx+xml", null, null));
        images.addAll(publication);
        List<String> chapters = publication.chapters().parallelStream()
                .map(chapter -> new ChapterDocument(
                                publication,
                                chapter,
                                images,
                                labels,
                                marks.getOrDefault(chapter.id(), PageMarks.none()),
                                references)
                        .render())
                .toList();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = publication.chapters().get(i);
            documents.add(chapters.get(i));
            String name = ChapterDocument.fileName(chapter);
            files.put("EPUB/" + name, utf8(chapters.get(i)));
            opf.add(new PackageDocument.Item("c-" + chapter.id(), name, "application/xhtml+xml", null, true));
        }
        if (!index.isEmpty()) {
            String document = IndexDocument.render(publication, index, indexWords, printMarks, printPages);
            documents.add(document);
            files.put("EPUB/" + IndexDocument.FILE, utf8(document));
            opf.add(new PackageDocument.Item("index", IndexDocument.FILE, "application/xhtml+xml", null, true));
        }
        List<Stylesheet.FontEntry> fonts = theme.fonts().embed() ? fonts(theme, documents, files, opf) : List.of();
        files.put("EPUB/css/imprint.css", utf8(Stylesheet.css(theme, fonts)));
        opf.add(new PackageDocument.Item("css", "css/imprint.css", "text/css", null, null));
        for (ImageFolder.Entry entry : images.entries()) {
            if (!files.containsKey("EPUB/" + entry.href())) {
                byte[] bytes = Files.readAllBytes(entry.image().file());
                files.put(
                        "EPUB/" + entry.href(),
                        entry.image().format() == ImageFormat.SVG ? ImageFolder.withoutForeignObjects(bytes) : bytes);
                opf.add(new PackageDocument.Item(
                        entry.id(), entry.href(), entry.image().format().mediaType(), null, null));
            }
        }
        files.put("EPUB/cover.xhtml", utf8(coverPage(metadata, labels, coverHref)));
        String packageDocument = opf.render(metadata, timestamp, accessibility);

        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(
                target.toAbsolutePath().getParent(),
                "." + target.getFileName(),
                ".part",
                readable(target.toAbsolutePath().getParent()));
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
                    OcfZip zip = new OcfZip(out, timestamp)) {
                zip.add("META-INF/container.xml", CONTAINER);
                zip.add("EPUB/package.opf", packageDocument);
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    zip.add(file.getKey(), file.getValue());
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new Result(target, Files.size(target), publication.chapters().size());
    }

    private static String cover(
            Publication publication,
            Theme theme,
            Labels labels,
            ImageFolder images,
            Map<String, byte[]> files,
            PackageDocument opf) {
        Metadata metadata = publication.metadata();
        if (metadata.cover().isPresent()) {
            ImageRef cover = metadata.cover().get();
            ImageFolder.Entry entry = images.add(cover);
            opf.add(new PackageDocument.Item(
                    "cover-image", entry.href(), cover.format().mediaType(), "cover-image", null));
            files.put("EPUB/" + entry.href(), readUnchecked(cover.file()));
            return entry.href();
        }
        files.put("EPUB/images/cover.png", GeneratedCover.png(metadata, theme));
        opf.add(new PackageDocument.Item(
                "cover-image", "images/cover.png", ImageFormat.PNG.mediaType(), "cover-image", null));
        return "images/cover.png";
    }

    private static String coverPage(Metadata metadata, Labels labels, String imageHref) {
        StringBuilder out = new StringBuilder();
        DocumentFrame.open(out, metadata.language(), labels.cover(), "cover");
        String authors = metadata.authors().stream().map(Contributor::name).collect(Collectors.joining(", "));
        String alt = labels.cover() + ": " + metadata.title() + (authors.isEmpty() ? "" : ", " + authors);
        out.append("<section epub:type=\"cover\" aria-label=\"")
                .append(Xml.attribute(labels.cover()))
                .append("\">\n")
                .append("<img src=\"")
                .append(Xml.attribute(imageHref))
                .append("\" alt=\"")
                .append(Xml.attribute(alt))
                .append("\" role=\"doc-cover\"/>\n</section>\n");
        DocumentFrame.close(out);
        return out.toString();
    }

    private static String titlePage(Metadata metadata, Labels labels) {
        StringBuilder out = new StringBuilder();
        DocumentFrame.open(out, metadata.language(), labels.titlePage(), "frontmatter");
        out.append("<section epub:type=\"titlepage\" aria-labelledby=\"book-title\">\n<h1 id=\"book-title\">")
                .append(Xml.text(metadata.title()))
                .append("</h1>\n");
        metadata.subtitle()
                .ifPresent(s ->
                        out.append("<p class=\"subtitle\">").append(Xml.text(s)).append("</p>\n"));
        for (Contributor person : metadata.contributors()) {
            out.append("<p class=\"contributor\">")
                    .append(Xml.text(person.name()))
                    .append("</p>\n");
        }
        metadata.publisher()
                .ifPresent(p -> out.append("<p class=\"publisher\">")
                        .append(Xml.text(p))
                        .append("</p>\n"));
        out.append("</section>\n");
        DocumentFrame.close(out);
        return out.toString();
    }

    /** Subsets of every face the theme's families may need, cut to the characters the documents use. */
    private static List<Stylesheet.FontEntry> fonts(
            Theme theme, List<String> documents, Map<String, byte[]> files, PackageDocument opf) {
        Set<Integer> codePoints = new TreeSet<>();
        documents.parallelStream()
                .map(d -> d.codePoints().collect(TreeSet<Integer>::new, TreeSet::add, TreeSet::addAll))
                .toList()
                .forEach(codePoints::addAll);
        Set<Integer> used = new TreeSet<>(codePoints);
        "⁂☑☐…".codePoints().forEach(codePoints::add);
        codePoints.removeIf(cp -> cp < 0x20);
        Set<String> families = new LinkedHashSet<>();
        for (Element element : Element.values()) {
            families.add(theme.fonts().family(theme.style(element).font()));
        }
        families.add(theme.fonts().family(Style.FontRole.MONO));
        families.addAll(theme.fonts().scripts().values());
        Set<FontFace> faces = new LinkedHashSet<>();
        for (String family : families) {
            for (int style = 0; style < 4; style++) {
                FontLibrary.bundled(new FontFace(family, (style & 1) != 0, (style & 2) != 0))
                        .ifPresent(faces::add);
            }
        }
        faces.addAll(scriptFaces(families, used));
        List<byte[]> subsets = faces.parallelStream()
                .map(face -> Scripts.of(face.family()).filter(Scripts::shaped).isPresent() || themeShaped(theme, face)
                        ? FontLibrary.bytes(face)
                        : FontSubset.subset(face, codePoints))
                .toList();
        List<Stylesheet.FontEntry> entries = new ArrayList<>();
        int i = 0;
        for (FontFace face : faces) {
            boolean compact = FontLibrary.compact(face);
            String href = "fonts/" + face.slug() + (compact ? ".otf" : ".ttf");
            files.put("EPUB/" + href, subsets.get(i++));
            opf.add(new PackageDocument.Item(
                    "font-" + face.slug(), href, compact ? "font/otf" : "font/ttf", null, null));
            entries.add(new Stylesheet.FontEntry(face, "../" + href));
        }
        return entries;
    }

    /**
     * Whether the theme names the face for a script whose letters need the font's layout tables
     * (Arabic, Devanagari…), which a subset leaves out; a face named for Chinese, Japanese or Korean is
     * subset, since whole it would weigh tens of megabytes.
     */
    private static boolean themeShaped(Theme theme, FontFace face) {
        return theme.fonts().scripts().entrySet().stream()
                .anyMatch(e -> e.getValue().equals(face.family()) && Scripts.shaped(e.getKey()));
    }

    /**
     * The bundled script families the documents need: those that have a character the
     * theme's families lack, as the PDF's fallback found them, in regular and bold.
     */
    private static List<FontFace> scriptFaces(Set<String> families, Set<Integer> codePoints) {
        List<FontMetrics> theme = families.stream()
                .map(f -> FontLibrary.bundled(new FontFace(f, false, false)))
                .flatMap(Optional::stream)
                .map(FontMetrics::of)
                .toList();
        Set<Integer> uncovered = new TreeSet<>();
        for (int cp : codePoints) {
            if (theme.stream().noneMatch(m -> m.has(cp)) && cp > 0x7F) {
                uncovered.add(cp);
            }
        }
        List<FontFace> faces = new ArrayList<>();
        Set<Character.UnicodeScript> scripts = new HashSet<>();
        uncovered.forEach(cp -> scripts.add(Character.UnicodeScript.of(cp)));
        for (String family : ThemeLoader.BUNDLED_FAMILIES) {
            Optional<Character.UnicodeScript> script = Scripts.of(family);
            if (families.contains(family)
                    || script.isEmpty()
                    || scripts.stream().noneMatch(s -> Scripts.covers(script.get(), s))) {
                continue; // the text families are the theme's; emoji are the reading system's own, in colour
            }
            Optional<FontFace> regular = FontLibrary.bundled(new FontFace(family, false, false));
            if (regular.isEmpty()) {
                continue; // the CJK faces, when their artifact is not on the class path
            }
            FontMetrics metrics = FontMetrics.of(regular.get());
            if (uncovered.stream().anyMatch(metrics::has)) {
                for (boolean bold : List.of(false, true)) {
                    FontLibrary.bundled(new FontFace(family, bold, false)).ifPresent(faces::add);
                }
            }
        }
        return faces;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readUnchecked(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    /**
     * An edition is made readable as other build outputs are ({@code rw-r--r--} under the usual umask,
     * which still applies); a temporary file alone would be the owner's only.
     */
    private static FileAttribute<?>[] readable(Path folder) throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView("posix")
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))
                }
                : new FileAttribute<?>[0];
    }
}
