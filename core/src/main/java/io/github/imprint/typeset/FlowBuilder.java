package io.github.imprint.typeset;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.font.FontFace;
import io.github.imprint.layout.Placed;
import io.github.imprint.model.Labels;
import io.github.imprint.model.Identifier;
import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.Block;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Footnote;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Metadata;
import io.github.imprint.model.Publication;
import io.github.imprint.model.SourcePos;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Style;
import io.github.imprint.theme.Theme;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.typeset.highlight.Highlighter;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.linebreak.FirstFit;
import io.github.imprint.typeset.linebreak.Item;
import io.github.imprint.typeset.linebreak.KnuthPlass;
import io.github.imprint.typeset.linebreak.ParagraphItems;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.linebreak.TextRun;
import io.github.imprint.typeset.paginate.Flow;
import io.github.imprint.typeset.paginate.PageFrame;
import io.github.imprint.typeset.shape.Shaper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets one chapter's blocks into a {@link Flow}: paragraphs broken by Knuth–Plass at the measure of
 * their container, headings, captions and code ragged by first fit, figures and table rows as
 * unbreakable units, and the chapter's footnotes set apart for the page builder.
 *
 * <p>Running text (paragraphs, quotations, lists, boxes) keeps the body's leading, so its lines sit on
 * one baseline grid across the page; blocks with a leading of their own (headings, code, figures,
 * tables) are padded to a whole number of body lines. A page may not break inside the first two or
 * last two lines of a paragraph, nor between a heading and what follows.
 */
final class FlowBuilder {

    /** A container's left edge and width within the text block, and the style and role of its text. */
    private record Box(long x, long width, Element element, Role role) {
    }

    private final Theme theme;
    private final PageFrame frame;
    private final Publication publication;
    private final Chapter chapter;
    private final int chapterIndex;
    private final Diagnostics diagnostics;
    private final Shaper shaper;
    private final InlineRuns runs;
    private final long leading;
    private final List<Flow> flow = new ArrayList<>();
    private final Map<Integer, io.github.imprint.typeset.paginate.Footnote> notes = new LinkedHashMap<>();
    private final Map<Integer, SourcePos> missing = new LinkedHashMap<>();
    /** Link targets ({@code #chapter}, {@code #chapter#heading}) and the block that stands there. */
    final Map<String, Integer> anchors = new LinkedHashMap<>();
    private final Optional<Hyphenator> hyphenator;
    private final java.util.function.Function<String, Optional<Hyphenator>> hyphenators;
    private SourcePos at;
    private int blocks;
    private int containers;
    private final List<StructureNode> structure = new ArrayList<>();
    private final java.util.Deque<Integer> open = new java.util.ArrayDeque<>(List.of(0));
    private boolean keepNext;
    /**
     * Justified lines in a row that ended with a hyphen, up to the last paragraph's last line. Chapters
     * are set in parallel, so a chapter cannot know how the one before ended: it assumes the limit is
     * reached, and its first line does not end with a hyphen.
     */
    private int trailingHyphens = 2;
    private boolean indentNext;
    final Statistics statistics = new Statistics();

    /** What the chapter's paragraphs cost. */
    static final class Statistics {
        int paragraphs;
        int lines;
        int hyphenated;
        int overfull;
        int secondPass;
        int emergency;
    }

    FlowBuilder(Theme theme, PageFrame frame, Publication publication, int chapterIndex, Diagnostics diagnostics,
                Shaper shaper, java.util.function.Function<String, Optional<Hyphenator>> hyphenators) {
        this.theme = theme;
        this.frame = frame;
        this.publication = publication;
        this.chapter = publication.chapters().get(Math.min(chapterIndex, publication.chapters().size() - 1));
        this.chapterIndex = chapterIndex;
        this.diagnostics = diagnostics;
        this.shaper = shaper;
        this.runs = new InlineRuns(theme, number -> noteKey(chapterIndex, number), hyphenators);
        this.leading = theme.style(Element.BODY).leading().millipoints();
        this.hyphenators = hyphenators;
        this.hyphenator = hyphenators.apply(chapter.language().orElse(publication.metadata().language()));
        this.at = chapter.pos();
    }

    static int noteKey(int chapterIndex, int number) {
        return chapterIndex * 100_000 + number;
    }

    List<Flow> flow() {
        return flow;
    }

    /** Lets go of the flow once it is paginated, so a long book does not hold every chapter's lines. */
    void dropFlow() {
        flow.clear();
        notes.clear();
    }

    Map<Integer, io.github.imprint.typeset.paginate.Footnote> notes() {
        return notes;
    }

    Map<Integer, SourcePos> missing() {
        return missing;
    }

    void diagnosticsInto(Diagnostics sink) {
        diagnostics.all().forEach(sink::report);
    }

    FlowBuilder build() {
        if (publication.kind() == Publication.Kind.BOOK) {
            flow.add(new Flow.NewPage(runningTitle(chapter, publication), true));
        }
        anchors.put("#" + chapter.id(), chapterIndex * 1_000_000 + blocks + 1);
        open(StructureNode.Kind.SECT, chapter.language().filter(l -> !l.equals(publication.metadata().language())).orElse(null));
        Box body = new Box(0, frame.measure(), Element.BODY, Role.PARAGRAPH);
        if (chapterIndex == 0 && publication.kind() == Publication.Kind.ARTICLE
                && !(chapter.blocks().stream().findFirst().orElse(null) instanceof Block.Heading h && h.level() == 1)) {
            articleHeader(publication.metadata());
        }
        blocks(chapter.blocks(), body);
        for (Footnote note : chapter.notes()) {
            footnote(note);
        }
        close();
        return this;
    }

