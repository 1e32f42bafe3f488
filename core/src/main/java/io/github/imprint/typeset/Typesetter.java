package io.github.imprint.typeset;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.font.FontFace;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Role;
import io.github.imprint.model.Publication;
import io.github.imprint.model.SourcePos;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.PageGeometry;
import io.github.imprint.theme.Style;
import io.github.imprint.theme.Theme;
import io.github.imprint.theme.ThemeLoader;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.linebreak.FirstFit;
import io.github.imprint.typeset.linebreak.Item;
import io.github.imprint.typeset.linebreak.ParagraphItems;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.linebreak.TextRun;
import io.github.imprint.typeset.paginate.PageBuilder;
import io.github.imprint.typeset.paginate.PageFrame;
import io.github.imprint.typeset.shape.Shaper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Sets a publication in pages, in two named steps:
 *
 * <ol>
 * <li><b>flow</b> — each chapter's blocks become lines, spaces and units ({@link FlowBuilder}); the
 *     chapters are independent, so they are set on all cores;</li>
 * <li><b>paginate</b> — the flows, one after the other, fill pages ({@link PageBuilder}).</li>
 * </ol>
 *
 * Characters that no bundled face has are reported once each, at their first use.
 */
public final class Typesetter {

    private Typesetter() {
    }

    /**
     * The entries of a book's table of contents: each chapter's headings down to {@code depth}, or the
     * chapter's title when it has none, with the folio of the page each starts on.
     */
    private static List<FlowBuilder.TocEntry> contents(Publication publication, int depth, Map<String, Integer> anchors,
                                                       List<Page> pages) {
        Map<Integer, String> folios = new java.util.HashMap<>();
        for (Page page : pages) {
            for (io.github.imprint.layout.Placed placed : page.items()) {
                if (placed instanceof io.github.imprint.layout.Placed.GlyphRun run) {
                    folios.putIfAbsent(run.block(), page.folio());
                }
            }
        }
        List<FlowBuilder.TocEntry> entries = new ArrayList<>();
        for (io.github.imprint.model.Chapter chapter : publication.chapters()) {
            boolean any = false;
            for (io.github.imprint.model.Block block : chapter.blocks()) {
                if (block instanceof io.github.imprint.model.Block.Heading h && h.level() <= depth) {
                    String anchor = "#" + chapter.id() + "#" + h.id();
                    String folio = folios.get(anchors.get(anchor));
                    String label = io.github.imprint.model.Inline.plainText(h.content()).strip();
                    if (folio != null && !label.isEmpty()) {
                        entries.add(new FlowBuilder.TocEntry(h.level(), label, anchor, folio));
                        any = true;
                    }
                }
            }
            String anchor = "#" + chapter.id();
            String folio = folios.get(anchors.get(anchor));
            if (!any && folio != null) {
                entries.add(new FlowBuilder.TocEntry(1, FlowBuilder.runningTitle(chapter, publication), anchor, folio));
            }
        }
        return entries;
    }

    public static PagedDocument typeset(Publication publication, Theme theme, Diagnostics diagnostics) {
        return typeset(publication, theme, diagnostics, "Imprint");
    }

