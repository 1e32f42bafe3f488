package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import io.github.imprint.model.Block;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Footnote;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Publication;
import io.github.imprint.model.SourcePos;
import io.github.imprint.yaml.YamlNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.image.attributes.ImageAttributesExtension;
import org.commonmark.ext.ins.InsExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The markdown stage's entry: a Markdown file (an article) or a folder of them (a book) to a
 * {@link Publication}.
 *
 * <p>A folder is a book when it holds {@code SUMMARY.md} (an mdBook or GitBook: its outline gives the
 * chapters, in nested folders, their order and their depth), {@code book.yaml}, or more than one
 * Markdown file; without an outline its chapters come in the order {@code book.yaml}'s
 * {@code chapters} list gives, else by the {@code order} key of their front matter, else by file name.
 * Files named in capitals ({@code README.md}, {@code SOURCE.md}) are the repository's, not the book's,
 * and are left out. An mdBook's {@code book.toml}, in the folder or the one above it, gives metadata
 * under {@code book.yaml}'s and the chapters' own. No chapter is read from outside the folder, through
 * a symbolic link or otherwise.
 *
 * <p>The work runs in three passes over all chapters, so links can point anywhere: read each file and
 * its front matter; parse every body and give every heading its book-wide id; convert each chapter to
 * the model, resolving links, images and footnotes. Reading, parsing and converting run on all cores,
 * each chapter reporting to its own diagnostics, which are merged in reading order, so the result
 * and its messages are the same as a serial run's.
 */
public final class Sources {

    private static final Pattern CHAPTER_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final List<Extension> EXTENSIONS = List.of(
            AutolinkExtension.create(),
            StrikethroughExtension.create(),
            TablesExtension.create(),
            InsExtension.create(),
            TaskListItemsExtension.create(),
            FootnotesExtension.create(),
            ImageAttributesExtension.create());
    private static final Set<String> CHAPTER_KEYS = Set.of("id", "order");

    /**
     * @param projectRoot      images must lie inside it; paths in messages are relative to it
     * @param defaults         metadata from outside the sources (the POM), overridden by them
     * @param identitySeed     a stable name for the publication (Maven coordinates) for a derived identifier
     * @param remoteImageCache where to download remote images, when the build allows them
     */
    /**
     * @param remoteImageCache where remote images are downloaded, when the build allows them
     * @param drawings where SVG drawn inline in raw HTML is kept as files for the editions; without it,
     *     such a drawing is left out and said
     */
    public record Options(
            Path projectRoot,
            MetadataDraft defaults,
            String identitySeed,
            Optional<Path> remoteImageCache,
            Optional<Path> drawings) {

        public Options(Path projectRoot, MetadataDraft defaults, String identitySeed, Optional<Path> remoteImageCache) {
            this(projectRoot, defaults, identitySeed, remoteImageCache, Optional.empty());
        }
    }

    private record Draft(
            SourceFile source,
            FrontMatter frontMatter,
            Optional<String> title,
            Optional<String> language,
            int order,
            int depth,
            Optional<String> part,
            String body) {}

    private final Options options;
    private final Diagnostics diagnostics;
    private final Path root;
    private final BookFiles bookFiles;

    private Sources(Options options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.root = options.projectRoot().toAbsolutePath().normalize();
        this.bookFiles = new BookFiles(diagnostics, this::display);
    }

    public static Publication load(Path source, Options options, Diagnostics diagnostics) {
        return new Sources(options, diagnostics).load(source.toAbsolutePath().normalize());
    }