    /** A chapter's running head: its title, else its first heading, else the publication's title. */
    static String runningTitle(Chapter chapter, Publication publication) {
        return chapter.title().or(() -> chapter.blocks().stream().filter(Block.Heading.class::isInstance).findFirst()
                .map(h -> Inline.plainText(((Block.Heading) h).content()))).orElse(publication.metadata().title());
    }

    /** One line of a book's table of contents: its level, words, link target, and the folio it points to. */
    record TocEntry(int level, String label, String anchor, String folio) {
    }

    /**
     * A book's front matter, built after its body is paginated (it is a builder for the chapter index
     * after the last, so its blocks are numbered apart): the cover when there is one, the title page
     * (recto), the imprint page (verso), and the table of contents from a recto.
     */
    FlowBuilder front(List<TocEntry> toc, String built) {
        Metadata metadata = publication.metadata();
        Labels labels = Labels.of(metadata.language());
        metadata.cover().ifPresent(cover -> coverPage(cover, labels.cover() + ": " + metadata.title()));
        flow.add(new Flow.NewPage(null, true, true));
        titlePage(metadata);
        flow.add(new Flow.NewPage(null, false, true));
        imprintPage(metadata, labels, built);
        if (!toc.isEmpty()) {
            flow.add(new Flow.NewPage(labels.contents(), true));
            contents(toc, labels);
        }
        return this;
    }

    /** The cover image, as large as the page allows, centred on it. */
    private void coverPage(io.github.imprint.model.ImageRef cover, String alt) {
        if (cover.width() <= 0 || cover.height() <= 0 || cover.mediaType().equals("image/svg+xml")
                || cover.mediaType().equals("image/webp")) {
            return;
        }
        double scale = Math.min(frame.width() / (double) cover.width(), frame.height() / (double) cover.height());
        long w = Math.round(cover.width() * scale);
        long h = Math.round(cover.height() * scale);
        int id = leaf(StructureNode.Kind.FIGURE, alt);
        Placed.Image image = new Placed.Image(cover, (frame.width() - w) / 2 - frame.left(1), (frame.height() - h) / 2 - frame.top(),
                w, h, alt, Role.FIGURE, id);
        flow.add(new Flow.NewPage(null, false, true));
        flow.add(new Flow.Unit(List.of(image), frame.textHeight(), true, List.of(), false));
    }

    /**
     * The imprint page, the title page's verso, in the byline's small type: title, people, publisher and
     * date, rights, identifier, and which Imprint set the book and when.
     */
    private void imprintPage(Metadata metadata, Labels labels, String built) {
        List<String> lines = new ArrayList<>();
        lines.add(metadata.title() + metadata.subtitle().map(s -> ": " + s).orElse(""));
        metadata.contributors().forEach(person -> lines.add(person.name()));
        String published = metadata.publisher().orElse("") + metadata.longDate()
                .map(d -> (metadata.publisher().isPresent() ? ", " : "") + d).orElse("");
        if (!published.isEmpty()) {
            lines.add(published);
        }
        metadata.rights().ifPresent(lines::add);
        Identifier identifier = metadata.identifier();
        lines.add(identifier.scheme() == Identifier.Scheme.ISBN
                ? "ISBN " + identifier.value().replaceFirst("^urn:isbn:", "") : identifier.value());
        lines.add(labels.typesetWith() + " " + built);
        for (String line : lines) {
            ragged(List.of(new Inline.Text(line, chapter.pos())), Element.BYLINE, Role.PARAGRAPH, 0, frame.measure(),
                    SetLine.Alignment.LEFT);
        }
        keepNext = false;
    }

