package io.github.imprint.typeset;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.font.FontFace;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.layout.PrintPages;
import io.github.imprint.layout.Spot;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.Direction;
import io.github.imprint.model.Index;
import io.github.imprint.model.IndexWords;
import io.github.imprint.model.Publication;
import io.github.imprint.theme.PageGeometry;
import io.github.imprint.theme.Theme;
import io.github.imprint.theme.ThemeLoader;
import io.github.imprint.typeset.back.IndexPages;
import io.github.imprint.typeset.cache.Runs;
import io.github.imprint.typeset.flow.ChapterWalk;
import io.github.imprint.typeset.flow.ParagraphMemo;
import io.github.imprint.typeset.flow.References;
import io.github.imprint.typeset.flow.SetChapter;
import io.github.imprint.typeset.flow.Statistics;
import io.github.imprint.typeset.front.ContentsEntry;
import io.github.imprint.typeset.front.FrontMatter;
import io.github.imprint.typeset.front.RunningHeads;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.paginate.Folio;
import io.github.imprint.typeset.paginate.PageBuilder;
import io.github.imprint.typeset.paginate.PageFrame;
import io.github.imprint.typeset.paginate.PageTrace;
import io.github.imprint.typeset.shape.Shaper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sets a publication in pages, in named steps:
 *
 * <ol>
 * <li><b>set and paginate each chapter</b> — its blocks become a flow of lines, spaces and units
 *     ({@link ChapterWalk}), and the flow fills pages ({@link PageBuilder}). A book's chapters open on a
 *     recto, so a chapter's pages depend on those before it only for their numbers: the chapters are
 *     set on all cores, and each one's lines are let go as soon as its pages stand;</li>
 * <li><b>number</b> — the pages, in order, get their numbers and folios, with a blank verso before a
 *     chapter that would open on the left;</li>
 * <li><b>report</b> — characters no face has, once each at their first use, and each chapter's
 *     warnings;</li>
 * <li><b>front matter</b> — for a book, the title, imprint and contents pages, numbered in roman, set
 *     last so the contents can give the body's folios ({@link FrontMatter});</li>
 * <li><b>assemble</b> — the pages, the anchors, the structure and the statistics.</li>
 * </ol>
 */
public final class Typesetter {

    private Typesetter() {}

    /** What every step shares: the theme, the page frame, the shaper, hyphenation and the running heads. */
    record Setting(
            Publication publication,
            Theme theme,
            PageFrame frame,
            Shaper shaper,
            Function<String, Optional<Hyphenator>> hyphenators,
            Map<String, Optional<Hyphenator>> hyphenatorsAsked,
            Function<String, SetLine> heads,
            Set<Trace> traces,
            Locator locator,
            Map<Integer, ParagraphMemo> memos,
            Reuse reuse) {}

    /**
     * A run of chapters paginated together (a chapter and the ones nested under it that follow on),
     * with its pages' trace (null when none was asked for).
     */
    record Chapter(List<SetChapter> sets, List<Page> pages, PageTrace trace) {}

    public static PagedDocument typeset(Publication publication, Theme theme, Diagnostics diagnostics) {
        return typeset(publication, theme, diagnostics, "Imprint", Set.of(), Locator.BLOCKS);
    }

    /**
     * Sets the publication's pages; a book gets front matter whose imprint page says it was set by
     * {@code built} (such as "Imprint 1.0, 2026-11-25").
     *
     * @param traces what the run is to tell of its decisions, in the document's {@code trace}
     * @param locator where in the sources a character of a block is, for reports of characters
     */
    public static PagedDocument typeset(
            Publication publication,
            Theme theme,
            Diagnostics diagnostics,
            String built,
            Set<Trace> traces,
            Locator locator) {
        return typeset(publication, theme, diagnostics, built, traces, locator, Runs.NONE);
    }