    private Publication load(Path source) {
        if (!Files.exists(source)) {
            throw new PublishException(Diagnostic.error(
                    SourcePos.path(display(source)),
                    "source folder not found",
                    "put your Markdown in src/main/markdown, or set <sourceDirectory> to where it is"));
        }
        MetadataDraft metadata = options.defaults().copy();
        MetadataFields fields = new MetadataFields(diagnostics);
        List<Path> files;
        boolean ordered = false;
        Publication.Kind kind;
        Path metadataBase = source.getParent();
        Optional<YamlNode.Mapping> bookFields = Optional.empty();
        Map<Path, BookSummary.Entry> outline = Map.of();
        if (Files.isDirectory(source)) {
            Path bookYaml = source.resolve("book.yaml");
            Path summary = source.resolve("SUMMARY.md");
            metadataBase = source;
            BookFiles.bookToml(source)
                    .ifPresent(toml ->
                            BookToml.apply(SourceText.read(toml, display(toml)), display(toml), metadata, diagnostics));
            if (Files.isRegularFile(bookYaml)) {
                bookFields = bookFiles.readBookYaml(bookYaml);
                bookFields.ifPresent(f -> fields.apply(f, metadata, Set.of("chapters")));
            }
            Optional<MkDocsNav.Site> mkdocs =
                    Files.isRegularFile(summary) ? Optional.empty() : MkDocsNav.find(source, this::display);
            List<BookSummary.Entry> nav =
                    mkdocs.map(m -> MkDocsNav.outline(m, diagnostics)).orElse(List.of());
            mkdocs.ifPresent(m -> MkDocsNav.metadata(m, metadata));
            if (Files.isRegularFile(summary)) {
                outline = bookFiles.outline(summary, source);
                files = List.copyOf(outline.keySet());
                ordered = true;
                kind = Publication.Kind.BOOK;
            } else if (!nav.isEmpty()) {
                Map<Path, BookSummary.Entry> pages = new LinkedHashMap<>();
                nav.forEach(e -> pages.put(e.file(), e));
                outline = pages;
                files = List.copyOf(pages.keySet());
                ordered = true;
                kind = Publication.Kind.BOOK;
            } else if (Files.isRegularFile(bookYaml)) {
                Optional<List<Path>> listed = bookFields.flatMap(f -> bookFiles.chapterList(f, source));
                ordered = listed.isPresent();
                files = listed.orElseGet(() -> bookFiles.markdownFiles(source));
                kind = Publication.Kind.BOOK;
            } else {
                files = bookFiles.markdownFiles(source);
                kind = files.size() == 1 ? Publication.Kind.ARTICLE : Publication.Kind.BOOK;
            }
            if (files.isEmpty()) {
                throw new PublishException(Diagnostic.error(
                        SourcePos.path(display(source)),
                        "no Markdown files in the source folder",
                        "add a file such as article.md"));
            }
        } else {
            files = List.of(source);
            kind = Publication.Kind.ARTICLE;
        }
        if (Files.isDirectory(source)) {
            files = files.stream()
                    .filter(f -> bookFiles.insideThroughLinks(f, source, SourcePos.of(display(f))))
                    .toList();
        }
        diagnostics.throwIfErrors();

        Links links = new Links();
        List<Draft> drafts = new ArrayList<>();
        Map<String, SourcePos> ids = new HashMap<>();
        List<String> texts = files.parallelStream()
                .map(file -> SourceText.read(file, display(file)))
                .toList();
        Path folder = Files.isDirectory(source) ? source : source.getParent();
        for (int i = 0; i < files.size(); i++) {
            Draft draft = readFile(
                    files.get(i),
                    texts.get(i),
                    kind,
                    metadata,
                    fields,
                    links,
                    folder,
                    Optional.ofNullable(outline.get(files.get(i))));
            SourcePos previous = ids.putIfAbsent(
                    draft.source().chapterId(), SourcePos.of(draft.source().displayName()));
            if (previous != null) {
                diagnostics.error(
                        SourcePos.of(draft.source().displayName()),
                        "two chapters have the id '" + draft.source().chapterId() + "' (the other is " + previous.file()
                                + ")",
                        "give one of them another 'id:' in its front matter, or rename the file");
            }
            drafts.add(draft);
        }
        diagnostics.throwIfErrors();
        if (kind == Publication.Kind.BOOK && !ordered) {
            drafts.sort(Comparator.comparingInt(Draft::order));
        }
        if (kind == Publication.Kind.ARTICLE) {
            metadataBase = drafts.get(0).source().path().getParent();
        }

        List<Parsed> parsed = drafts.parallelStream().map(Sources::parse).toList();
        HeadingIds headingIds = new HeadingIds(links);
        // an article's title, set above its text unless the text opens with its own, is the level-1 heading
        boolean titled = kind == Publication.Kind.ARTICLE
                && !(parsed.get(0).document().getFirstChild() instanceof org.commonmark.node.Heading h
                        && h.getLevel() == 1);
        HeadingLevels headingLevels = new HeadingLevels(titled ? 1 : 0);
        for (Parsed p : parsed) {
            p.diagnostics().all().forEach(diagnostics::report);
            headingIds.assign(p.draft().source().chapterId(), p.document());
            headingLevels.assign(p.draft().source(), p.document(), p.draft().depth(), diagnostics);
        }

        ImageFiles images = new ImageFiles(root, folder, options.remoteImageCache(), options.drawings());
        List<Converted> converted = parsed.parallelStream()
                .map(p -> convert(p.draft(), p.document(), links, headingIds, headingLevels, images))
                .toList();
        List<Chapter> chapters = new ArrayList<>();
        List<ChapterContext.Outside> outside = new ArrayList<>();
        for (Converted c : converted) {
            c.diagnostics().all().forEach(diagnostics::report);
            chapters.add(c.chapter());
            outside.addAll(c.outside());
        }
        reportOutside(outside);
        Path metadataFile = Stream.of(
                        metadataBase.resolve("book.yaml"),
                        metadataBase.resolve("book.toml"),
                        metadataBase.resolveSibling("book.toml"))
                .filter(Files::isRegularFile)
                .findFirst()
                .orElse(metadataBase.resolve("book.yaml"));
        SourcePos metadataPos = SourcePos.of(
                kind == Publication.Kind.ARTICLE ? drafts.get(0).source().displayName() : display(metadataFile));
        Optional<YamlNode.Mapping> coverFields =
                kind == Publication.Kind.ARTICLE ? drafts.get(0).frontMatter().fields() : bookFields;
        Publication publication = new Publication(
                kind,
                new MetadataBuilder(diagnostics, images, options.identitySeed())
                        .build(metadata, chapters, metadataPos, coverFields, metadataBase.resolve("metadata")),
                chapters);
        CrossReferences.check(publication, diagnostics);
        IndexCheck.check(publication, diagnostics);
        diagnostics.throwIfErrors();
        return publication;
    }