    /**
     * The table of contents: an entry per line (long ones wrap), indented by level, a row of leader dots
     * to its page's folio at the right edge. Dots stand on one grid across the page, as TeX's leaders do,
     * so they line up from entry to entry. Entry and folio link to the heading.
     */
    private void contents(List<TocEntry> toc, Labels labels) {
        ragged(List.of(new Inline.Text(labels.contents(), chapter.pos())), Element.H1, Role.H1, 0, frame.measure());
        Style style = theme.style(Element.BODY);
        FontFace face = new FontFace(theme.fonts().family(style.font()), false, false);
        long size = style.size().millipoints();
        FontMetrics metrics = FontMetrics.of(face);
        int dot = metrics.glyph('.');
        long dotWidth = metrics.advance(dot) * size / metrics.unitsPerEm();
        long pitch = size / 2;
        long numberRoom = size * 3;
        boolean nested = toc.stream().anyMatch(e -> e.level() > 1);
        open(StructureNode.Kind.TOC, null);
        for (TocEntry entry : toc) {
            if (nested && entry.level() == 1) {
                space(leading / 2);
            }
            int block = leaf(StructureNode.Kind.TOCI, null);
            long indent = (entry.level() - 1) * size * 3 / 2;
            ParagraphItems items = new ParagraphItems(shaper, false, false, this::missing);
            items.add(new TextRun(entry.label(), face, size, style.color().rgb(), Role.PARAGRAPH, block, 0, Optional.empty(),
                    theme.fonts().ligatures(), false, -1, entry.anchor()));
            List<Item> list = items.finish();
            long width = frame.measure() - indent - numberRoom;
            List<SetLine> lines = SetLine.set(list, FirstFit.breakLines(list, width).lines(), width, SetLine.Alignment.LEFT);
            List<Placed> placed = new ArrayList<>();
            long y = 0;
            long end = 0;
            for (SetLine line : lines) {
                List<Placed> set = line.place(indent, y + ascent(leading));
                placed.addAll(set);
                end = rightEdge(set, indent);
                y += leading;
            }
            ParagraphItems number = new ParagraphItems(shaper, false, false, this::missing);
            number.add(new TextRun(entry.folio(), face, size, style.color().rgb(), Role.PARAGRAPH, block, 0, Optional.empty(),
                    false, false, -1, entry.anchor()));
            List<Item> numberItems = number.finish();
            List<Placed> folio = SetLine.set(numberItems, FirstFit.breakLines(numberItems, frame.measure()).lines(),
                    frame.measure(), SetLine.Alignment.RIGHT).get(0).place(0, y - leading + ascent(leading));
            long numberStart = folio.stream().filter(Placed.GlyphRun.class::isInstance)
                    .mapToLong(p -> ((Placed.GlyphRun) p).xs()[0]).min().orElse(frame.measure());
            List<Long> xs = new ArrayList<>();
            for (long x = (end + pitch) / pitch * pitch + pitch / 2; x + dotWidth <= numberStart - pitch / 2; x += pitch) {
                xs.add(x);
            }
            if (!xs.isEmpty()) {
                int[] glyphs = new int[xs.size()];
                java.util.Arrays.fill(glyphs, dot);
                placed.add(new Placed.GlyphRun(face, size, y - leading + ascent(leading), glyphs,
                        xs.stream().mapToLong(Long::longValue).toArray(), ".".repeat(xs.size()), false, style.color().rgb(),
                        Role.ARTIFACT, 0, 1, null));
            }
            placed.addAll(folio);
            flow.add(new Flow.Unit(placed, y, true, List.of(), false));
        }
        close();
    }

    /** Where the last glyph of a set line ends. */
    private static long rightEdge(List<Placed> set, long fallback) {
        long end = fallback;
        for (Placed p : set) {
            if (p instanceof Placed.GlyphRun run && run.glyphs().length > 0) {
                end = Math.max(end, run.end());
            }
        }
        return end;
    }

    /** A book's title page: title, subtitle, people and publisher, centred on the page's upper half. */
    private void titlePage(Metadata metadata) {
        flow.add(new Flow.Space(roundUp(frame.textHeight() / 4), false));
        ragged(List.of(new Inline.Text(metadata.title(), chapter.pos())), Element.H1, Role.TITLE, 0, frame.measure(),
                SetLine.Alignment.CENTER);
        metadata.subtitle().ifPresent(s -> ragged(List.of(new Inline.Text(s, chapter.pos())), Element.STANDFIRST,
                Role.PARAGRAPH, 0, frame.measure(), SetLine.Alignment.CENTER));
        flow.add(new Flow.Space(leading * 2, false));
        for (var person : metadata.contributors()) {
            ragged(List.of(new Inline.Text(person.name(), chapter.pos())), Element.STANDFIRST, Role.PARAGRAPH, 0,
                    frame.measure(), SetLine.Alignment.CENTER);
        }
        metadata.publisher().ifPresent(p -> {
            flow.add(new Flow.Space(leading * 4, false));
            ragged(List.of(new Inline.Text(p, chapter.pos())), Element.BYLINE, Role.PARAGRAPH, 0, frame.measure(),
                    SetLine.Alignment.CENTER);
        });
        keepNext = false;
    }

    private void articleHeader(Metadata metadata) {
        ragged(List.of(new Inline.Text(metadata.title(), chapter.pos())), Element.H1, Role.TITLE, 0, frame.measure());
        metadata.subtitle().or(metadata::description).ifPresent(s ->
                ragged(List.of(new Inline.Text(s, chapter.pos())), Element.STANDFIRST, Role.PARAGRAPH, 0, frame.measure()));
        List<String> authors = metadata.authors().stream().map(a -> a.name()).toList();
        String byline = (authors.isEmpty() ? "" : "By " + String.join(", ", authors))
                + metadata.longDate().map(d -> (authors.isEmpty() ? "" : " · ") + d).orElse("");
        if (!byline.isEmpty()) {
            ragged(List.of(new Inline.Text(byline, chapter.pos())), Element.BYLINE, Role.PARAGRAPH, 0, frame.measure());
        }
        keepNext = false;
    }

    private void blocks(List<Block> list, Box box) {
        indentNext = false;
        for (Block block : list) {
            at = block.pos();
            block(block, box);
        }
    }