    /**
     * Sets the publication's pages, taking from {@code kept} the runs of chapters an earlier build set
     * from the same sources and keeping there those it sets (see {@link Reuse}).
     */
    public static PagedDocument typeset(
            Publication publication,
            Theme theme,
            Diagnostics diagnostics,
            String built,
            Set<Trace> traces,
            Locator locator,
            Runs kept) {
        References references = References.of(publication, theme);
        Setting setting =
                setting(publication, theme, traces, locator, Reuse.of(kept, publication, theme, references, traces));
        List<List<Integer>> runs = runs(setting);
        List<Chapter> chapters =
                settle(setting, runs, setAndPaginate(setting, runs, references, i -> true), references);
        setting.memos().clear();
        List<Integer> firstPages = new ArrayList<>();
        List<Page> pages = number(setting, chapters, firstPages);
        int bodyPages = pages.size();
        Warnings.report(
                chapters.stream().flatMap(run -> run.sets().stream()).toList(),
                setting.hyphenatorsAsked(),
                theme,
                locator,
                diagnostics);
        Map<Destination, BlockId> anchors = new LinkedHashMap<>();
        chapters.forEach(run -> run.sets().forEach(chapter -> anchors.putAll(chapter.anchors())));
        Map<Destination, Spot> spots = new LinkedHashMap<>();
        chapters.forEach(run -> run.sets().forEach(chapter -> spots.putAll(chapter.spots())));
        List<StructureNode> structure = new ArrayList<>();
        List<StructureNode> back = new ArrayList<>();
        pages = withIndex(setting, pages, anchors, spots, back, references);
        if (publication.kind() == Publication.Kind.BOOK) {
            pages = withFrontMatter(setting, pages, anchors, structure, built, references);
        }
        chapters.forEach(run -> run.sets().forEach(chapter -> structure.addAll(chapter.structure())));
        structure.addAll(back);
        return new PagedDocument(
                publication.metadata().title(),
                publication.metadata().language(),
                pages,
                statistics(chapters),
                anchors,
                spots,
                structure,
                trace(setting, chapters, firstPages, pages.size() - bodyPages));
    }

    /**
     * The run's trace, chapter by chapter: each paragraph's breaks, then each page's end. Pages are
     * numbered as the PDF numbers them, from 1 at the front matter's first page.
     */
    private static String trace(Setting s, List<Chapter> chapters, List<Integer> firstPages, int frontPages) {
        if (s.traces().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < chapters.size(); c++) {
            Chapter run = chapters.get(c);
            for (SetChapter chapter : run.sets()) {
                out.append("%% chapter ")
                        .append(chapter.index() + 1)
                        .append(": ")
                        .append(s.publication().chapters().get(chapter.index()).id())
                        .append("\n\n")
                        .append(chapter.trace());
            }
            if (run.trace() != null) {
                out.append(run.trace().text(firstPages.get(c) + frontPages)).append('\n');
            }
        }
        return out.toString();
    }

    /** The page's trim, margins and direction, as the theme and the publication's language give them. */
    public static PageFrame frame(Publication publication, Theme theme) {
        PageGeometry g = theme.page();
        return new PageFrame(
                g.width().millipoints(),
                g.height().millipoints(),
                g.marginTop().millipoints(),
                g.marginBottom().millipoints(),
                g.marginInside().millipoints(),
                g.marginOutside().millipoints(),
                Direction.of(publication.metadata().language()).rightToLeft());
    }

    private static Setting setting(
            Publication publication, Theme theme, Set<Trace> traces, Locator locator, Reuse reuse) {
        PageFrame frame = frame(publication, theme);
        LinkedHashSet<String> chain = new LinkedHashSet<>(List.of(
                theme.fonts().serif(), theme.fonts().sans(), theme.fonts().mono()));
        chain.addAll(ThemeLoader.BUNDLED_FAMILIES);
        Shaper shaper = new Shaper(
                chain.stream().map(family -> new FontFace(family, false, false)).toList(),
                theme.fonts().scripts(),
                publication.metadata().language());
        List<String> exceptions = new ArrayList<>(theme.hyphenation().exceptions());
        exceptions.addAll(publication.metadata().hyphenation());
        Map<String, Optional<Hyphenator>> hyphenators = new ConcurrentHashMap<>();
        Function<String, Optional<Hyphenator>> hyphenator = language -> hyphenators.computeIfAbsent(
                language, l -> Hyphenator.forLanguage(l).map(h -> h.withExceptions(exceptions)));
        return new Setting(
                publication,
                theme,
                frame,
                shaper,
                hyphenator,
                hyphenators,
                RunningHeads.setter(theme, frame, shaper),
                Set.copyOf(traces),
                locator,
                new ConcurrentHashMap<>(),
                reuse);
    }