    /**
     * Sets the publication's pages; a book gets front matter whose imprint page says it was set by
     * {@code built} (such as "Imprint 1.0, 2026-11-25").
     */
    public static PagedDocument typeset(Publication publication, Theme theme, Diagnostics diagnostics, String built) {
        PageGeometry g = theme.page();
        PageFrame frame = new PageFrame(g.width().millipoints(), g.height().millipoints(), g.marginTop().millipoints(),
                g.marginBottom().millipoints(), g.marginInside().millipoints(), g.marginOutside().millipoints());
        java.util.LinkedHashSet<String> chain = new java.util.LinkedHashSet<>(List.of(theme.fonts().serif(),
                theme.fonts().sans(), theme.fonts().mono()));
        chain.addAll(ThemeLoader.BUNDLED_FAMILIES);
        Shaper shaper = new Shaper(chain.stream().map(family -> new FontFace(family, false, false)).toList());

        List<String> exceptions = new ArrayList<>(theme.hyphenation().exceptions());
        exceptions.addAll(publication.metadata().hyphenation());
        Map<String, Optional<Hyphenator>> hyphenators = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.function.Function<String, Optional<Hyphenator>> hyphenator = language -> hyphenators.computeIfAbsent(
                language, l -> Hyphenator.forLanguage(l).map(h -> h.withExceptions(exceptions)));
        Style folioStyle = theme.style(Element.BYLINE);
        FontFace folioFace = new FontFace(theme.fonts().family(folioStyle.font()), false, false);
        java.util.function.Function<String, SetLine> margin = text -> {
            // a running head too long for one line is cut at a word and ends with an ellipsis
            String words = text.strip();
            String shown = words;
            while (true) {
                ParagraphItems items = new ParagraphItems(shaper, false, false, cp -> { });
                items.add(new TextRun(shown.replace(' ', '\u00A0'), folioFace, folioStyle.size().millipoints(),
                        folioStyle.color().rgb(), Role.ARTIFACT, 0, 0, Optional.empty(), false, false, -1));
                List<Item> list = items.finish();
                long width = list.stream().mapToLong(item -> item instanceof Item.Box b ? b.width() : 0).sum();
                int cut = words.lastIndexOf(' ');
                if (width <= frame.measure() || cut <= 0) {
                    return SetLine.set(list, FirstFit.breakLines(list, frame.measure()).lines(), frame.measure(),
                            SetLine.Alignment.CENTER).get(0);
                }
                words = words.substring(0, cut).replaceAll("[,:;–—-]+$", "");
                shown = words + " …";
            }
        };
        String title = publication.metadata().title();
        // each chapter is set and paginated on its own (a book's chapters open on a recto, so a chapter's
        // pages do not depend on those before it but for their numbers), on all cores; its lines are let
        // go as soon as its pages stand, then the pages are numbered in order and get their folios
        PageBuilder numbering = new PageBuilder(frame, Map.of(), margin, new PageBuilder.Running(title, "", margin));
        List<Map.Entry<FlowBuilder, List<Page>>> set = IntStream.range(0, publication.chapters().size()).parallel()
                .mapToObj(i -> {
                    FlowBuilder chapter = new FlowBuilder(theme, frame, publication, i, new Diagnostics(), shaper, hyphenator)
                            .build();
                    String running = publication.kind() == Publication.Kind.ARTICLE ? title
                            : FlowBuilder.runningTitle(publication.chapters().get(i), publication);
                    List<Page> chapterPages = new PageBuilder(frame, chapter.notes(), margin,
                            new PageBuilder.Running(title, running, margin), false, false).build(chapter.flow());
                    chapter.dropFlow();
                    return Map.entry(chapter, chapterPages);
                })
                .toList();
        List<FlowBuilder> chapters = set.stream().map(Map.Entry::getKey).toList();
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<FlowBuilder, List<Page>> chapter : set) {
            if (publication.kind() == Publication.Kind.BOOK && pages.size() % 2 == 1) {
                pages.add(new Page(pages.size() + 1, Integer.toString(pages.size() + 1), frame.width(), frame.height(),
                        List.of()));
            }
            for (Page page : chapter.getValue()) {
                pages.add(numbering.folio(page, pages.size() + 1));
            }
        }
        Map<Integer, SourcePos> missing = new LinkedHashMap<>();
        int paragraphs = 0;
        int lines = 0;
        int hyphenated = 0;
        int overfull = 0;
        int second = 0;
        int emergency = 0;
        for (FlowBuilder chapter : chapters) {
            chapter.missing().forEach(missing::putIfAbsent);
            FlowBuilder.Statistics s = chapter.statistics;
            paragraphs += s.paragraphs;
            lines += s.lines;
            hyphenated += s.hyphenated;
            overfull += s.overfull;
            second += s.secondPass;
            emergency += s.emergency;
        }
        for (FlowBuilder chapter : chapters) {
            chapter.diagnosticsInto(diagnostics);
        }
        missing.forEach((cp, pos) -> diagnostics.report(new io.github.imprint.diag.Diagnostic(
                theme.fonts().missingIsError() ? io.github.imprint.diag.Diagnostic.Severity.ERROR
                        : io.github.imprint.diag.Diagnostic.Severity.WARNING,
                String.format("character U+%04X '%s' is in none of the fonts; it is left out of the PDF", cp,
                        new String(Character.toChars(cp))), pos,
                "replace the character, or set fonts.missing to 'warning' in the theme to publish without it")));
        if (theme.fonts().missingIsError()) {
            diagnostics.throwIfErrors();
        }

        Map<String, Integer> anchors = new LinkedHashMap<>();
        chapters.forEach(chapter -> anchors.putAll(chapter.anchors));
        List<io.github.imprint.layout.StructureNode> structure = new ArrayList<>();
        if (publication.kind() == Publication.Kind.BOOK) {
            // the body is set first, numbered from 1, so the contents can give its folios; the front
            // matter, numbered in roman, has an even number of pages, so the body still opens on a recto
            FlowBuilder front = new FlowBuilder(theme, frame, publication, publication.chapters().size(), new Diagnostics(),
                    shaper, hyphenator).front(contents(publication, theme.tocDepth(), anchors, pages), built);
            List<Page> frontPages = new ArrayList<>(new PageBuilder(frame, Map.of(), margin,
                    new PageBuilder.Running(title, "", margin), true).build(front.flow()));
            if (frontPages.size() % 2 == 1) {
                int number = frontPages.size() + 1;
                frontPages.add(new Page(number, io.github.imprint.typeset.paginate.Folio.roman(number), frame.width(),
                        frame.height(), List.of()));
            }
            int offset = frontPages.size();
            for (Page page : pages) {
                frontPages.add(new Page(page.number() + offset, page.folio(), page.width(), page.height(), page.items()));
            }
            pages = frontPages;
            structure.addAll(front.structure());
        }
        chapters.forEach(chapter -> structure.addAll(chapter.structure()));
        return new PagedDocument(publication.metadata().title(), publication.metadata().language(), pages,
                new PagedDocument.Figures(paragraphs, lines, hyphenated, overfull, second, emergency), anchors,
                structure);
    }
}