    private void block(Block block, Box box) {
        if (block instanceof Block.Heading h) {
            space(theme.style(Element.heading(h.level())).spaceBefore().millipoints());
            anchors.put("#" + chapter.id() + "#" + h.id(), chapterIndex * 1_000_000 + blocks + 1);
            ragged(h.content(), Element.heading(h.level()), Role.heading(h.level()), box.x(), box.width());
            keepNext = true;
            indentNext = false;
        } else if (block instanceof Block.Paragraph p) {
            paragraph(p.content(), box, indentNext ? theme.style(Element.BODY).indent().millipoints() : 0, null, 0);
            indentNext = box.element() == Element.BODY;
        } else if (block instanceof Block.BlockQuote q) {
            Style style = theme.style(Element.BLOCKQUOTE);
            long indent = style.indent().millipoints();
            space(style.spaceBefore().millipoints());
            int first = flow.size();
            open(StructureNode.Kind.BLOCK_QUOTE, null);
            blocks(q.blocks(), inner(box, indent, indent, Element.BLOCKQUOTE, Role.BLOCK_QUOTE));
            close();
            keepTogether(first, SHORT_BLOCK);
            space(style.spaceAfter().millipoints());
            indentNext = false;
        } else if (block instanceof Block.ListBlock list) {
            list(list, box);
        } else if (block instanceof Block.CodeBlock code) {
            code(code, box);
        } else if (block instanceof Block.ThematicBreak) {
            space(leading / 2);
            ragged(List.of(new Inline.Text("⁂", block.pos())), Element.BODY, Role.ARTIFACT, box.x(), box.width(),
                    SetLine.Alignment.CENTER);
            space(leading / 2);
            indentNext = false;
        } else if (block instanceof Block.Figure figure) {
            figure(figure, box);
        } else if (block instanceof Block.Table table) {
            table(table, box);
        } else if (block instanceof Block.Division division) {
            Style style = theme.style(Element.ASIDE);
            long indent = leading;
            space(style.spaceBefore().millipoints());
            open(StructureNode.Kind.DIV, null);
            if (!division.title().isEmpty()) {
                ragged(division.title(), Element.ASIDE, Role.ASIDE, box.x() + indent, box.width() - indent, SetLine.Alignment.LEFT, true);
                keepNext = true;
            }
            Element element = division.kind() == Block.Division.Kind.PULL_QUOTE ? Element.BLOCKQUOTE : Element.ASIDE;
            int first = flow.size() - (division.title().isEmpty() ? 0 : 2);
            blocks(division.blocks(), inner(box, indent, 0, element, Role.ASIDE));
            close();
            Flow.Bar bar = new Flow.Bar(box.x() + indent / 3, 1_500, style.border().rgb());
            for (int f = Math.max(0, first); f < flow.size(); f++) {
                if (flow.get(f) instanceof Flow.Line line) {
                    flow.set(f, line.withBar(bar));
                }
            }
            space(style.spaceAfter().millipoints());
            indentNext = false;
        }
    }

    /** Block quotations and list items of at most this many lines are never split across pages. */
    private static final int SHORT_BLOCK = 6;

    /** Forbids page breaks inside the flow from {@code first} on, if it holds at most {@code maxLines} lines. */
    private void keepTogether(int first, int maxLines) {
        long lines = flow.subList(first, flow.size()).stream().filter(Flow.Line.class::isInstance).count();
        if (lines > maxLines) {
            return;
        }
        boolean seenLine = false;
        for (int f = first; f < flow.size(); f++) {
            if (flow.get(f) instanceof Flow.Line line) {
                if (seenLine) {
                    flow.set(f, new Flow.Line(line.line(), line.x(), line.height(), line.ascent(), false, line.label(),
                            line.labelX(), line.bar()));
                }
                seenLine = true;
            } else if (flow.get(f) instanceof Flow.Space space && seenLine) {
                flow.set(f, new Flow.Space(space.height(), false));
            }
        }
    }

    /**
     * A container's box inside {@code box}, indented on the left and right; deep nesting stops indenting
     * once the measure would fall below a third of the page's, so text never runs out of room.
     */
    private Box inner(Box box, long left, long right, Element element, Role role) {
        if (box.width() - left - right < frame.measure() / 3) {
            return new Box(box.x(), box.width(), element, role);
        }
        return new Box(box.x() + left, box.width() - left - right, element, role);
    }

    /** A new leaf block holding items of {@code role}, in the structure under the innermost open container. */
    private int nextBlock(Role role) {
        return leaf(StructureNode.Kind.of(role), null);
    }

    /**
     * A new block number, and a leaf of {@code kind} for it in the structure under the innermost open
     * container (none when {@code kind} is null: artifacts, and figures with nothing to say of them).
     */
    private int leaf(StructureNode.Kind kind, String alt) {
        int id = chapterIndex * 1_000_000 + ++blocks;
        if (kind != null) {
            structure.add(new StructureNode(id, open.peek(), kind, alt, null, at));
        }
        return id;
    }

