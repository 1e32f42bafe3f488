package io.github.imprint.layout;

import io.github.imprint.model.Index;
import io.github.imprint.model.Numbering;
import io.github.imprint.model.PrintPage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Where each page of the body begins, for the EPUB's page list. A page begins with its first run of
 * running text: a paragraph, heading, caption, code, table cell or note, not a list's label, a table's
 * header row repeated on a later page, or an artifact; note calls and note numbers are not counted, as
 * the EPUB writes them apart. Front matter (pages numbered in roman) has no counterpart in the EPUB's chapters
 * and is left out. A page of the index begins where the same entry does in the EPUB's index document.
 */
public final class PrintPages {

    private static final Set<StructureNode.Kind> RUNNING = EnumSet.of(
            StructureNode.Kind.P,
            StructureNode.Kind.H1,
            StructureNode.Kind.H2,
            StructureNode.Kind.H3,
            StructureNode.Kind.H4,
            StructureNode.Kind.H5,
            StructureNode.Kind.H6,
            StructureNode.Kind.CODE,
            StructureNode.Kind.CAPTION,
            StructureNode.Kind.TH,
            StructureNode.Kind.TD);

    private PrintPages() {}

    /**
     * @param chapterId the id of the chapter with the given index; null for the back matter's blocks,
     *                  whose pages end the list
     */
    public static List<PrintPage> of(PagedDocument document, IntFunction<String> chapterId) {
        Map<BlockId, StructureNode> leaves = new HashMap<>();
        for (StructureNode node : document.structure()) {
            if (node.id().isLeaf() && node.source() != null && RUNNING.contains(node.kind())) {
                leaves.put(node.id(), node);
            }
        }
        Map<BlockId, String> index = indexAnchors(document.structure());
        Map<BlockId, Integer> letters = new HashMap<>();
        List<PrintPage> pages = new ArrayList<>();
        boolean body = false;
        String chapter = null;
        Set<BlockId> seen = new HashSet<>();
        for (Page page : document.pages()) {
            body |= page.folio().equals("1");
            if (!body) {
                continue;
            }
            if (backMatter(page, chapterId)) {
                // a page of the index begins where its first entry (or heading) does in the EPUB's index,
                // and so does a blank page before it
                String anchor = indexAnchor(page, index);
                for (int i = pages.size() - 1;
                        i >= 0 && pages.get(i).block() == null && pages.get(i).anchor() == null;
                        i--) {
                    PrintPage blank = pages.get(i);
                    pages.set(i, new PrintPage(blank.label(), null, null, 0, anchor));
                }
                pages.add(new PrintPage(page.folio(), null, null, 0, anchor));
                continue;
            }
            PrintPage start = null;
            for (Placed placed : page.items()) {
                if (!(placed instanceof Placed.GlyphRun run)
                        || !counted(run, leaves)
                        || leaves.get(run.block()).kind() == StructureNode.Kind.TH && seen.contains(run.block())) {
                    continue;
                }
                if (start == null) {
                    chapter = chapterId.apply(run.block().chapter());
                    start = new PrintPage(
                            page.folio(),
                            chapter,
                            leaves.get(run.block()).source(),
                            letters.getOrDefault(run.block(), 0));
                }
                letters.merge(run.block(), PrintPage.letters(run.text()), Integer::sum);
            }
            pages.add(start != null ? start : new PrintPage(page.folio(), chapter, null, 0));
            for (Placed placed : page.items()) {
                if (placed instanceof Placed.GlyphRun run) {
                    seen.add(run.block());
                }
            }
        }
        return pages;
    }

    /** The page each block first appears on: its first run of text, or its image. */
    public static Map<BlockId, Page> firstPages(List<Page> pages) {
        Map<BlockId, Page> first = new HashMap<>();
        for (Page page : pages) {
            for (Placed placed : page.items()) {
                if (placed instanceof Placed.GlyphRun run) {
                    first.putIfAbsent(run.block(), page);
                } else if (placed instanceof Placed.Image image) {
                    first.putIfAbsent(image.block(), page);
                }
            }
        }
        return first;
    }

    /**
     * The folio of the page each numbered block and labelled heading stands on, by anchor: what the
     * EPUB's references name, so that both editions say "page 97".
     */
    public static Map<String, String> folios(PagedDocument document, Numbering numbering) {
        Map<BlockId, Page> first = firstPages(document.pages());
        Map<String, String> folios = new HashMap<>();
        for (String anchor : numbering.anchors()) {
            numbering.anchor(anchor).ifPresent(t -> {
                Page page = first.get(document.anchors().get(new Destination.Anchor(t.chapterId(), t.anchor())));
                if (page != null) {
                    folios.put(anchor, page.folio());
                }
            });
        }
        return folios;
    }

    /** The page each index mark stands on, for the EPUB's index to name the PDF's pages. */
    public static Map<Index.Mark, Index.Place> marks(PagedDocument document) {
        return marks(document.pages(), document.spots());
    }

    /** The page each index mark among {@code spots} stands on among {@code pages}. */
    public static Map<Index.Mark, Index.Place> marks(List<Page> pages, Map<Destination, Spot> spots) {
        Map<Index.Mark, Spot> marks = new HashMap<>();
        spots.forEach((at, spot) -> {
            if (at instanceof Destination.Anchor a) {
                marks.put(new Index.Mark(a.chapterId(), a.anchor()), spot);
            }
        });
        Map<Index.Mark, Index.Place> places = new HashMap<>();
        Spot.find(pages, marks)
                .forEach((mark, found) -> places.put(
                        mark,
                        new Index.Place(found.page().number(), found.page().folio())));
        return places;
    }

    /**
     * The ids the EPUB's index document gives the PDF index's blocks, which both number in the same
     * order: its title, each letter's heading ({@code index-group-N}) and each entry and sub-entry
     * ({@code index-entry-N}).
     */
    private static Map<BlockId, String> indexAnchors(List<StructureNode> structure) {
        Map<BlockId, String> anchors = new HashMap<>();
        BlockId container = null;
        int groups = 0;
        int entries = 0;
        StructureNode before = null;
        for (StructureNode node : structure) {
            if (node.kind() == StructureNode.Kind.INDEX) {
                container = node.id();
                if (before != null && before.kind() == StructureNode.Kind.H1) {
                    anchors.put(before.id(), "index-title");
                }
            } else if (container != null && node.parent().equals(container)) {
                anchors.put(
                        node.id(),
                        node.kind() == StructureNode.Kind.H2 ? "index-group-" + ++groups : Index.entryId(++entries));
            }
            before = node;
        }
        return anchors;
    }

    /** Where a page of the index begins in the EPUB's index: its first entry's or heading's id, or the title. */
    private static String indexAnchor(Page page, Map<BlockId, String> index) {
        for (Placed placed : page.items()) {
            if (placed instanceof Placed.GlyphRun run && index.containsKey(run.block())) {
                return index.get(run.block());
            }
        }
        return "index-title";
    }

    private static boolean backMatter(Page page, IntFunction<String> chapterId) {
        for (Placed placed : page.items()) {
            if (placed instanceof Placed.GlyphRun run && run.role() != Role.ARTIFACT && run.block() != BlockId.NONE) {
                return chapterId.apply(run.block().chapter()) == null;
            }
        }
        return false;
    }

    private static boolean counted(Placed.GlyphRun run, Map<BlockId, StructureNode> leaves) {
        return run.role() != Role.ARTIFACT
                && leaves.containsKey(run.block())
                && !(run.link() instanceof Destination.Note)
                && !(run.link() instanceof Destination.NoteCall);
    }
}