    private Draft readFile(
            Path file,
            String text,
            Publication.Kind kind,
            MetadataDraft metadata,
            MetadataFields fields,
            Links links,
            Path folder,
            Optional<BookSummary.Entry> listed) {
        String display = display(file);
        FrontMatter frontMatter = FrontMatter.split(text, display);
        String id = chapterIdFromPath(folder.relativize(file));
        Optional<String> title = Optional.empty();
        Optional<String> language = Optional.empty();
        int order = Integer.MAX_VALUE;
        if (frontMatter.fields().isPresent()) {
            YamlNode.Mapping map = frontMatter.fields().get();
            MetadataDraft own = kind == Publication.Kind.ARTICLE ? metadata : new MetadataDraft();
            fields.apply(map, own, CHAPTER_KEYS);
            for (Map.Entry<YamlNode.Key, YamlNode> entry : map.entries().entrySet()) {
                if (entry.getKey().name().equals("id")) {
                    Optional<String> given = fields.text("id", entry.getValue());
                    if (given.isPresent() && !CHAPTER_ID.matcher(given.get()).matches()) {
                        diagnostics.error(
                                entry.getValue().pos(),
                                "chapter id '" + given.get() + "' is not a valid id",
                                "start with a letter; use letters, digits, '-', '_' and '.'");
                    } else if (given.isPresent()) {
                        id = given.get();
                    }
                } else if (entry.getKey().name().equals("order")) {
                    order = orderOf(entry.getValue(), fields);
                }
            }
            title = kind == Publication.Kind.ARTICLE ? Optional.empty() : own.title();
            language = Optional.ofNullable(own.language);
        }
        Includes.Expanded expanded = Includes.expand(
                frontMatter.body(), file, frontMatter.bodyLine(), List.of(folder, root), this::display, diagnostics);
        links.addChapter(file, id);
        String chapterLanguage =
                language.or(() -> Optional.ofNullable(metadata.language)).orElse("en");
        return new Draft(
                new SourceFile(
                        file,
                        display,
                        id,
                        frontMatter.bodyLine(),
                        chapterLanguage,
                        expanded == null ? null : expanded.origins()),
                frontMatter,
                title,
                language,
                order,
                listed.map(BookSummary.Entry::depth).orElse(1),
                listed.flatMap(BookSummary.Entry::part),
                expanded == null ? frontMatter.body() : expanded.text());
    }

    private int orderOf(YamlNode value, MetadataFields fields) {
        Optional<String> text = fields.text("order", value);
        try {
            return text.map(Integer::parseInt).orElse(Integer.MAX_VALUE);
        } catch (NumberFormatException e) {
            diagnostics.error(
                    value.pos(), "'order' must be a whole number, not '" + text.get() + "'", "write order: 3");
            return Integer.MAX_VALUE;
        }
    }