    /**
     * The PNG or JPEG that stands in for a WebP image in the PDF: a file of the same name beside it
     * (PDF cannot hold WebP). A stand-in that is a link out of the WebP's folder is not taken.
     */
    private static Optional<java.nio.file.Path> printStandIn(java.nio.file.Path webp) {
        String stem = webp.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        for (String extension : List.of(".png", ".jpg", ".jpeg", ".PNG", ".JPG", ".JPEG")) {
            java.nio.file.Path candidate = webp.resolveSibling(stem + extension);
            try {
                if (java.nio.file.Files.isRegularFile(candidate)
                        && candidate.toRealPath().getParent().equals(webp.toRealPath().getParent())) {
                    return Optional.of(candidate);
                }
            } catch (java.io.IOException e) {
                // not readable: not a stand-in
            }
        }
        return Optional.empty();
    }

    /** The leaf of a figure's image, with its alternative text: the alt text, else the caption's words. */
    private int figureBlock(Block.Figure figure) {
        String alt = figure.alt().isBlank() ? Inline.plainText(figure.caption()).strip() : figure.alt();
        return leaf(alt.isEmpty() ? null : StructureNode.Kind.FIGURE, alt);
    }

    /** Opens a container in the structure; what follows goes inside it until {@link #close()}. */
    private int open(StructureNode.Kind kind, String language) {
        int id = -(chapterIndex * 1_000_000 + ++containers);
        structure.add(new StructureNode(id, open.peek(), kind, null, language));
        open.push(id);
        return id;
    }

    private void close() {
        open.pop();
    }

    List<StructureNode> structure() {
        return structure;
    }

    /** A justified paragraph; {@code label} (a list bullet) goes before its first line at {@code labelX}. */
    private void paragraph(List<Inline> content, Box box, long indent, SetLine label, long labelX) {
        Style style = theme.style(box.element());
        int block = nextBlock(box.role());
        ParagraphItems items = new ParagraphItems(shaper, theme.fonts().protrusion(), theme.fonts().expansion(),
                this::missing).capitalised(theme.hyphenation().capitalised()).indent(indent);
        runs.add(items, content, InlineRuns.context(theme, style, box.role(), block, hyphenator));
        List<Item> list = items.finish();
        KnuthPlass.Result result = style.align() == Style.Align.JUSTIFY
                ? KnuthPlass.breakLines(list, box.width(), KnuthPlass.Parameters.imprint(style.size().millipoints() * 3 / 2),
                trailingHyphens)
                : FirstFit.breakLines(list, box.width());
        statistics.paragraphs++;
        if (result.pass() == 2) {
            statistics.secondPass++;
        } else if (result.pass() >= 3) {
            statistics.emergency++;
        }
        SetLine.Alignment alignment = switch (style.align()) {
            case JUSTIFY -> SetLine.Alignment.JUSTIFY;
            case CENTER -> SetLine.Alignment.CENTER;
            case RIGHT -> SetLine.Alignment.RIGHT;
            case LEFT -> SetLine.Alignment.LEFT;
        };
        List<SetLine> lines = SetLine.set(list, result.lines(), box.width(), alignment);
        if (alignment == SetLine.Alignment.JUSTIFY) {
            for (int j = 0; j < lines.size() - 1; j++) {
                trailingHyphens = lines.get(j).hyphenated() ? trailingHyphens + 1 : 0;
            }
        }
        addLines(lines, box.x(), leading, label, labelX);
        if (result.overfull() > 0) {
            statistics.overfull += result.overfull();
            diagnostics.warning(at, "a line of this paragraph is wider than the measure",
                    "a word too long to break; consider a shorter word or a URL with slashes");
        }
    }

    /** Lines of one paragraph: no page break within its first or last two lines. */
    private void addLines(List<SetLine> lines, long x, long lineHeight, SetLine label, long labelX) {
        int k = lines.size();
        for (int j = 0; j < k; j++) {
            boolean breakBefore = j == 0 ? !keepNext : j >= 2 && j <= k - 2;
            SetLine line = lines.get(j);
            flow.add(new Flow.Line(line, x, lineHeight, ascent(lineHeight), breakBefore, j == 0 ? label : null, labelX));
            statistics.lines++;
            if (line.hyphenated()) {
                statistics.hyphenated++;
            }
        }
        keepNext = false;
    }

    private long ascent(long lineHeight) {
        return lineHeight * 3 / 4;
    }

    private void ragged(List<Inline> content, Element element, Role role, long x, long width) {
        ragged(content, element, role, x, width, alignment(element));
    }

    private SetLine.Alignment alignment(Element element) {
        return switch (theme.style(element).align()) {
            case CENTER -> SetLine.Alignment.CENTER;
            case RIGHT -> SetLine.Alignment.RIGHT;
            default -> SetLine.Alignment.LEFT;
        };
    }

    private void ragged(List<Inline> content, Element element, Role role, long x, long width, SetLine.Alignment alignment) {
        ragged(content, element, role, x, width, alignment, false);
    }

    /**
     * Ragged lines in an element's own style and leading, padded to whole body lines so running text
     * after it stays on the grid; kept with what follows.
     */
    private void ragged(List<Inline> content, Element element, Role role, long x, long width, SetLine.Alignment alignment,
                        boolean bold) {
        Style style = theme.style(element);
        ParagraphItems items = new ParagraphItems(shaper, false, false, this::missing);
        InlineRuns.Context context = InlineRuns.context(theme, style, role, nextBlock(role), Optional.empty());
        if (bold) {
            context = InlineRuns.bold(context);
        }
        runs.add(items, content, context);
        List<Item> list = items.finish();
        List<SetLine> lines = SetLine.set(list, FirstFit.breakLines(list, width).lines(), width, alignment);
        long lineHeight = style.leading().millipoints();
        boolean first = true;
        for (SetLine line : lines) {
            flow.add(new Flow.Line(line, x, lineHeight, ascent(lineHeight), first && !keepNext, null, 0));
            first = false;
            keepNext = true;
        }
        long total = lines.size() * lineHeight + style.spaceAfter().millipoints();
        long padded = roundUp(total);
        flow.add(new Flow.Space(padded - lines.size() * lineHeight, false));
        keepNext = true;
    }