    /**
     * The chapters, set and paginated in runs: a chapter that starts a new page (in a book, one at most
     * {@code chapters.new-page-depth} deep in the outline; in an article, the first) opens a run, and
     * the chapters nested under it follow on in the same run. Runs are independent but for their page
     * numbers, so they are set on all cores, and each run's flow is let go once its pages stand.
     */
    private static List<List<Integer>> runs(Setting s) {
        Publication publication = s.publication();
        List<List<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < publication.chapters().size(); i++) {
            if (runs.isEmpty() || ChapterWalk.opensPage(publication, i, s.theme())) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(i);
        }
        return runs;
    }

    /** The most passes over the chapters that hold references by page (see {@link References}). */
    private static final int PASSES = 4;

    /**
     * Sets again, with the pages the pass before found, the runs whose chapters hold references by
     * page, until the targets and references stay where they were.
     */
    private static List<Chapter> settle(
            Setting s, List<List<Integer>> runs, List<Chapter> chapters, References references) {
        if (!references.asksForPages()) {
            return chapters;
        }
        List<Chapter> current = chapters;
        for (int pass = 2; pass <= PASSES; pass++) {
            List<Page> pages = number(s, current, new ArrayList<>());
            Map<Destination, BlockId> anchors = new LinkedHashMap<>();
            current.forEach(run -> run.sets().forEach(chapter -> anchors.putAll(chapter.anchors())));
            References.Placement placed = References.Placement.of(pages, anchors, references.numbering());
            if (placed.equals(references.placement())) {
                return current;
            }
            References known = references.placed(placed);
            references = known;
            List<Chapter> again = setAndPaginate(
                    s,
                    runs,
                    known,
                    run -> run.stream()
                            .anyMatch(i -> known.asksForPages(
                                    s.publication().chapters().get(i))));
            List<Chapter> next = new ArrayList<>(current);
            for (int r = 0; r < runs.size(); r++) {
                if (again.get(r) != null) {
                    next.set(r, again.get(r));
                }
            }
            current = next;
        }
        return current;
    }

    /** The runs {@code which} picks, set and paginated; the others are null. */
    private static List<Chapter> setAndPaginate(
            Setting s, List<List<Integer>> runs, References references, Predicate<List<Integer>> which) {
        return runs.parallelStream()
                .map(run -> which.test(run) ? RunSetter.reusedOrSet(s, run, references) : null)
                .toList();
    }

    /**
     * The chapters' pages in order, numbered from 1, a book's chapters each opening on a recto; the
     * number of each chapter's first page goes into {@code firstPages}.
     */
    private static List<Page> number(Setting s, List<Chapter> chapters, List<Integer> firstPages) {
        PageFrame frame = s.frame();
        PageBuilder numbering = new PageBuilder(
                frame,
                Map.of(),
                new PageBuilder.Running(s.publication().metadata().title(), "", s.heads()),
                PageBuilder.Numbering.ARABIC);
        List<Page> pages = new ArrayList<>();
        for (Chapter chapter : chapters) {
            if (s.publication().kind() == Publication.Kind.BOOK && pages.size() % 2 == 1) {
                pages.add(new Page(
                        pages.size() + 1,
                        Integer.toString(pages.size() + 1),
                        frame.width(),
                        frame.height(),
                        List.of()));
            }
            firstPages.add(pages.size() + 1);
            for (Page page : chapter.pages()) {
                pages.add(numbering.folio(page, pages.size() + 1));
            }
        }
        return pages;
    }

    /**
     * The body's pages with the index after them, when the book marks terms: from a recto in a book,
     * its locators the folios of the body's pages the marks stand on (see {@link IndexPages}).
     */
    private static List<Page> withIndex(
            Setting s,
            List<Page> body,
            Map<Destination, BlockId> anchors,
            Map<Destination, Spot> spots,
            List<StructureNode> structure,
            References references) {
        IndexWords words = s.theme().index().words(s.publication().metadata().language());
        Index index = Index.of(s.publication(), words.symbols());
        if (index.isEmpty()) {
            return body;
        }
        Map<Index.Mark, Index.Place> places = PrintPages.marks(body, spots);
        List<Page> pages = new ArrayList<>(body);
        PageFrame frame = s.frame();
        if (s.publication().kind() == Publication.Kind.BOOK && pages.size() % 2 == 1) {
            int n = pages.size() + 1;
            pages.add(new Page(n, Integer.toString(n), frame.width(), frame.height(), List.of()));
        }
        IndexPages.Result set = IndexPages.set(
                s.theme(),
                frame,
                s.publication(),
                s.shaper(),
                s.hyphenators(),
                references,
                index,
                words,
                places,
                pages.size() + 1,
                new PageBuilder(
                        frame,
                        Map.of(),
                        new PageBuilder.Running(s.publication().metadata().title(), "", s.heads()),
                        PageBuilder.Numbering.ARABIC),
                s.heads());
        pages.addAll(set.pages());
        anchors.put(
                Destination.Anchor.chapter(IndexPages.CHAPTER_ID),
                set.set().structure().get(0).id());
        anchors.putAll(set.anchors());
        structure.addAll(set.set().structure());
        return pages;
    }

    /** The contents' entries, and the index's last when the book has one. */
    private static List<ContentsEntry> withIndexEntry(
            Setting s, List<ContentsEntry> contents, Map<Destination, BlockId> anchors, List<Page> body) {
        Destination index = Destination.Anchor.chapter(IndexPages.CHAPTER_ID);
        BlockId title = anchors.get(index);
        if (title == null || contents.isEmpty()) {
            return contents;
        }
        List<ContentsEntry> all = new ArrayList<>(contents);
        Page page = PrintPages.firstPages(body).get(title);
        if (page != null) {
            String words = s.theme()
                    .index()
                    .words(s.publication().metadata().language())
                    .title();
            all.add(new ContentsEntry(1, words, index, page.folio()));
        }
        return all;
    }

    /**
     * The front matter, numbered in roman, before the body. It has an even number of pages, so the
     * body still opens on a recto.
     */
    private static List<Page> withFrontMatter(
            Setting s,
            List<Page> body,
            Map<Destination, BlockId> anchors,
            List<StructureNode> structure,
            String built,
            References references) {
        PageFrame frame = s.frame();
        SetChapter front = FrontMatter.set(
                s.theme(),
                frame,
                s.publication(),
                s.shaper(),
                s.hyphenators(),
                withIndexEntry(
                        s, FrontMatter.contents(s.publication(), s.theme().tocDepth(), anchors, body), anchors, body),
                FrontMatter.lists(s.theme(), references, anchors, body),
                built,
                references);
        List<Page> pages = new ArrayList<>(new PageBuilder(
                        frame,
                        Map.of(),
                        new PageBuilder.Running(s.publication().metadata().title(), "", s.heads()),
                        PageBuilder.Numbering.ROMAN)
                .build(front.flow()));
        if (pages.size() % 2 == 1) {
            int number = pages.size() + 1;
            pages.add(new Page(number, Folio.roman(number), frame.width(), frame.height(), List.of()));
        }
        int offset = pages.size();
        for (Page page : body) {
            pages.add(new Page(
                    page.number() + offset, page.folio(), page.width(), page.height(), page.items(), page.turn()));
        }
        structure.addAll(front.structure());
        return pages;
    }

    private static PagedDocument.Statistics statistics(List<Chapter> chapters) {
        int paragraphs = 0;
        int lines = 0;
        int hyphenated = 0;
        int overfull = 0;
        int second = 0;
        int emergency = 0;
        for (SetChapter chapter :
                chapters.stream().flatMap(run -> run.sets().stream()).toList()) {
            Statistics s = chapter.statistics();
            paragraphs += s.paragraphs();
            lines += s.lines();
            hyphenated += s.hyphenated();
            overfull += s.overfull();
            second += s.secondPass();
            emergency += s.emergency();
        }
        return new PagedDocument.Statistics(paragraphs, lines, hyphenated, overfull, second, emergency);
    }
}
