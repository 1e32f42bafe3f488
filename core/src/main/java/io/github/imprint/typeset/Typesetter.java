package io.github.imprint.typeset;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.font.Scripts;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.Direction;
import io.github.imprint.model.Publication;
import io.github.imprint.model.SourcePos;
import io.github.imprint.theme.PageGeometry;
import io.github.imprint.theme.Theme;
import io.github.imprint.theme.ThemeLoader;
import io.github.imprint.typeset.flow.ChapterWalk;
import io.github.imprint.typeset.flow.References;
import io.github.imprint.typeset.flow.SetChapter;
import io.github.imprint.typeset.flow.Statistics;
import io.github.imprint.typeset.front.FrontMatter;
import io.github.imprint.typeset.front.RunningHeads;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.paginate.Flow;
import io.github.imprint.typeset.paginate.Folio;
import io.github.imprint.typeset.paginate.NoteLines;
import io.github.imprint.typeset.paginate.PageBuilder;
import io.github.imprint.typeset.paginate.PageFrame;
import io.github.imprint.typeset.paginate.PageTrace;
import io.github.imprint.typeset.shape.Shaper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    private record Setting(
            Publication publication,
            Theme theme,
            PageFrame frame,
            Shaper shaper,
            Function<String, Optional<Hyphenator>> hyphenators,
            Map<String, Optional<Hyphenator>> hyphenatorsAsked,
            Function<String, SetLine> heads,
            Set<Trace> traces,
            Locator locator) {}

    /**
     * A run of chapters paginated together (a chapter and the ones nested under it that follow on),
     * with its pages' trace (null when none was asked for).
     */
    private record Chapter(List<SetChapter> sets, List<Page> pages, PageTrace trace) {}

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
        Setting setting = setting(publication, theme, traces, locator);
        List<List<Integer>> runs = runs(setting);
        References references = References.of(publication, theme);
        List<Chapter> chapters =
                settle(setting, runs, setAndPaginate(setting, runs, references, i -> true), references);
        List<Integer> firstPages = new ArrayList<>();
        List<Page> pages = number(setting, chapters, firstPages);
        int bodyPages = pages.size();
        report(setting, chapters, diagnostics);
        Map<Destination, BlockId> anchors = new LinkedHashMap<>();
        chapters.forEach(run -> run.sets().forEach(chapter -> anchors.putAll(chapter.anchors())));
        List<StructureNode> structure = new ArrayList<>();
        if (publication.kind() == Publication.Kind.BOOK) {
            pages = withFrontMatter(setting, pages, anchors, structure, built, references);
        }
        chapters.forEach(run -> run.sets().forEach(chapter -> structure.addAll(chapter.structure())));
        return new PagedDocument(
                publication.metadata().title(),
                publication.metadata().language(),
                pages,
                statistics(chapters),
                anchors,
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

    private static Setting setting(Publication publication, Theme theme, Set<Trace> traces, Locator locator) {
        PageGeometry g = theme.page();
        PageFrame frame = new PageFrame(
                g.width().millipoints(),
                g.height().millipoints(),
                g.marginTop().millipoints(),
                g.marginBottom().millipoints(),
                g.marginInside().millipoints(),
                g.marginOutside().millipoints(),
                Direction.of(publication.metadata().language()).rightToLeft());
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
                locator);
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
        Publication publication = s.publication();
        String title = publication.metadata().title();
        return runs.parallelStream()
                .map(run -> {
                    if (!which.test(run)) {
                        return null;
                    }
                    List<SetChapter> sets = new ArrayList<>();
                    List<Flow> flow = new ArrayList<>();
                    Map<Destination.Note, NoteLines> notes = new LinkedHashMap<>();
                    for (int i : run) {
                        SetChapter chapter = ChapterWalk.set(
                                s.theme(),
                                s.frame(),
                                publication,
                                i,
                                s.shaper(),
                                s.hyphenators(),
                                references,
                                s.traces().contains(Trace.PARAGRAPHS));
                        flow.addAll(chapter.flow());
                        notes.putAll(chapter.notes());
                        chapter.dropFlow();
                        sets.add(chapter);
                    }
                    int first = run.get(0);
                    String running = publication.kind() == Publication.Kind.ARTICLE
                            ? title
                            : ChapterWalk.runningTitle(publication.chapters().get(first), publication);
                    PageTrace trace = s.traces().contains(Trace.PAGES) ? new PageTrace() : null;
                    List<Page> pages = new PageBuilder(
                                    s.frame(),
                                    notes,
                                    new PageBuilder.Running(title, running, s.heads()),
                                    PageBuilder.Numbering.LATER)
                            .traced(trace)
                            .build(flow);
                    return new Chapter(sets, pages, trace);
                })
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

    /** Whether ideographs, kana or hangul are missing while the CJK fonts are not on the class path. */
    private static boolean cjkMissing(java.util.Set<Integer> missing) {
        return FontLibrary.bundled(new FontFace("Noto Sans CJK", false, false)).isEmpty()
                && missing.stream()
                        .map(Character.UnicodeScript::of)
                        .anyMatch(script -> Scripts.covers(Character.UnicodeScript.HAN, script));
    }

    /** Characters no face has, once each at their first use, then each chapter's own warnings. */
    private static void report(Setting s, List<Chapter> chapters, Diagnostics diagnostics) {
        Map<Integer, SourcePos> missing = new LinkedHashMap<>();
        for (Chapter run : chapters) {
            run.sets().forEach(chapter -> chapter.missing().forEach(missing::putIfAbsent));
        }
        for (Chapter run : chapters) {
            run.sets().forEach(chapter -> chapter.diagnostics().all().forEach(diagnostics::report));
        }
        unhyphenated(s.hyphenatorsAsked()).ifPresent(diagnostics::report);
        boolean error = s.theme().fonts().missingIsError();
        if (!missing.isEmpty()) {
            Map<Integer, SourcePos> located = new LinkedHashMap<>();
            missing.forEach((cp, pos) -> located.put(cp, s.locator().locate(pos, cp)));
            diagnostics.report(new Diagnostic(
                    error ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING,
                    missingMessage(located),
                    located.values().iterator().next(),
                    cjkMissing(missing.keySet())
                            ? "Chinese, Japanese and Korean need the CJK fonts: add io.github.imprint:imprint-fonts-cjk"
                                    + " to the plugin's <dependencies> (README, \"Chinese, Japanese and Korean\")"
                            : "replace the characters, or set fonts.missing to 'warning' in the theme to publish"
                                    + " without them"));
        }
        if (error) {
            diagnostics.throwIfErrors();
        }
    }

    /**
     * The languages the text is in that Imprint has no hyphenation patterns for, said once, at info
     * level: their words are set whole. Languages whose writing does not hyphenate (Chinese, Japanese,
     * Korean, Thai and their neighbours, Arabic and Hebrew scripts, Vietnamese) are not named.
     */
    static Optional<Diagnostic> unhyphenated(Map<String, Optional<Hyphenator>> asked) {
        List<String> languages = asked.entrySet().stream()
                .filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .filter(tag -> !UNHYPHENATED_WRITING.contains(
                        tag.toLowerCase(Locale.ROOT).split("-", -1)[0]))
                .sorted()
                .map(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH) + " (" + tag + ")")
                .toList();
        if (languages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.info(
                SourcePos.UNKNOWN,
                "no hyphenation patterns for " + String.join(", ", languages) + "; words in "
                        + (languages.size() == 1 ? "it" : "them") + " are set whole",
                "Imprint hyphenates the official languages of the EU, Norwegian, Catalan, Russian and Ukrainian"));
    }

    private static final Set<String> UNHYPHENATED_WRITING = Set.of(
            "zh", "ja", "ko", "th", "lo", "km", "my", "bo", "ar", "fa", "ur", "ps", "sd", "ug", "he", "yi", "dv", "vi",
            "zxx", "und");

    /**
     * One line for all the characters no face has, however many: each with its first use, the first
     * as the line's position, at most ten spelled out.
     */
    static String missingMessage(Map<Integer, SourcePos> missing) {
        List<String> named = new ArrayList<>();
        SourcePos first = null;
        for (Map.Entry<Integer, SourcePos> entry : missing.entrySet()) {
            if (named.size() == 10) {
                named.add((missing.size() - 10) + " more");
                break;
            }
            String character =
                    String.format("U+%04X '%s'", entry.getKey(), new String(Character.toChars(entry.getKey())));
            named.add(first == null ? character : character + " at " + entry.getValue());
            first = first == null ? entry.getValue() : first;
        }
        if (missing.size() == 1) {
            return "character " + named.get(0) + " is in none of the fonts; it is left out of the PDF";
        }
        return missing.size() + " characters are in none of the fonts and are left out of the PDF: "
                + String.join(", ", named);
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
                FrontMatter.contents(s.publication(), s.theme().tocDepth(), anchors, body),
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
            pages.add(new Page(page.number() + offset, page.folio(), page.width(), page.height(), page.items()));
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