    private long roundUp(long height) {
        return (height + leading - 1) / leading * leading;
    }

    private void space(long amount) {
        if (amount <= 0) {
            return;
        }
        long lines = Math.max(1, Math.round(amount / (double) leading));
        flow.add(new Flow.Space(lines * leading, !keepNext));
    }

    private void list(Block.ListBlock list, Box box) {
        long indent = leading * 3 / 2;
        int number = list.start();
        Style style = theme.style(box.element());
        open(StructureNode.Kind.L, null);
        for (Block.ListItem item : list.items()) {
            open(StructureNode.Kind.LI, null);
            String labelText = item.task().map(done -> done ? "■" : "□")
                    .orElse(list.ordered() ? number + "." : "•");
            number++;
            ParagraphItems labelItems = new ParagraphItems(shaper, false, false, this::missing);
            runs.add(labelItems, List.of(new Inline.Text(labelText, item.pos())),
                    InlineRuns.context(theme, style, Role.LIST_LABEL, nextBlock(Role.LIST_LABEL), Optional.empty()));
            List<Item> labelList = labelItems.finish();
            SetLine label = SetLine.set(labelList, FirstFit.breakLines(labelList, indent).lines(), indent - leading / 4,
                    SetLine.Alignment.RIGHT).get(0);
            Box inner = inner(box, indent, 0, box.element(), Role.LIST_ITEM);
            int itemStart = flow.size();
            boolean first = true;
            open(StructureNode.Kind.LBODY, null);
            for (Block child : item.blocks()) {
                at = child.pos();
                if (first && child instanceof Block.Paragraph p) {
                    paragraph(p.content(), inner, 0, label, box.x());
                } else {
                    if (first) {
                        flow.add(new Flow.Line(label, box.x(), leading, ascent(leading), true, null, 0));
                    }
                    block(child, inner);
                }
                first = false;
            }
            close();
            close();
            keepTogether(itemStart, SHORT_BLOCK);
            if (!list.tight()) {
                space(leading / 2);
            }
        }
        close();
        indentNext = false;
    }

    private void code(Block.CodeBlock code, Box box) {
        Style style = theme.style(Element.CODE);
        space(style.spaceBefore().millipoints());
        FontFace face = new FontFace(theme.fonts().mono(), false, false);
        long lineHeight = style.leading().millipoints();
        int block = nextBlock(Role.CODE);
        List<SetLine> lines = new ArrayList<>();
        long size = style.size().millipoints();
        long mark = FontMetrics.of(face).advance(FontMetrics.of(face).glyph('→')) * size / FontMetrics.of(face).unitsPerEm() * 2;
        for (List<Highlighter.Token> source : codeLines(Highlighter.tokens(code.text().replace("\t", "    "), code.language()))) {
            ParagraphItems items = new ParagraphItems(shaper, false, false, this::missing);
            if (source.isEmpty()) {
                source = List.of(new Highlighter.Token(Highlighter.Kind.PLAIN, " "));
            }
            for (Highlighter.Token token : source) {
                items.add(new TextRun(token.text().replace(' ', '\u00A0'), face, size, colour(token.kind(), style), Role.CODE,
                        block, 0, Optional.empty(), false, true, -1));
            }
            List<Item> list = items.finish();
            List<KnuthPlass.Line> broken = FirstFit.breakLines(list, box.width() - mark).lines();
            List<SetLine> set = SetLine.set(list, broken, box.width() - mark, SetLine.Alignment.LEFT);
            for (int j = 0; j < set.size(); j++) {
                lines.add(j == 0 ? set.get(j) : continued(set.get(j), mark, face, size, style));
            }
        }
        for (int j = 0; j < lines.size(); j++) {
            boolean breakBefore = j == 0 ? !keepNext : j >= 2 && j <= lines.size() - 2;
            flow.add(new Flow.Line(lines.get(j), box.x(), lineHeight, ascent(lineHeight), breakBefore, null, 0));
        }
        keepNext = false;
        long total = lines.size() * lineHeight + style.spaceAfter().millipoints();
        flow.add(new Flow.Space(roundUp(total) - lines.size() * lineHeight, true));
        indentNext = false;
    }

    /** The tokens of a code block, line by line: a token that spans lines is cut at each line end. */
    private static List<List<Highlighter.Token>> codeLines(List<Highlighter.Token> tokens) {
        List<List<Highlighter.Token>> lines = new ArrayList<>();
        List<Highlighter.Token> line = new ArrayList<>();
        for (Highlighter.Token token : tokens) {
            String[] parts = token.text().split("\n", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
                if (!parts[p].isEmpty()) {
                    line.add(new Highlighter.Token(token.kind(), parts[p]));
                }
            }
        }
        lines.add(line);
        return lines;
    }