    /** A chapter parsed by commonmark, with what parsing found; made on any thread. */
    private record Parsed(Draft draft, Node document, Diagnostics diagnostics) {}

    /** A chapter in the model, with what converting found; made on any thread. */
    private record Converted(Chapter chapter, Diagnostics diagnostics, List<ChapterContext.Outside> outside) {}

    private static Parsed parse(Draft draft) {
        Diagnostics found = new Diagnostics();
        FencedDivs divs = new FencedDivs();
        Parser parser = Parser.builder()
                .extensions(EXTENSIONS)
                .customBlockParserFactory(divs)
                .customBlockParserFactory(new Admonitions())
                .customBlockParserFactory(new DefinitionLists())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        Node document = parser.parse(draft.body());
        HtmlHeadings.promote(document);
        for (FencedDivs.DivBlock unclosed : divs.unclosed()) {
            found.warning(
                    draft.source().pos(unclosed),
                    "fenced div ::: " + unclosed.classes.get(0) + " is not closed; it runs to the end of the file",
                    "close it with a line ':::'");
        }
        return new Parsed(draft, document, found);
    }

    private static Converted convert(
            Draft draft,
            Node document,
            Links links,
            HeadingIds headingIds,
            HeadingLevels headingLevels,
            ImageFiles images) {
        Diagnostics diagnostics = new Diagnostics();
        ChapterContext context = new ChapterContext(draft.source(), diagnostics, images, links, headingIds.ids());
        context.levels = headingLevels.levels();
        collectDefinitions(document, context, 0);
        BlockBuilder builder = new BlockBuilder(context, draft.source().language());
        List<Block> blocks = builder.blocks(document, 0);
        List<Footnote> notes = builder.footnotes();
        context.html.report(diagnostics);
        Optional<String> title = draft.title()
                .or(() -> blocks.stream()
                        .filter(Block.Heading.class::isInstance)
                        .findFirst()
                        .map(h -> Inline.plainText(((Block.Heading) h).content())));
        return new Converted(
                new Chapter(
                        draft.source().chapterId(),
                        title,
                        draft.language(),
                        SourcePos.of(draft.source().displayName()),
                        blocks,
                        notes,
                        draft.depth(),
                        draft.part()),
                diagnostics,
                context.outside);
    }

    private static void collectDefinitions(Node node, ChapterContext context, int depth) {
        if (depth > BlockBuilder.MAX_DEPTH) {
            return;
        }
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteDefinition definition) {
                if (context.definitions.putIfAbsent(definition.getLabel(), definition) != null) {
                    context.diagnostics.error(
                            context.pos(n),
                            "footnote [^" + definition.getLabel() + "] is defined twice",
                            "give the second note another label");
                }
            } else if (n instanceof org.commonmark.node.Block) {
                collectDefinitions(n, context, depth + 1);
            }
        }
    }

    /**
     * Links to files that are no chapters of the book, said once for the whole book: where the first
     * is, how many there are, and a few of the targets.
     */
    private void reportOutside(List<ChapterContext.Outside> outside) {
        if (outside.isEmpty()) {
            return;
        }
        List<String> targets =
                outside.stream().map(ChapterContext.Outside::target).distinct().toList();
        diagnostics.warning(
                outside.get(0).pos(),
                (outside.size() == 1 ? "a link points" : outside.size() + " links point") + " to "
                        + (targets.size() == 1 ? "a file" : targets.size() + " files") + " that "
                        + (targets.size() == 1 ? "is" : "are") + " no chapter of this publication ("
                        + String.join(", ", targets.subList(0, Math.min(3, targets.size())))
                        + (targets.size() > 3 ? ", …" : "") + "); " + (outside.size() == 1 ? "its" : "their")
                        + " text is kept without the link",
                "link to another chapter's .md file, or give the page's full URL (https://…) to keep the link");
    }

    /**
     * A chapter's id from its path inside the source folder: {@code guide/index.md} is
     * {@code guide-index}, so chapters of the same name in different folders stay apart.
     */
    private static String chapterIdFromPath(Path relative) {
        String name = relative.toString()
                .replace('\\', '/')
                .replaceFirst("\\.md$", "")
                .replace('/', '-');
        String cleaned = name.replaceAll("[^A-Za-z0-9_.-]", "-");
        return Character.isLetter(cleaned.isEmpty() ? '0' : cleaned.charAt(0)) ? cleaned : "ch-" + cleaned;
    }

    private String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