    private int colour(Highlighter.Kind kind, Style style) {
        Theme.Syntax s = theme.syntax();
        return switch (kind) {
            case KEYWORD -> s.keyword().rgb();
            case STRING -> s.string().rgb();
            case COMMENT -> s.comment().rgb();
            case NUMBER -> s.number().rgb();
            case TAG -> s.tag().rgb();
            case ATTRIBUTE -> s.attribute().rgb();
            case PLAIN -> style.color().rgb();
        };
    }

    /** A wrapped code line's continuation: an arrow in the margin of the code, then the rest. */
    private SetLine continued(SetLine line, long mark, FontFace face, long size, Style style) {
        ParagraphItems arrow = new ParagraphItems(shaper, false, false, this::missing);
        arrow.add(new TextRun("→", face, size, theme.syntax().comment().rgb(), Role.ARTIFACT, 0, 0, Optional.empty(), false,
                false, -1));
        List<Item> list = arrow.finish();
        SetLine marker = SetLine.set(list, FirstFit.breakLines(list, mark).lines(), mark, SetLine.Alignment.LEFT).get(0);
        List<SetLine.Piece> pieces = new ArrayList<>(marker.pieces());
        for (SetLine.Piece piece : line.pieces()) {
            pieces.add(new SetLine.Piece(piece.text(), piece.x() + mark, piece.spaced(), piece.scale()));
        }
        return new SetLine(pieces, line.notes(), false, line.overfull());
    }

    private void figure(Block.Figure figure, Box box) {
        space(leading / 2);
        List<Placed> items = new ArrayList<>();
        long height = 0;
        int block = figureBlock(figure);
        var image = figure.image();
        Optional<java.nio.file.Path> stand = image.mediaType().equals("image/webp") ? printStandIn(image.file())
                : Optional.of(image.file());
        if (image.width() > 0 && image.height() > 0 && stand.isPresent()) {
            image = new io.github.imprint.model.ImageRef(stand.get(), image.mediaType(), image.width(), image.height(),
                    image.widthHint());
            long maxWidth = box.width();
            if (image.widthHint().filter(w -> w.endsWith("%")).isPresent()) {
                maxWidth = box.width() * Math.min(100, Integer.parseInt(image.widthHint().get().replace("%", ""))) / 100;
            }
            long maxHeight = frame.textHeight() * 6 / 10;
            double scale = Math.min(maxWidth / (double) image.width(), maxHeight / (double) image.height());
            long w = Math.round(image.width() * scale);
            long h = Math.round(image.height() * scale);
            items.add(new Placed.Image(image, box.x() + (box.width() - w) / 2, 0, w, h, figure.alt(), Role.FIGURE, block));
            height = h + leading / 3;
        } else if (image.mediaType().equals("image/webp")) {
            String name = image.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
            diagnostics.warning(figure.pos(), "a WebP image cannot go into a PDF, and there is no PNG or JPEG of it; "
                    + "the figure shows its caption only", "put " + name + ".png or " + name + ".jpg beside "
                    + image.file().getFileName() + "; the PDF takes it, the EPUB keeps the WebP");
        } else {
            diagnostics.warning(figure.pos(), "the SVG gives no size (width and height, or a viewBox); "
                    + "the figure shows its caption only", "give the root <svg> element a viewBox");
        }
        if (!figure.caption().isEmpty()) {
            Style style = theme.style(Element.CAPTION);
            ParagraphItems captionItems = new ParagraphItems(shaper, false, false, this::missing);
            runs.add(captionItems, figure.caption(), InlineRuns.context(theme, style, Role.CAPTION, nextBlock(Role.CAPTION), Optional.empty()));
            List<Item> list = captionItems.finish();
            long lineHeight = style.leading().millipoints();
            for (SetLine line : SetLine.set(list, FirstFit.breakLines(list, box.width()).lines(), box.width(), SetLine.Alignment.LEFT)) {
                items.addAll(line.place(box.x(), height + ascent(lineHeight)));
                height += lineHeight;
            }
        }
        flow.add(new Flow.Unit(items, roundUp(height), !keepNext, List.of(), true));
        keepNext = false;
        space(leading / 2);
        indentNext = false;
    }

    private void table(Block.Table table, Box box) {
        Style style = theme.style(Element.TABLE);
        space(style.spaceBefore().millipoints());
        int columns = Math.max(1, table.alignments().size());
        long gap = leading / 2;
        long columnWidth = (box.width() - gap * (columns - 1)) / columns;
        long lineHeight = style.leading().millipoints();
        long total = 0;
        List<List<Block.Table.Cell>> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        Flow.Unit headerRow = null;
        open(StructureNode.Kind.TABLE, null);
        for (int r = 0; r < rows.size(); r++) {
            open(StructureNode.Kind.TR, null);
            boolean header = r < table.header().size();
            List<Placed> items = new ArrayList<>();
            long rowHeight = lineHeight;
            List<Block.Table.Cell> row = rows.get(r);
            for (int c = 0; c < row.size() && c < columns; c++) {
                at = row.get(c).pos();
                ParagraphItems cellItems = new ParagraphItems(shaper, false, false, this::missing);
                InlineRuns.Context context = InlineRuns.context(theme, style, header ? Role.TABLE_HEADER_CELL : Role.TABLE_CELL,
                        nextBlock(header ? Role.TABLE_HEADER_CELL : Role.TABLE_CELL), header ? Optional.empty() : hyphenator);
                if (header) {
                    context = InlineRuns.bold(context);
                }
                runs.add(cellItems, row.get(c).content(), context);
                List<Item> list = cellItems.finish();
                SetLine.Alignment alignment = switch (table.alignments().get(c)) {
                    case CENTER -> SetLine.Alignment.CENTER;
                    case RIGHT -> SetLine.Alignment.RIGHT;
                    default -> SetLine.Alignment.LEFT;
                };
                long y = 0;
                long x = box.x() + c * (columnWidth + gap);
                for (SetLine line : SetLine.set(list, FirstFit.breakLines(list, columnWidth).lines(), columnWidth, alignment)) {
                    items.addAll(line.place(x, y + ascent(lineHeight) + lineHeight / 6));
                    y += lineHeight;
                }
                rowHeight = Math.max(rowHeight, y);
            }
            close();
            rowHeight += lineHeight / 3;
            items.add(new Placed.Rule(box.x(), rowHeight - 300, box.width(), header ? 600 : 250,
                    style.border().rgb(), Role.ARTIFACT));
            Flow.Unit unit = new Flow.Unit(items, rowHeight, r == 0 ? !keepNext : r > table.header().size(), List.of(), false,
                    header ? null : headerRow);
            if (header && r == table.header().size() - 1) {
                headerRow = new Flow.Unit(items, rowHeight, true, List.of(), false);
            }
            flow.add(unit);
            keepNext = false;
            total += rowHeight;
        }
        close();
        long after = roundUp(total + style.spaceAfter().millipoints()) - total;
        flow.add(new Flow.Space(after, true));
        indentNext = false;
    }

    /**
     * A footnote's lines at the foot's measure: its paragraphs justified, quotations (verse, often) and
     * lists indented, code as it is; the number leads the first line.
     */
    private void footnote(Footnote note) {
        int key = noteKey(chapterIndex, note.number());
        List<Flow.Line> lines = new ArrayList<>();
        anchors.put("#note-" + key, chapterIndex * 1_000_000 + blocks + 1);
        open(StructureNode.Kind.NOTE, null);
        noteBlocks(note.blocks(), 0, note.number() + ". ", key, lines, new int[]{2});
        close();
        notes.put(key, new io.github.imprint.typeset.paginate.Footnote(key, lines));
    }

    /** A note's blocks; {@code label}, its number, leads the first paragraph and links back to the call. */
    private void noteBlocks(List<Block> blocks, long indent, String label, int key, List<Flow.Line> lines, int[] hyphens) {
        for (Block block : blocks) {
            at = block.pos();
            if (block instanceof Block.Paragraph p) {
                noteParagraph(p.content(), indent, lines, hyphens, label, key);
                label = null;
            } else if (block instanceof Block.CodeBlock code) {
                noteParagraph(List.of(new Inline.Code(code.text(), code.pos())), indent, lines, hyphens, null, key);
            } else if (block instanceof Block.Heading h) {
                noteParagraph(h.content(), indent, lines, hyphens, null, key);
            } else if (!block.childBlocks().isEmpty()) {
                if (label != null) {
                    noteParagraph(List.of(), indent, lines, hyphens, label.strip(), key);
                    label = null;
                }
                noteBlocks(block.childBlocks(), indent + (block instanceof Block.BlockQuote ? leading : 0), null, key, lines,
                        hyphens);
            }
        }
    }

    private void noteParagraph(List<Inline> content, long indent, List<Flow.Line> lines, int[] hyphens, String label,
                               int key) {
        Style style = theme.style(Element.FOOTNOTE);
        long lineHeight = style.leading().millipoints();
        long width = frame.measure() - indent;
        ParagraphItems items = new ParagraphItems(shaper, theme.fonts().protrusion(), theme.fonts().expansion(), this::missing)
                .capitalised(theme.hyphenation().capitalised());
        InlineRuns.Context context = InlineRuns.context(theme, style, Role.NOTE, nextBlock(Role.NOTE), hyphenator);
        if (label != null) {
            items.add(new TextRun(label, context.face(), context.size(), context.rgb(), Role.NOTE, context.block(), 0,
                    Optional.empty(), false, false, -1, "#call-" + key));
        }
        runs.add(items, content, context);
        List<Item> list = items.finish();
        KnuthPlass.Result result = KnuthPlass.breakLines(list, width, KnuthPlass.Parameters.imprint(style.size().millipoints() * 2),
                hyphens[0]);
        List<SetLine> set = SetLine.set(list, result.lines(), width, SetLine.Alignment.JUSTIFY);
        for (int j = 0; j < set.size(); j++) {
            lines.add(new Flow.Line(set.get(j), indent, lineHeight, ascent(lineHeight), true, null, 0));
            if (j < set.size() - 1) {
                hyphens[0] = set.get(j).hyphenated() ? hyphens[0] + 1 : 0;
            }
        }
    }

    private void missing(int codePoint) {
        missing.putIfAbsent(codePoint, at);
    }
}
